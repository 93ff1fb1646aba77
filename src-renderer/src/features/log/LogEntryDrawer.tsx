import { describeChanges, shanghaiTime, type LogEntry, type LogFieldChange } from '@contract';
import { Descriptions, Drawer, Switch, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import { objectName, opName, prettyJson } from './logText';

function Value({ text, words }: { text: string | null; words: string | null }) {
  if (text === null) return <span className="log-absent">—</span>;
  return (
    <>
      <div className="log-value">{text}</div>
      {words ? <div className="log-words">{words}</div> : null}
    </>
  );
}

/**
 * One log entry in full: who, when (Beijing time, the stored UTC instant beside it), what, and each changed
 * field by its label with the values before and after; the stored JSON, exactly as hashed, behind a switch.
 */
export function LogEntryDrawer({ entry, onClose }: { entry: LogEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [raw, setRaw] = useState(false);
  const changes = useMemo(
    () => describeChanges(entry.before, entry.after, entry.op, locale, entry.people),
    [entry.before, entry.after, entry.op, locale, entry.people],
  );
  return (
    <Drawer open size={860} title={t('log.detailTitle', { id: entry.id })} onClose={onClose} destroyOnHidden>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('log.at')}>
          {shanghaiTime(entry.at)} <span className="log-muted">{t('log.shanghai')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('log.user')}>{entry.username}</Descriptions.Item>
        <Descriptions.Item label={t('log.roles')}>
          {entry.roles.map((r) => t(`roles.${r}`)).join(t('common.listSeparator')) || t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('log.op')}>{opName(entry.op, locale)}</Descriptions.Item>
        <Descriptions.Item label={t('log.object')} span="filled">
          {objectName(entry.entityType, entry.entityKey, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('log.fullHash')} span="filled">
          <span className="mono log-hash">{entry.hash}</span>
        </Descriptions.Item>
      </Descriptions>
      <Table<LogFieldChange>
        className="log-changes"
        size="small"
        pagination={false}
        rowKey="path"
        dataSource={changes}
        locale={{ emptyText: t('log.noChanges') }}
        columns={[
          { title: t('log.field'), dataIndex: 'label', width: 180 },
          {
            title: t('log.before'),
            key: 'before',
            render: (_: unknown, c: LogFieldChange) => <Value text={c.before} words={c.beforeWords} />,
          },
          {
            title: t('log.after'),
            key: 'after',
            render: (_: unknown, c: LogFieldChange) => <Value text={c.after} words={c.afterWords} />,
          },
        ]}
      />
      <label className="log-raw-toggle">
        <Switch size="small" checked={raw} onChange={setRaw} /> {t('log.showRaw')}
      </label>
      {raw ? <RawRecord entry={entry} /> : null}
    </Drawer>
  );
}

/** What the chain hashes, as stored: the op and object ids, the UTC instant and the before/after JSON. */
function RawRecord({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('log.rawTitle')}>
      <Descriptions size="small" bordered column={2} className="log-raw-ids">
        <Descriptions.Item label={t('log.atUtc')}>
          <span className="mono">{entry.at}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('log.opId')}>
          <span className="mono">{entry.op}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('log.entityType')}>
          <span className="mono">
            {entry.entityType ?? '—'} {entry.entityId ?? ''}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <div className="log-diff">
        <section aria-labelledby="log-before">
          <h2 id="log-before" className="detail-subtitle">
            {t('log.before')}
          </h2>
          <pre className="log-json" tabIndex={0}>
            {prettyJson(entry.before) ?? t('log.nothing')}
          </pre>
        </section>
        <section aria-labelledby="log-after">
          <h2 id="log-after" className="detail-subtitle">
            {t('log.after')}
          </h2>
          <pre className="log-json" tabIndex={0}>
            {prettyJson(entry.after) ?? t('log.nothing')}
          </pre>
        </section>
      </div>
    </section>
  );
}
