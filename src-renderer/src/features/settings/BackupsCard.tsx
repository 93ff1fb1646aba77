import type { KeptBackupInfo } from '@contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { ApiError } from '../../api/errors';
import { useOp } from '../../api/hooks';
import { signOutWithNotice, useSession } from '../../app/session';
import { formatBytes } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { formatShanghaiTime } from './shanghai-time';

/**
 * The backups the app keeps in its data folder: when the last automatic one ran and how big it is, every kept
 * backup, and (administrators only) restoring one after a confirmation. Main checks the backup before it
 * replaces anything and refuses a bad one, naming why.
 */
export function BackupsCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { modal } = App.useApp();
  const client = useQueryClient();
  const list = useOp('backups.list', {});
  // Not useOpMutation: after a restore nothing cached may be refetched under the old session; the app goes
  // straight back to sign-in, since the sessions (and the users) are now the backup's.
  const restore = useMutation<unknown, ApiError, string>({
    mutationFn: (name) => call('backups.restore', { name }),
  });
  const d = list.data;
  const mayRestore = can('backups.restore');

  const confirm = (b: KeptBackupInfo) => {
    const at = formatShanghaiTime(b.createdAt);
    modal.confirm({
      title: t('settings.backups.confirmTitle', { at }),
      content: t('settings.backups.confirmBody'),
      okText: t('settings.backups.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await restore.mutateAsync(b.name);
        } catch {
          // The refusal is shown once, in the card's alert; the dialog closes.
          return;
        }
        signOutWithNotice(client, t('settings.backups.doneBody', { at }));
      },
    });
  };

  const columns = [
    { title: t('settings.backups.at'), dataIndex: 'createdAt', render: (v: string) => formatShanghaiTime(v) },
    {
      title: t('settings.backups.kind'),
      dataIndex: 'kind',
      render: (k: KeptBackupInfo['kind']) => t(`settings.backups.kinds.${k}`),
    },
    {
      title: t('settings.backups.size'),
      dataIndex: 'bytes',
      align: 'right' as const,
      render: (n: number) => formatBytes(n),
    },
    { title: t('settings.backups.schemaVersion'), dataIndex: 'schemaVersion', align: 'right' as const },
    {
      title: t('settings.backups.logEntries'),
      dataIndex: 'logEntries',
      align: 'right' as const,
      render: (n: number) => t('settings.backups.entries', { count: n }),
    },
    {
      title: t('settings.backups.attachments'),
      dataIndex: 'attachments',
      align: 'right' as const,
      render: (n: number) => t('settings.backups.files', { count: n }),
    },
    {
      title: t('settings.backups.actions'),
      key: 'actions',
      render: (_: unknown, b: KeptBackupInfo) => {
        const button = (
          <Button size="small" danger disabled={!mayRestore} loading={restore.isPending} onClick={() => confirm(b)}>
            {t('settings.backups.restore')}
          </Button>
        );
        return mayRestore ? button : <Tooltip title={t('settings.backups.adminOnly')}>{button}</Tooltip>;
      },
    },
  ];

  return (
    <Card size="small" title={t('settings.backups.title')}>
      <Typography.Paragraph type="secondary">{t('settings.backups.intro')}</Typography.Paragraph>
      {restore.error ? <Alert type="error" showIcon className="form-alert" message={restore.error.message} /> : null}
      {d ? (
        <>
          <Descriptions size="small" bordered column={1} styles={{ label: { width: 180 } }}>
            <Descriptions.Item label={t('settings.backups.lastDaily')}>
              {d.lastDaily
                ? `${formatShanghaiTime(d.lastDaily.createdAt)}（${formatBytes(d.lastDaily.bytes)}）`
                : t('settings.backups.noDaily')}
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.backups.folder')}>
              <Typography.Text copyable className="mono">
                {d.folder}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('settings.backups.kept')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={d.backups}
            columns={columns}
            locale={{ emptyText: t('settings.backups.none') }}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('settings.backups.cliHint')}
          </Typography.Paragraph>
        </>
      ) : (
        <QueryState pending={list.isPending} error={list.error} />
      )}
    </Card>
  );
}
