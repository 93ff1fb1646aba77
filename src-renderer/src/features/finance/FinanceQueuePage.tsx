import type { ApplicationRow, HomeSummary } from '@contract';
import { Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { useBackTarget } from '../../app/backTo';
import { linkValue, useLinkQuery } from '../../app/linkQuery';
import { navigate } from '../../app/router';
import { DataTable } from '../../components/DataTable/DataTable';
import { useListState } from '../../components/DataTable/useListState';
import { PageHeader } from '../../components/PageHeader';
import { useApplicationColumns } from '../applications/columns';
import { AdjustmentQueue, AdvanceQueue, NoticeQueue, TrancheQueue } from './WorklistTables';
import './worklists.css';

/** The finance office's queues, in the order the work flows. */
export const FINANCE_TABS = [
  'finance_review',
  'finance_reviewed',
  'notice_running',
  'notice_ended',
  'tranches',
  'adjustments',
  'advances',
] as const;
export type FinanceTab = (typeof FINANCE_TABS)[number];

/** Each tab's count on the home summary: the tab's list with its default filter has exactly that many rows. */
const COUNT_OF: Record<FinanceTab, keyof Omit<NonNullable<HomeSummary['finance']>, 'programs'>> = {
  finance_review: 'financeReview',
  finance_reviewed: 'financeReviewed',
  notice_running: 'noticeRunning',
  notice_ended: 'noticeEnded',
  tranches: 'tranchesToRelease',
  adjustments: 'adjustmentsToDecide',
  advances: 'openAdvances',
};

const COLUMNS = [
  'code',
  'name',
  'organizationName',
  'programCode',
  'requestedFen',
  'meanScore',
  'state',
  'submittedAt',
] as const satisfies readonly (keyof ApplicationRow)[];

// The tab the user was on, so 返回列表 from a record comes back to it.
let lastTab: FinanceTab = 'finance_review';

/**
 * 财务工作队列: applications to review, to put on notice, in notice and ready for 立项; tranches to release,
 * budget adjustments to decide and open advances across all projects. Tabs show their counts, the title names
 * the tab, and each row opens the record where the work is done.
 */
export function FinanceQueuePage() {
  const { t } = useTranslation();
  const linked = useLinkQuery((q) => linkValue.oneOf(q, 'tab', FINANCE_TABS) ?? null);
  const [tab, setTab] = useState<FinanceTab>(() => (lastTab = linked ?? lastTab));
  const summary = useOp('home.summary', {});
  const counts = summary.data?.finance;
  useBackTarget({ name: 'finance' });
  const choose = (next: FinanceTab) => {
    lastTab = next;
    setTab(next);
  };
  const title = t(`worklists.tabs.${tab}`);
  return (
    <>
      <PageHeader title={title} />
      <div className="worklist-tabs">
        <Segmented<FinanceTab>
          aria-label={t('worklists.tabsLabel')}
          value={tab}
          onChange={choose}
          options={FINANCE_TABS.map((x) => ({
            value: x,
            label: (
              <span className="worklist-tab">
                {t(`worklists.tabs.${x}`)}
                {counts ? (
                  <span className={counts[COUNT_OF[x]] > 0 ? 'worklist-count' : 'worklist-count worklist-count-zero'}>
                    {counts[COUNT_OF[x]]}
                  </span>
                ) : null}
              </span>
            ),
          }))}
        />
      </div>
      {tab === 'finance_review' || tab === 'finance_reviewed' ? (
        <StageQueue key={tab} stage={tab} label={t('worklists.gridLabel', { tab: title })} linked={linked === tab} />
      ) : null}
      {tab === 'notice_running' || tab === 'notice_ended' ? (
        <NoticeQueue key={tab} ended={tab === 'notice_ended'} label={t('worklists.gridLabel', { tab: title })} />
      ) : null}
      {tab === 'tranches' ? (
        <TrancheQueue label={t('worklists.gridLabel', { tab: title })} linked={linked === 'tranches'} />
      ) : null}
      {tab === 'adjustments' ? (
        <AdjustmentQueue label={t('worklists.gridLabel', { tab: title })} linked={linked === 'adjustments'} />
      ) : null}
      {tab === 'advances' ? <AdvanceQueue label={t('worklists.gridLabel', { tab: title })} /> : null}
    </>
  );
}

/** Applications waiting in one state of the finance stage. */
function StageQueue({
  stage,
  label,
  linked,
}: {
  stage: 'finance_review' | 'finance_reviewed';
  label: string;
  linked: boolean;
}) {
  const { t } = useTranslation();
  const list = useListState<{ state: string }>(`finance.${stage}`, {
    filters: { state: stage },
    sorting: [{ id: 'submittedAt', desc: false }],
    linked: linked ? { state: stage } : null,
  });
  const columns = useApplicationColumns(COLUMNS);
  return (
    <DataTable
      op="applications.list"
      list={list}
      columns={columns}
      label={label}
      tableKey="finance"
      exportOp="exports.financeQueue"
      searchPlaceholder={t('applications.searchPlaceholder')}
      onOpen={(row) => navigate({ name: 'detail', area: 'applications', id: row.id })}
    />
  );
}
