import type { LedgerRow } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { QueryState } from '../../components/QueryState';
import { useLedgerColumns } from './ledger/ledgerColumns';
import { LedgerFilters, type LedgerFilterState } from './ledger/LedgerFilters';
import { LedgerSum } from './ledger/LedgerSum';
import { LineDrawer } from './ledger/LineDrawer';
import { PostDialog } from './ledger/PostDialog';
import { LEDGER_OPENING, ledgerListKey, ledgerRequest } from './ledger/query';
import { ReverseDialog } from './ledger/ReverseDialog';
import type { ProjectTabProps } from './projectTabs';
import './ledger/ledger.css';

/**
 * 支出台账: the project's ledger in the DataTable — sorted, filtered, searched and paged by ledger.list in SQL,
 * only the rows in view in the DOM, so a project with 100,000+ lines scrolls like one with ten. 登记支出 and
 * 冲销 appear only when main offers them (budgets.view's availableActions) and main checks every call again.
 */
export function LedgerTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const budget = useOp('budgets.view', { applicationId });
  const list = useListState<LedgerFilterState>(ledgerListKey(applicationId), LEDGER_OPENING);
  const params = useMemo(() => ({ applicationId }), [applicationId]);
  // The same request the grid makes (one cache entry), read here for the filtered sum under it.
  const page = useOp('ledger.list', ledgerRequest(list.state, applicationId), { keepPrevious: true });
  const [posting, setPosting] = useState(false);
  const [reversing, setReversing] = useState<LedgerRow | null>(null);
  const [opened, setOpened] = useState<LedgerRow | null>(null);

  const view = budget.data;
  const actions = view?.availableActions;
  const canReverse = useCallback(
    (row: LedgerRow) =>
      actions !== undefined && actions.includes('reverse') && row.reversesId === null && row.reversedById === null,
    [actions],
  );
  const { setSearch, resetFilters } = list;
  const onFind = useCallback(
    (voucherNo: string) => {
      resetFilters();
      setSearch(voucherNo);
    },
    [resetFilters, setSearch],
  );
  const columns = useLedgerColumns({ canReverse, onReverse: setReversing, onFind });

  if (!view) return <QueryState pending={budget.isPending} error={budget.error} />;
  const sum = page.data;
  // Only the closed years this project's period reaches matter here.
  const [firstYear, lastYear] = [Number(view.periodStart.slice(0, 4)), Number(view.periodEnd.slice(0, 4))];
  const locked = view.lockedYears.filter((y) => y >= firstYear && y <= lastYear);

  return (
    <div className="ledger-tab">
      {view.closed ? <Alert type="info" showIcon title={t('ledger.closed')} /> : null}
      {!view.closed && locked.length > 0 ? (
        <Alert type="warning" showIcon title={t('ledger.lockedYears', { years: locked.join(', ') })} />
      ) : null}
      <DataTable
        op="ledger.list"
        params={params}
        list={list}
        columns={columns}
        label={t('ledger.gridLabel')}
        tableKey="ledger"
        exportOp="exports.ledger"
        searchPlaceholder={t('ledger.searchPlaceholder')}
        height="fill"
        onOpen={setOpened}
        filters={<LedgerFilters list={list} lines={view.execution.rows} />}
        actions={
          view.availableActions.includes('post') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setPosting(true)}>
              {t('ledger.post')}
            </Button>
          ) : view.closed ? null : (
            // Said rather than hidden: a read-only role learns why there is nothing to post or reverse.
            <span className="muted">{t('ledger.readOnly')}</span>
          )
        }
      />
      <LedgerSum count={sum?.total} sumFen={sum?.sumFen} />
      {posting ? <PostDialog view={view} onClose={() => setPosting(false)} /> : null}
      {reversing ? <ReverseDialog row={reversing} view={view} onClose={() => setReversing(null)} /> : null}
      {opened ? <LineDrawer row={opened} onClose={() => setOpened(null)} /> : null}
    </div>
  );
}
