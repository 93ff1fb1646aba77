import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { Checklist } from './closeout/Checklist';
import { CloseDialog } from './closeout/CloseDialog';
import { ClosedBanner } from './closeout/ClosedBanner';
import { CloseOutStatus } from './closeout/CloseOutStatus';
import { shownRecord } from './closeout/display';
import { ClosingBalanceTables, RecoveryDueTable } from './closeout/MoneyTables';
import { RecoveriesTable } from './closeout/RecoveriesTable';
import { RecoveryDialog } from './closeout/RecoveryDialog';
import type { ProjectTabProps } from './projectTabs';
import './closeout/closeout.css';

/**
 * 结项: the checklist with what still fails, the closing balance (figures and 大写), what is due for recovery and
 * what was recovered, and — while the project is open — 登记资金收回 and 结项 when main offers them. A closed
 * project shows its close-out as stored and nothing to act on.
 */
export function CloseOutTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const query = useOp('closeOut.view', { applicationId });
  const [dialog, setDialog] = useState<'recovery' | 'close' | null>(null);
  const view = query.data;
  if (!view) return <QueryState pending={query.isPending} error={query.error} />;
  const { checklist, balance } = shownRecord(view);
  const closed = view.closed;
  const checklistTitle = closed ? t('closeOut.checklistStoredTitle') : t('closeOut.checklistTitle');

  return (
    <div className="closeout-tab">
      {closed ? (
        <ClosedBanner closed={closed} />
      ) : (
        <CloseOutStatus view={view} onRecord={() => setDialog('recovery')} onClose={() => setDialog('close')} />
      )}
      {query.error ? <QueryState pending={false} error={query.error} /> : null}

      <section className="closeout-section" aria-labelledby="closeout-checklist-title">
        <h3 id="closeout-checklist-title" className="closeout-section-title">
          {checklistTitle}
        </h3>
        {closed ? <p className="muted closeout-note">{t('closeOut.checklistStoredNote')}</p> : null}
        <Checklist entries={checklist} label={checklistTitle} />
      </section>

      <section className="closeout-section" aria-labelledby="closeout-balance-title">
        <h3 id="closeout-balance-title" className="closeout-section-title">
          {t('closeOut.balanceTitle')}
        </h3>
        <p className="muted closeout-note">{closed ? t('closeOut.balanceStoredNote') : t('closeOut.balanceNote')}</p>
        <div className="closeout-money-grid">
          <ClosingBalanceTables balance={balance} />
          {closed ? null : <RecoveryDueTable due={view.recoveryDue} />}
        </div>
        {closed ? null : <p className="muted closeout-note">{t('closeOut.dueNote')}</p>}
      </section>

      <section className="closeout-section" aria-labelledby="closeout-recoveries-title">
        <h3 id="closeout-recoveries-title" className="closeout-section-title">
          {t('closeOut.recoveriesTitle')}
        </h3>
        <RecoveriesTable recoveries={view.recoveries} />
      </section>

      {dialog === 'recovery' && !closed ? <RecoveryDialog view={view} onClose={() => setDialog(null)} /> : null}
      {dialog === 'close' && !closed ? <CloseDialog view={view} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
