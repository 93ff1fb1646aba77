import { amountInWords, formatFen, ops } from '@contract';
import { App, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { AmountInput } from '../../components/AmountInput/AmountInput';
import { fieldId } from '../../components/FormErrors/fieldErrors';
import { Field } from '../../components/FormErrors/Field';
import { FormDialog } from '../../components/FormErrors/FormDialog';
import { useSchemaForm, type FormApi } from '../../components/FormErrors/useSchemaForm';
import type { DialogProps } from './ActionDialogs';
import { AllocationNotice, useProgramMoney } from './AllocationNotice';
import { draftTotal, financeLineProblems, financeLinesDraft, type FinanceLineDraft } from './budget';

interface Draft {
  lines: FinanceLineDraft[];
  opinion: string;
}

/**
 * 财务审核: per budget line the amount kept (default: as requested) and, for a cut, why; then an opinion.
 * The approved total is shown in figures and 大写 as it changes.
 */
export function FinanceReviewDialog({ a, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = useOpMutation('applications.financeReview');
  const extraCheck = useCallback((d: Draft) => lineErrors(d, a.budgetLines, t), [a.budgetLines, t]);
  const form = useSchemaForm({
    formId: 'finance',
    schema: ops['applications.financeReview'].input,
    initial: (): Draft => ({ lines: financeLinesDraft(a.budgetLines), opinion: '' }),
    toInput: (d: Draft) => ({
      id: a.id,
      lines: d.lines.map((l) => ({ lineId: l.lineId, approvedFen: l.approvedFen ?? undefined, reason: l.reason })),
      opinion: d.opinion,
    }),
    extraCheck,
    knownPaths: ['opinion', 'lines'],
    onValid: async (input) => {
      await review.mutateAsync(input);
      void message.success(t('finance.done'));
      onClose();
    },
  });
  const total = draftTotal(form.draft.lines);
  const money = useProgramMoney(a.fundProgramId);

  return (
    <FormDialog
      title={t('finance.title')}
      form={form}
      onClose={onClose}
      okText={t('finance.submit')}
      width={1000}
      notice={<AllocationNotice m={money} amountFen={total} />}
    >
      <div className="finance-grid" role="group" aria-label={t('finance.linesLabel')}>
        <div className="finance-row finance-head" aria-hidden="true">
          <span>{t('applications.category')}</span>
          <span className="end">{t('detail.requestedAmount')}</span>
          <span>{t('detail.approvedAmount')}</span>
          <span>{t('detail.cutReason')}</span>
        </div>
        {a.budgetLines.map((line, i) => (
          <FinanceLine key={line.id} form={form} index={i} name={line.categoryName} requested={line.amountFen} />
        ))}
        <div className="finance-row finance-total" role="status">
          <span>{t('detail.total')}</span>
          <span className="end amount-figure">{formatFen(a.budgetLines.reduce((s, l) => s + l.amountFen, 0))}</span>
          <span className="amount-figure">
            <strong>{formatFen(total)}</strong>
            <span className="amount-words">{amountInWords(total)}</span>
          </span>
          <span />
        </div>
      </div>
      <Field form={form} path="opinion" label={t('finance.opinion')}>
        {(c) => (
          <Input.TextArea
            {...c}
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={form.draft.opinion}
            onChange={(e) => form.set('opinion', e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

function FinanceLine(props: { form: FormApi<Draft>; index: number; name: string; requested: number }) {
  const { t } = useTranslation();
  const { form, index: i } = props;
  const d = form.draft.lines[i]!;
  const n = i + 1;
  const amountPath = `lines.${i}.approvedFen`;
  const reasonPath = `lines.${i}.reason`;
  const set = (patch: Partial<FinanceLineDraft>, path: string) => {
    form.update((x) => ({ ...x, lines: x.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }), [path]);
    form.touch(path);
  };
  const amountError = form.errorFor(amountPath);
  const reasonError = form.errorFor(reasonPath);
  const amountId = fieldId(form.formId, amountPath);
  const reasonId = fieldId(form.formId, reasonPath);
  return (
    <div className={`finance-row${d.approvedFen !== null && d.approvedFen < props.requested ? ' finance-cut' : ''}`}>
      <span className="finance-name">{props.name}</span>
      <span className="end amount-figure">{formatFen(props.requested)}</span>
      <div>
        <AmountInput
          id={amountId}
          aria-label={t('finance.lineApprovedN', { n })}
          aria-invalid={Boolean(amountError)}
          aria-describedby={amountError ? `${amountId}-error` : undefined}
          fieldLabel={t('finance.lineApprovedN', { n })}
          value={d.approvedFen}
          onChange={(fen, error) => {
            form.setAmountInvalid(amountPath, error !== null);
            set({ approvedFen: fen }, amountPath);
          }}
        />
        {amountError ? (
          <div className="cell-error" id={`${amountId}-error`}>
            {amountError}
          </div>
        ) : null}
      </div>
      <div>
        <Input
          id={reasonId}
          aria-label={t('finance.cutReasonN', { n })}
          aria-invalid={Boolean(reasonError)}
          aria-describedby={reasonError ? `${reasonId}-error` : undefined}
          status={reasonError ? 'error' : undefined}
          value={d.reason}
          onChange={(e) => set({ reason: e.target.value }, reasonPath)}
        />
        {reasonError ? (
          <div className="cell-error" id={`${reasonId}-error`}>
            {reasonError}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function lineErrors(d: Draft, lines: DialogProps['a']['budgetLines'], t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, problem] of financeLineProblems(d.lines, lines)) {
    if (problem === 'reasonRequired') out[`lines.${i}.reason`] = t('finance.cutReasonRequired');
    else if (problem === 'overRequested') out[`lines.${i}.approvedFen`] = t('finance.notAboveRequested');
    else out[`lines.${i}.approvedFen`] = t('finance.approvedRequired');
  }
  return out;
}
