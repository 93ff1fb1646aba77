import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen's title (the page's h1), an optional way back, and the screen's actions on the right. */
export function PageHeader(props: { title: ReactNode; onBack?: () => void; extra?: ReactNode; sub?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <div className="page-header-title">
        {props.onBack ? (
          <Button type="text" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={props.onBack}>
            {t('common.back')}
          </Button>
        ) : null}
        <Typography.Title level={1} className="page-title">
          {props.title}
        </Typography.Title>
        {props.sub ? <span className="page-sub">{props.sub}</span> : null}
      </div>
      <div className="page-header-extra">{props.extra}</div>
    </div>
  );
}
