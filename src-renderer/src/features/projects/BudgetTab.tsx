import { Alert, Button, Empty } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { AdjustmentCard } from './budget/AdjustmentCard';
import { AdjustmentDialog } from './budget/AdjustmentDialog';
import { BudgetSummary } from './budget/BudgetSummary';
import { ExecutionTable, useColumns } from './budget/ExecutionTable';
import { shownColumns, withOriginalBudget } from './budget/exportColumns';
import { ExportMenu } from '../../components/DataTable/ExportMenu';
import { VersionHistory } from './budget/VersionHistory';
import type { ProjectTabProps } from './projectTabs';
import './budget/budget.css';

/**
 * 预算执行: the project's money at a glance, budget against actual per line (a changed budget with its original
 * beneath, never added), the adjustment requests with what this user may do on them, and every version.
 */
export function BudgetTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const budget = useOp('budgets.view', { applicationId });
  const [adjusting, setAdjusting] = useState(false);
  const ids = useId();
  const executionColumns = useColumns();
  const view = budget.data;
  if (!view) return <QueryState pending={budget.isPending} error={budget.error} />;
  const canRequest = view.availableActions.includes('requestAdjustment');

  return (
    <div className="budget-tab">
      {view.closed ? <Alert type="info" showIcon title={t('budget.closed')} /> : null}
      <BudgetSummary view={view} />

      <section className="budget-section" aria-labelledby={`${ids}-execution`}>
        <header className="budget-section-head">
          <h3 id={`${ids}-execution`} className="budget-section-title">
            {t('budget.executionTitle')}
          </h3>
          <span className="muted">{t('budget.versionN', { n: view.currentVersion })}</span>
          <span className="budget-section-extra">
            <span className="budget-unit">{t('table.unit')}</span>
            <ExportMenu
              op="exports.budgetExecution"
              input={(format) => ({
                applicationId,
                format,
                columns: withOriginalBudget(shownColumns(executionColumns), t('budget.columns.original')),
              })}
            />
            {canRequest ? (
              <Button type="primary" onClick={() => setAdjusting(true)}>
                {t('budget.requestAdjustment')}
              </Button>
            ) : null}
          </span>
        </header>
        <p className="muted budget-note">
          {t('budget.executionNote', { n: view.currentVersion })}{' '}
          {t('budget.toleranceNote', { percent: view.tolerancePercent })}
        </p>
        <ExecutionTable view={view} />
      </section>

      <section className="budget-section" aria-labelledby={`${ids}-adjustments`}>
        <header className="budget-section-head">
          <h3 id={`${ids}-adjustments`} className="budget-section-title">
            {t('budget.adjustmentsTitle')}
          </h3>
        </header>
        {view.adjustments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('budget.noAdjustments')} />
        ) : (
          <div className="budget-adjustments" role="list" aria-label={t('budget.adjustmentsLabel')}>
            {view.adjustments.map((a) => (
              <div role="listitem" key={a.id}>
                <AdjustmentCard
                  adjustment={a}
                  seq={adjustmentSeq(view.adjustments, a.id)}
                  currentVersion={view.currentVersion}
                />
              </div>
            ))}
          </div>
        )}
      </section>

      <section className="budget-section" aria-labelledby={`${ids}-versions`}>
        <header className="budget-section-head">
          <h3 id={`${ids}-versions`} className="budget-section-title">
            {t('budget.versionsTitle')}
          </h3>
        </header>
        <VersionHistory view={view} />
      </section>

      {adjusting ? <AdjustmentDialog view={view} onClose={() => setAdjusting(false)} /> : null}
    </div>
  );
}

/** An adjustment's number within its project (1 for the first requested), shown instead of its database id. */
export function adjustmentSeq(adjustments: readonly { id: number }[], id: number): number {
  return adjustments.filter((a) => a.id <= id).length;
}
