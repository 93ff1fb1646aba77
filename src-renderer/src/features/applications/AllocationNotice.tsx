import { amountInWords, formatFen, type FundProgramMoney } from '@contract';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';

/** What is left of the program's allocation, read fresh whenever a dialog that decides money opens. */
export function useProgramMoney(programId: number): FundProgramMoney | undefined {
  return useOp('fundPrograms.money', { id: programId }, { fresh: true }).data;
}

/**
 * The program's allocation in a decision dialog (finance review, notice, approval): the total, what is
 * approved, what is left in figures and 大写, and a warning when this project's amount would not fit.
 */
export function AllocationNotice({ m, amountFen }: { m: FundProgramMoney | undefined; amountFen: number | null }) {
  const { t } = useTranslation();
  if (!m) return null;
  const over = amountFen !== null && amountFen > m.remainingFen;
  return (
    <Alert
      className="allocation-notice"
      type={over ? 'warning' : 'info'}
      showIcon
      role="status"
      title={t('allocation.dialog', {
        program: m.name,
        allocated: formatFen(m.allocatedFen),
        committed: formatFen(m.committedFen),
        remaining: formatFen(m.remainingFen),
        words: amountInWords(m.remainingFen),
      })}
      description={
        over
          ? m.remainingFen === 0
            ? t('allocation.noneLeft')
            : t('allocation.overRemaining', { amount: formatFen(amountFen), remaining: formatFen(m.remainingFen) })
          : undefined
      }
    />
  );
}
