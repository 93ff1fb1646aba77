import { shanghaiTime, type LogEntry } from '@contract';
import { Button } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import { gridColumnHelper } from '../../components/DataTable/columns';
import { DataTable, type DataTableProps } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { LogEntryDrawer } from './LogEntryDrawer';
import { objectName, opName, shortHash } from './logText';

const helper = gridColumnHelper<LogEntry>();

interface Props {
  list: DataTableProps<'log.search'>['list'];
  label: string;
  tableKey: string;
  filters?: ReactNode;
  actions?: ReactNode;
  height?: number | string;
}

/** The operation log as a grid; a row opens the entry with its before/after values. */
export function LogTable(props: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<LogEntry | null>(null);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('id', {
          header: t('log.seq'),
          enableHiding: false,
          meta: { label: t('log.seq'), width: 90, align: 'end' },
          cell: (c) => (
            <Button
              type="link"
              size="small"
              tabIndex={-1}
              className="cell-link"
              aria-label={t('log.detailsN', { id: c.getValue() })}
              onClick={() => setOpen(c.row.original)}
            >
              {c.getValue()}
            </Button>
          ),
        }),
        helper.accessor('at', {
          header: t('log.at'),
          meta: { label: t('log.at'), width: 160 },
          // Beijing time, as the bureau reads its records; the stored UTC instant is in the entry's details.
          cell: (c) => shanghaiTime(c.getValue()),
        }),
        helper.accessor('username', { header: t('log.user'), meta: { label: t('log.user'), width: 110 } }),
        helper.accessor((r) => r.roles.map((role) => t(`roles.${role}`)).join(t('common.listSeparator')), {
          id: 'roles',
          header: t('log.roles'),
          enableSorting: false,
          meta: { label: t('log.roles'), width: 120 },
        }),
        helper.accessor('op', {
          header: t('log.op'),
          meta: { label: t('log.op'), width: 150 },
          cell: (c) => opName(c.getValue(), locale),
        }),
        helper.accessor((r) => objectName(r.entityType, r.entityKey, locale), {
          id: 'object',
          header: t('log.object'),
          enableSorting: false,
          meta: { label: t('log.object'), width: 300 },
        }),
        helper.accessor('hash', {
          header: t('log.hash'),
          enableSorting: false,
          meta: { label: t('log.hash'), width: 140 },
          cell: (c) => <span className="mono">{shortHash(c.getValue())}</span>,
        }),
      ]),
    [t, locale],
  );

  return (
    <>
      <DataTable
        op="log.search"
        list={props.list}
        columns={columns}
        label={props.label}
        tableKey={props.tableKey}
        searchPlaceholder={t('log.searchPlaceholder')}
        onOpen={setOpen}
        filters={props.filters}
        actions={props.actions}
        height={props.height}
      />
      {open ? <LogEntryDrawer entry={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

/** The operation log of one record (e.g. an application's tab): the same grid, fixed to that entity. */
export function EntityLog({ entityType, entityId }: { entityType: string; entityId: number }) {
  const { t } = useTranslation();
  const list = useListState(`log-${entityType}-${entityId}`, {
    filters: { entityType, entityId: String(entityId) },
    sorting: [{ id: 'id', desc: true }],
    pageSize: 20,
  });
  return <LogTable list={list} label={t('detail.tabLog')} tableKey="entity-log" height={420} />;
}
