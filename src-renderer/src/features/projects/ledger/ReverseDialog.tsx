import type { BudgetView, LedgerRow } from '@contract';
import { formatFen, ops } from '@contract';
import { App, Checkbox, DatePicker, Input } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/FormErrors/Field';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { ExpenditureFields } from './ExpenditureFields';
import { defaultReversalDate, replacementOf, toExpenditure, type ExpenditureDraft } from './expenditure';
import { useOpMutation } from '../../../api/hooks';

interface ReverseDraft {
  date: string | null;
  reason: string;
  withReplacement: boolean;
  replacement: ExpenditureDraft;
}

const REPLACEMENT_PATHS = [
  'replacement.date',
  'replacement.invoiceNo',
  'replacement.lineCode',
  'replacement.share',
  'replacement.payee',
  'replacement.summary',
  'replacement.amountFen',
  'replacement.advance',
  'replacement.costType',
];

/**
 * 红字冲销 of one line: a negative voucher linked to it, with its date and reason; optionally the corrected
 * line too, prefilled from the original, posted in the same transaction under the usual rules.
 */
export function ReverseDialog({ row, view, onClose }: { row: LedgerRow; view: BudgetView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reverse = useOpMutation('ledger.reverse');
  const toInput = useCallback(
    (d: ReverseDraft) => ({
      lineId: row.id,
      date: d.date,
      reason: d.reason,
      ...(d.withReplacement ? { replacement: toExpenditure(d.replacement) } : {}),
    }),
    [row.id],
  );
  const schema = ops['ledger.reverse'].input;
  const form = useSchemaForm({
    formId: `ledger-reverse-${row.id}`,
    schema,
    initial: (): ReverseDraft => ({
      date: defaultReversalDate(row.date),
      reason: '',
      withReplacement: false,
      replacement: replacementOf(row, view.execution.rows),
    }),
    toInput,
    knownPaths: ['date', 'reason', ...REPLACEMENT_PATHS],
    onValid: async (input) => {
      const done = await reverse.mutateAsync(input);
      const voucherNo = done.reversal.voucherNo;
      void message.success(
        done.replacement
          ? t('ledger.reversedWithReplacement', { voucherNo, replacement: done.replacement.voucherNo })
          : t('ledger.reversedDone', { voucherNo }),
      );
      onClose();
    },
  });
  const d = form.draft;
  return (
    <FormDialog
      title={t('ledger.reverseTitle', { voucherNo: row.voucherNo })}
      form={form}
      onClose={onClose}
      okText={t('ledger.reverseOk')}
      danger
      width={760}
      notice={
        <p className="muted">
          {t('ledger.reverseHint', { amount: formatFen(-row.amountFen), voucherNo: row.voucherNo })}
        </p>
      }
    >
      <div className="ledger-form-grid">
        <Field form={form} path="date" required>
          {(c) => (
            <DatePicker
              {...c}
              autoFocus
              style={{ width: '100%' }}
              value={d.date ? dayjs(d.date) : null}
              onChange={(v) => {
                form.update((x) => ({ ...x, date: v ? v.format('YYYY-MM-DD') : null }), ['date']);
                form.touch('date');
              }}
            />
          )}
        </Field>
        <Field form={form} path="reason" required className="ledger-form-wide">
          {(c) => (
            <Input.TextArea
              {...c}
              autoSize={{ minRows: 2, maxRows: 6 }}
              value={d.reason}
              onChange={(e) => form.set('reason', e.target.value)}
            />
          )}
        </Field>
      </div>
      <Checkbox
        className="ledger-replacement-toggle"
        checked={d.withReplacement}
        onChange={(e) => {
          // An unparseable amount in a corrected line no longer sent must not block the reversal.
          if (!e.target.checked) form.setAmountInvalid('replacement.amountFen', false);
          form.update((x) => ({ ...x, withReplacement: e.target.checked }), REPLACEMENT_PATHS);
        }}
      >
        {t('ledger.withReplacement')}
      </Checkbox>
      {d.withReplacement ? (
        <fieldset className="ledger-replacement">
          <legend>{t('ledger.replacement')}</legend>
          <ExpenditureFields
            form={form}
            prefix="replacement."
            value={d.replacement}
            lines={view.execution.rows}
            onChange={(patch, key) =>
              form.update((x) => ({ ...x, replacement: { ...x.replacement, ...patch } }), [`replacement.${key}`])
            }
          />
        </fieldset>
      ) : null}
    </FormDialog>
  );
}
