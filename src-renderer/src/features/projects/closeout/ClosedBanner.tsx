import type { CloseOutView } from '@contract';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../components/format';

type Closed = NonNullable<CloseOutView['closed']>;

/** 已结项: when, by whom, with what note; and that the whole project is now read-only. */
export function ClosedBanner({ closed }: { closed: Closed }) {
  const { t } = useTranslation();
  return (
    <section className="closeout-closed" aria-label={t('closeOut.closed.label')}>
      <Alert
        type="success"
        showIcon
        icon={<LockOutlined aria-hidden="true" />}
        title={<span className="closeout-closed-title">{t('closeOut.closed.title')}</span>}
        description={
          <>
            <p className="closeout-closed-note">{t('closeOut.closed.readOnly')}</p>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('closeOut.closed.date')}>{closed.date}</Descriptions.Item>
              <Descriptions.Item label={t('closeOut.closed.by')}>
                {t('closeOut.byAt', { name: closed.by.displayName, at: formatTimestamp(closed.at) })}
              </Descriptions.Item>
              <Descriptions.Item label={t('closeOut.closed.note')}>
                {closed.note ? <span className="pre-wrap">{closed.note}</span> : t('closeOut.closed.noNote')}
              </Descriptions.Item>
            </Descriptions>
          </>
        }
      />
    </section>
  );
}
