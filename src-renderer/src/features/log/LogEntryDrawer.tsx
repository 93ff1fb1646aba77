import type { LogEntry } from '@contract';
import { Descriptions, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import { formatTimestamp } from '../../components/format';
import { entityTypeName, opName, prettyJson } from './logText';

/** One log entry in full: who, when, what, and the values before and after side by side. */
export function LogEntryDrawer({ entry, onClose }: { entry: LogEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const before = prettyJson(entry.before);
  const after = prettyJson(entry.after);
  return (
    <Drawer open size={860} title={t('log.detailTitle', { id: entry.id })} onClose={onClose} destroyOnHidden>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('log.at')}>{formatTimestamp(entry.at)}</Descriptions.Item>
        <Descriptions.Item label={t('log.user')}>{entry.username}</Descriptions.Item>
        <Descriptions.Item label={t('log.roles')}>
          {entry.roles.map((r) => t(`roles.${r}`)).join(t('common.listSeparator')) || t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('log.op')}>
          {opName(entry.op, locale)} <span className="mono log-op-id">{entry.op}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('log.entityType')}>{entityTypeName(entry.entityType, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('log.entityId')}>{entry.entityId ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('log.fullHash')} span="filled">
          <span className="mono log-hash">{entry.hash}</span>
        </Descriptions.Item>
      </Descriptions>
      <div className="log-diff">
        <section aria-labelledby="log-before">
          <h2 id="log-before" className="detail-subtitle">
            {t('log.before')}
          </h2>
          <pre className="log-json" tabIndex={0}>
            {before ?? t('log.nothing')}
          </pre>
        </section>
        <section aria-labelledby="log-after">
          <h2 id="log-after" className="detail-subtitle">
            {t('log.after')}
          </h2>
          <pre className="log-json" tabIndex={0}>
            {after ?? t('log.nothing')}
          </pre>
        </section>
      </div>
    </Drawer>
  );
}
