import type { BudgetCategory, CostType } from '@contract';
import { amountInWords, COST_TYPES, formatFen } from '@contract';
import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AmountInput } from '../../components/AmountInput/AmountInput';
import type { FormApi } from '../../components/FormErrors/useSchemaForm';
import { cellA11y, replaceAt } from '../../components/RowsEditor/cells';
import { RowsEditor } from '../../components/RowsEditor/RowsEditor';
import {
  budgetTotal,
  emptyBudgetLine,
  emptyIndicator,
  matchingTotal,
  type ApplicationDraft,
  type BudgetLineDraft,
} from './draft';

type Form = FormApi<ApplicationDraft>;

const ORDINARY = 'ordinary';

export function IndicatorsEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const rows = form.draft.indicators;
  const set = (row: number, patch: Partial<(typeof rows)[number]>, key: string) => {
    const path = `indicators.${row}.${key}`;
    form.update((d) => ({ ...d, indicators: replaceAt(d.indicators, row, patch) }), [path]);
    form.touch(path);
  };
  return (
    <RowsEditor
      form={form}
      path="indicators"
      heading={t('applications.indicators')}
      columns={[
        { title: t('applications.indicatorName'), width: 'minmax(200px, 2fr)' },
        { title: t('applications.indicatorUnit'), width: 'minmax(90px, 1fr)' },
        { title: t('applications.indicatorTarget'), width: 'minmax(120px, 1fr)' },
      ]}
      cellKeys={['name', 'unit', 'target']}
      count={rows.length}
      renderCell={(row, col, c) => {
        const item = rows[row]!;
        const n = row + 1;
        if (col === 0)
          return (
            <Input
              {...cellA11y(c)}
              aria-label={t('applications.indicatorNameN', { n })}
              value={item.name}
              onChange={(e) => set(row, { name: e.target.value }, 'name')}
            />
          );
        if (col === 1)
          return (
            <Input
              {...cellA11y(c)}
              aria-label={t('applications.indicatorUnitN', { n })}
              value={item.unit}
              onChange={(e) => set(row, { unit: e.target.value }, 'unit')}
            />
          );
        return (
          <InputNumber<number>
            controls={false}
            {...cellA11y(c)}
            aria-label={t('applications.indicatorTargetN', { n })}
            min={0}
            style={{ width: '100%' }}
            value={item.target}
            onChange={(v) => set(row, { target: v }, 'target')}
          />
        );
      }}
      addLabel={t('applications.addIndicator')}
      removeLabel={(n) => t('applications.removeIndicatorN', { n })}
      onAdd={() => form.update((d) => ({ ...d, indicators: [...d.indicators, emptyIndicator()] }), ['indicators'])}
      onRemove={(row) =>
        form.update((d) => ({ ...d, indicators: d.indicators.filter((_, i) => i !== row) }), ['indicators'])
      }
    />
  );
}

interface BudgetProps {
  form: Form;
  categories: readonly BudgetCategory[];
  /** Applies a change to the lines (the form keeps 申请金额 following their total while asked to). */
  onLines: (fn: (lines: BudgetLineDraft[]) => BudgetLineDraft[], path: string) => void;
}

export function BudgetLinesEditor({ form, categories, onLines }: BudgetProps) {
  const { t } = useTranslation();
  const rows = form.draft.budgetLines;
  const total = budgetTotal(rows);
  const matching = matchingTotal(rows);
  const set = (row: number, patch: Partial<BudgetLineDraft>, key: string) =>
    onLines((lines) => replaceAt(lines, row, patch), `budgetLines.${row}.${key}`);
  const categoryOptions = categories.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }));
  const costOptions = [
    { value: ORDINARY, label: t('applications.ordinary') },
    ...COST_TYPES.map((k) => ({ value: k, label: t(`costTypes.${k}`) })),
  ];
  return (
    <RowsEditor
      form={form}
      path="budgetLines"
      heading={t('applications.budget')}
      columns={[
        { title: t('applications.category'), width: 'minmax(160px, 1.2fr)' },
        { title: t('applications.costType'), width: 'minmax(140px, 1fr)' },
        { title: t('applications.amount'), width: 'minmax(200px, 1.4fr)' },
        { title: t('applications.lineMatching'), width: 'minmax(200px, 1.4fr)' },
        { title: t('applications.note'), width: 'minmax(140px, 1fr)' },
      ]}
      cellKeys={['categoryCode', 'costType', 'amountFen', 'matchingFen', 'note']}
      count={rows.length}
      renderCell={(row, col, c) => {
        const item = rows[row]!;
        const n = row + 1;
        if (col === 0)
          return (
            <Select<string>
              {...cellA11y(c)}
              aria-label={t('applications.categoryN', { n })}
              placeholder={categories.length === 0 ? t('applications.programFirst') : undefined}
              style={{ width: '100%' }}
              value={item.categoryCode}
              options={categoryOptions}
              onChange={(v) => set(row, { categoryCode: v }, 'categoryCode')}
            />
          );
        if (col === 1)
          return (
            <Select<string>
              {...cellA11y(c)}
              aria-label={t('applications.costTypeN', { n })}
              style={{ width: '100%' }}
              value={item.costType ?? ORDINARY}
              options={costOptions}
              onChange={(v) => set(row, { costType: v === ORDINARY ? null : (v as CostType) }, 'costType')}
            />
          );
        if (col === 2)
          return (
            <AmountInput
              {...cellA11y(c)}
              aria-label={t('applications.amountN', { n })}
              fieldLabel={t('applications.amountN', { n })}
              value={item.amountFen}
              onChange={(fen, error) => {
                form.setAmountInvalid(c.path, error !== null);
                set(row, { amountFen: fen }, 'amountFen');
              }}
            />
          );
        if (col === 3)
          return (
            <AmountInput
              {...cellA11y(c)}
              aria-label={t('applications.lineMatchingN', { n })}
              fieldLabel={t('applications.lineMatchingN', { n })}
              value={item.matchingFen}
              onChange={(fen, error) => {
                form.setAmountInvalid(c.path, error !== null);
                set(row, { matchingFen: fen }, 'matchingFen');
              }}
            />
          );
        return (
          <Input
            {...cellA11y(c)}
            aria-label={t('applications.noteN', { n })}
            value={item.note}
            onChange={(e) => set(row, { note: e.target.value }, 'note')}
          />
        );
      }}
      addLabel={t('applications.addBudgetLine')}
      removeLabel={(n) => t('applications.removeBudgetLineN', { n })}
      onAdd={() => onLines((lines) => [...lines, emptyBudgetLine()], 'budgetLines')}
      onRemove={(row) => {
        // Indices shift on removal, so "does not parse" marks on the amounts go with it.
        rows.forEach((_, i) => {
          form.setAmountInvalid(`budgetLines.${i}.amountFen`, false);
          form.setAmountInvalid(`budgetLines.${i}.matchingFen`, false);
        });
        onLines((lines) => lines.filter((_, i) => i !== row), 'budgetLines');
      }}
      footer={
        <div className="budget-totals" role="status">
          {(
            [
              ['applications.budgetTotal', total],
              ['applications.matchingTotal', matching],
              ['applications.projectTotal', total + matching],
            ] as const
          ).map(([label, fen]) => (
            <span className="budget-total" key={label}>
              <span>{t(label)}</span>
              <strong className="amount-figure">{formatFen(fen)}</strong>
              <span>{t('common.yuan')}</span>
              <span className="amount-words">{amountInWords(fen)}</span>
            </span>
          ))}
        </div>
      }
    />
  );
}
