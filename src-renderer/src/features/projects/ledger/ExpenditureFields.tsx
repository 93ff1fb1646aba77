import type { BudgetExecutionRow, CostType } from '@contract';
import { COST_TYPES, formatFen } from '@contract';
import { Checkbox, DatePicker, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AmountInput } from '../../../components/AmountInput/AmountInput';
import { Field } from '../../../components/FormErrors/Field';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';
import { SHARES, type ExpenditureDraft } from './expenditure';

/** The select's value for "the budget line's own cost type" (null in the draft). */
const LINE_DEFAULT = '__line';

interface Props<D> {
  form: FormApi<D>;
  /** '' for 登记支出; 'replacement.' for the corrected line of a reversal. */
  prefix: '' | 'replacement.';
  value: ExpenditureDraft;
  /** Applies a change; `key` is the field changed, whose stale server error goes with it. */
  onChange: (patch: Partial<ExpenditureDraft>, key: keyof ExpenditureDraft) => void;
  /** The current budget's lines with their balances. */
  lines: readonly BudgetExecutionRow[];
  autoFocus?: boolean;
}

/**
 * The fields of one expenditure, shared by 登记支出 and a reversal's corrected line: date, invoice, budget
 * line (with its balance), funds, payee, summary, cost type (the line's own unless chosen), amount with its
 * 大写, and 垫支 for grant spending.
 */
export function ExpenditureFields<D>({ form, prefix, value: d, onChange, lines, autoFocus }: Props<D>) {
  const { t } = useTranslation();
  const path = (key: keyof ExpenditureDraft) => `${prefix}${key}`;
  const set = (patch: Partial<ExpenditureDraft>, key: keyof ExpenditureDraft) => {
    onChange(patch, key);
    form.touch(path(key));
  };
  // Main's labels in the form's op: a corrected line's fields are 更正后的金额…, apart from the reversal's own.
  const label = (key: keyof ExpenditureDraft) => form.label(path(key));
  const line = lines.find((l) => l.lineCode === d.lineCode);
  const lineType = line?.costType ?? null;
  const lineTypeName = lineType ? t(`costTypes.${lineType}`) : t('ledger.ordinary');
  const costOptions = [
    { value: LINE_DEFAULT, label: t('ledger.costTypeDefault', { type: lineTypeName }) },
    ...COST_TYPES.filter((k) => k !== lineType).map((k) => ({ value: k, label: t(`costTypes.${k}`) })),
  ];

  return (
    <div className="ledger-form-grid">
      <Field form={form} path={path('date')} label={label('date')} required>
        {(c) => (
          <DatePicker
            {...c}
            autoFocus={autoFocus}
            style={{ width: '100%' }}
            value={d.date ? dayjs(d.date) : null}
            onChange={(v) => set({ date: v ? v.format('YYYY-MM-DD') : null }, 'date')}
          />
        )}
      </Field>
      <Field form={form} path={path('invoiceNo')} label={label('invoiceNo')}>
        {(c) => (
          <Input
            {...c}
            autoComplete="off"
            value={d.invoiceNo}
            onChange={(e) => set({ invoiceNo: e.target.value }, 'invoiceNo')}
          />
        )}
      </Field>
      <Field form={form} path={path('lineCode')} label={label('lineCode')} required>
        {(c) => (
          <Select<string>
            {...c}
            showSearch={{ optionFilterProp: 'label' }}
            value={d.lineCode ?? undefined}
            options={lines.map((l) => ({
              value: l.lineCode,
              label: `${t('ledger.lineOption', { code: l.lineCode, name: l.categoryName })}（${t('ledger.lineBalance', { share: t(`ledger.shares.${d.share === 'matching' ? 'matching' : 'grant'}`), balance: formatFen((d.share === 'matching' ? l.matching : l.grant).balanceFen) })}）`,
            }))}
            onChange={(v) => set({ lineCode: v, costType: null }, 'lineCode')}
          />
        )}
      </Field>
      <Field form={form} path={path('share')} label={label('share')} required group>
        {(c) => (
          <Radio.Group
            aria-labelledby={c['aria-labelledby']}
            value={d.share}
            onChange={(e) => set({ share: e.target.value as ExpenditureDraft['share'] }, 'share')}
            options={SHARES.map((s) => ({ value: s, label: t(`ledger.shares.${s}`) }))}
          />
        )}
      </Field>
      <Field form={form} path={path('payee')} label={label('payee')} required>
        {(c) => <Input {...c} value={d.payee} onChange={(e) => set({ payee: e.target.value }, 'payee')} />}
      </Field>
      <Field form={form} path={path('costType')} label={label('costType')}>
        {(c) => (
          <Select<string>
            {...c}
            value={d.costType ?? LINE_DEFAULT}
            options={costOptions}
            onChange={(v) => set({ costType: v === LINE_DEFAULT ? null : (v as CostType) }, 'costType')}
          />
        )}
      </Field>
      <Field form={form} path={path('summary')} label={label('summary')} required className="ledger-form-wide">
        {(c) => <Input {...c} value={d.summary} onChange={(e) => set({ summary: e.target.value }, 'summary')} />}
      </Field>
      <Field form={form} path={path('amountFen')} label={label('amountFen')} required>
        {(c) => (
          <AmountInput
            {...c}
            fieldLabel={label('amountFen')}
            value={d.amountFen}
            onChange={(fen, error) => {
              form.setAmountInvalid(path('amountFen'), error !== null);
              set({ amountFen: fen }, 'amountFen');
            }}
          />
        )}
      </Field>
      <Field
        form={form}
        path={path('advance')}
        label={label('advance')}
        extra={d.share === 'grant' ? undefined : t('ledger.advanceHint')}
      >
        {(c) => (
          <Checkbox
            {...c}
            disabled={d.share !== 'grant'}
            checked={d.share === 'grant' && d.advance}
            onChange={(e) => set({ advance: e.target.checked }, 'advance')}
          >
            {t('ledger.advanceLabel')}
          </Checkbox>
        )}
      </Field>
    </div>
  );
}
