import type { Role, UserView } from '@contract';
import { ROLES } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gridColumnHelper } from '../../components/DataTable/columns';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ResetPasswordDialog, UserCreateDialog, UserEditDialog } from './UserDialogs';

const helper = gridColumnHelper<UserView>();
type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserView } | { kind: 'reset'; user: UserView } | null;

function isLocked(u: UserView): boolean {
  return u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > Date.now();
}

/** Administrators manage accounts and roles here; main allows these ops only with users.manage. */
export function UsersPage() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useListState<{ role: Role | undefined; disabled: boolean | undefined }>('users', {
    filters: { role: undefined, disabled: undefined },
    sorting: [{ id: 'username', desc: false }],
  });

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('username', {
          header: t('users.username'),
          enableHiding: false,
          meta: { label: t('users.username'), width: 140 },
        }),
        helper.accessor('displayName', {
          header: t('users.displayName'),
          meta: { label: t('users.displayName'), width: 120 },
        }),
        helper.accessor('roles', {
          header: t('users.roles'),
          enableSorting: false,
          meta: { label: t('users.roles'), width: 240 },
          cell: (c) => c.getValue().map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>),
        }),
        helper.display({
          id: 'status',
          header: t('users.status'),
          meta: { label: t('users.status'), width: 90 },
          cell: (c) =>
            c.row.original.disabled ? (
              <Tag color="default">{t('users.disabled')}</Tag>
            ) : isLocked(c.row.original) ? (
              <Tag color="orange">{t('users.locked')}</Tag>
            ) : (
              <Tag color="green">{t('users.active')}</Tag>
            ),
        }),
        helper.accessor('lastSignInAt', {
          header: t('users.lastSignIn'),
          meta: { label: t('users.lastSignIn'), width: 150 },
          cell: (c) => (c.getValue() ? formatTimestamp(c.getValue()) : t('users.never')),
        }),
        helper.accessor('createdAt', {
          header: t('common.createdAt'),
          meta: { label: t('common.createdAt'), width: 150 },
          cell: (c) => formatTimestamp(c.getValue()),
        }),
        helper.display({
          id: 'actions',
          header: t('common.actions'),
          meta: { label: t('common.actions'), width: 170, exportable: false },
          cell: (c) => (
            <Space size={4}>
              <Button
                size="small"
                type="link"
                aria-label={t('users.editUserN', { name: c.row.original.username })}
                onClick={() => setDialog({ kind: 'edit', user: c.row.original })}
              >
                {t('users.edit')}
              </Button>
              <Button
                size="small"
                type="link"
                aria-label={t('users.resetPasswordN', { name: c.row.original.username })}
                onClick={() => setDialog({ kind: 'reset', user: c.row.original })}
              >
                {t('users.resetPassword')}
              </Button>
            </Space>
          ),
        }),
      ]),
    [t],
  );

  const { filters } = list.state;
  return (
    <>
      <PageHeader title={t('users.title')} />
      <DataTable
        op="users.list"
        list={list}
        columns={columns}
        label={t('users.gridLabel')}
        tableKey="users"
        exportOp="exports.users"
        searchPlaceholder={t('users.searchPlaceholder')}
        onOpen={(user) => setDialog({ kind: 'edit', user })}
        filters={
          <>
            <Select
              aria-label={t('users.filterRole')}
              placeholder={t('users.allRoles')}
              allowClear
              style={{ width: 140 }}
              value={filters.role}
              onChange={(v?: Role) => list.setFilter('role', v)}
              options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
            <Select
              aria-label={t('users.filterStatus')}
              placeholder={t('users.allStatuses')}
              allowClear
              style={{ width: 120 }}
              value={filters.disabled === undefined ? undefined : filters.disabled ? 'disabled' : 'active'}
              onChange={(v?: 'active' | 'disabled') =>
                list.setFilter('disabled', v === undefined ? undefined : v === 'disabled')
              }
              options={[
                { value: 'active', label: t('users.active') },
                { value: 'disabled', label: t('users.disabled') },
              ]}
            />
          </>
        }
        actions={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('users.create')}
          </Button>
        }
      />
      {dialog?.kind === 'create' ? <UserCreateDialog onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <UserEditDialog user={dialog.user} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
