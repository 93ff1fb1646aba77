import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useSession } from '../../app/session';
import { formatBytes } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { BackupsCard } from './BackupsCard';

/** Language, and where the data lives: what an administrator needs for backups and support calls. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <div className="detail-stack">
        <Card size="small" title={t('settings.language')}>
          <div className="settings-language">
            <LanguageSwitch label={t('settings.language')} />
            <Typography.Text type="secondary">{t('settings.languageHint')}</Typography.Text>
          </div>
        </Card>
        {can('system.read') ? <About /> : null}
        {can('system.read') ? <BackupsCard /> : null}
      </div>
    </>
  );
}

function About() {
  const { t } = useTranslation();
  const info = useOp('system.info', {});
  const d = info.data;
  return (
    <Card size="small" title={t('settings.about')}>
      {d ? (
        <Descriptions size="small" bordered column={1} styles={{ label: { width: 180 } }}>
          <Descriptions.Item label={t('settings.dbPath')}>
            <Typography.Text copyable className="mono">
              {d.dbPath}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.dbSize')}>
            {formatBytes(d.dbSizeBytes)}
            <Typography.Text type="secondary">（{d.dbSizeBytes.toLocaleString()} B）</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.schemaVersion')}>{d.schemaVersion}</Descriptions.Item>
          <Descriptions.Item label={t('settings.sqliteVersion')}>{d.sqliteVersion}</Descriptions.Item>
          <Descriptions.Item label={t('settings.journalMode')}>{d.journalMode.toUpperCase()}</Descriptions.Item>
          <Descriptions.Item label={t('settings.appVersion')}>{d.appVersion}</Descriptions.Item>
          <Descriptions.Item label={t('settings.host')}>{t(`settings.hosts.${d.host}`)}</Descriptions.Item>
        </Descriptions>
      ) : (
        <QueryState pending={info.isPending} error={info.error} />
      )}
    </Card>
  );
}
