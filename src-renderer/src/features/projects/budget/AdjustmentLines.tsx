import type { BudgetView, CostType } from '@contract';
import { COST_TYPES, formatFen } from '@contract';
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Select, Table, Tag } from 'antd';
import type { ColumnGroupType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { AmountInput, AmountText } from '../../../components/AmountInput/AmountInput';
import { fieldId } from '../../../components/FormErrors/fieldErrors';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';
import { cellA11y, replaceAt } from '../../../components/RowsEditor/cells';
import { draftTotals, type AdjustmentDraft, type AdjustmentRow, type ShareTotals } from './adjustment';
import { LineName } from './ExecutionTable';
import { signed } from './versions';

const ORDINARY = 'ordinary';
type Share = 'grant' | 'matching';
type Form = FormApi<AdjustmentDraft>;

function CellError({ form, path }: { form: Form; path: string }) {
  const error = form.errorFor(path);
  return error ? (
    <div className="cell-error" id={`${fieldId(form.formId, path)}-error`}>
      {error}
    </div>
  ) : null;
}

/** One row per line of the current version (amount editable) and per new line (category and cost type too). */
export function LinesTable({ form, view }: { form: Form; view: BudgetView }) {
  const { t } = useTranslation();
  const rows = form.draft.lines;
  // Each share may not go below what was spent from it, so each share shows its own spending.
  const spent = new Map(view.execution.rows.map((r) => [r.lineCode, r]));
  const setRow = (i: number, patch: Partial<AdjustmentRow>, key: string) => {
    const path = `lines.${i}.${key}`;
    form.update((d) => ({ ...d, lines: replaceAt(d.lines, i, patch) }), [path, 'lines']);
    form.touch(path);
  };
  const cell = (i: number, key: string) => {
    const path = `lines.${i}.${key}`;
    return { id: fieldId(form.formId, path), path, error: form.errorFor(path) };
  };
  const shareColumns = (share: Share): ColumnGroupType<AdjustmentRow> => {
    const key = share === 'grant' ? 'amountFen' : 'matchingFen';
    const now = (r: AdjustmentRow) => (share === 'grant' ? r.amountFen : r.matchingFen);
    const before = (r: AdjustmentRow) => (share === 'grant' ? r.currentFen : r.currentMatchingFen);
    return {
      title: t(`ledger.shares.${share}`),
      key: share,
      className: `budget-share-${share}`,
      children: [
        {
          title: t('budget.dialog.spent'),
          key: `${share}-spent`,
          width: 100,
          align: 'right',
          className: 'amount-figure',
          render: (_, r) => formatFen(spent.get(r.lineCode)?.[share].actualFen ?? 0),
        },
        {
          title: t('budget.dialog.current'),
          key: `${share}-current`,
          width: 100,
          align: 'right',
          className: 'amount-figure',
          render: (_, r) => formatFen(before(r)),
        },
        {
          title: t('budget.dialog.amount'),
          key: `${share}-amount`,
          width: 190,
          render: (_, r, i) => {
            const c = cell(i, key);
            const label = t(`adjustShares.amountN.${share}`, { line: r.lineCode });
            const d = (now(r) ?? 0) - before(r);
            return (
              <>
                <AmountInput
                  {...cellA11y(c)}
                  aria-label={label}
                  fieldLabel={label}
                  value={now(r)}
                  onChange={(fen, error) => {
                    form.setAmountInvalid(c.path, error !== null);
                    setRow(i, { [key]: fen }, key);
                  }}
                />
                <CellError form={form} path={c.path} />
                {d === 0 ? null : (
                  <div className={`budget-adjust-delta ${d < 0 ? 'budget-delta-down' : 'budget-delta-up'}`}>
                    {t('budget.dialog.delta')} {signed(formatFen(d), d)}
                  </div>
                )}
              </>
            );
          },
        },
      ],
    };
  };
  const categoryOptions = view.categories.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }));
  const costOptions = [
    { value: ORDINARY, label: t('budget.dialog.ordinary') },
    ...COST_TYPES.map((k) => ({ value: k, label: t(`costTypes.${k}`) })),
  ];
  return (
    <Table<AdjustmentRow>
      size="small"
      aria-label={t('budget.dialog.lines')}
      className="budget-adjust-table"
      pagination={false}
      rowKey="lineCode"
      dataSource={rows}
      columns={[
        {
          title: t('budget.dialog.line'),
          key: 'line',
          render: (_, r, i) => {
            if (!r.isNew)
              return (
                <LineName
                  code={r.lineCode}
                  name={view.categories.find((c) => c.code === r.categoryCode)?.name ?? r.categoryCode ?? ''}
                />
              );
            const c = cell(i, 'categoryCode');
            return (
              <>
                <span className="budget-new-line">
                  <span className="mono">{r.lineCode}</span>
                  <Select<string>
                    {...cellA11y(c)}
                    aria-label={t('budget.dialog.categoryN', { line: r.lineCode })}
                    style={{ flex: 1, minWidth: 150 }}
                    value={r.categoryCode ?? undefined}
                    options={categoryOptions}
                    onChange={(v) => setRow(i, { categoryCode: v }, 'categoryCode')}
                  />
                </span>
                <CellError form={form} path={c.path} />
              </>
            );
          },
        },
        {
          title: t('budget.dialog.costType'),
          key: 'costType',
          width: 150,
          render: (_, r, i) =>
            r.isNew ? (
              <Select<string>
                aria-label={t('budget.dialog.costTypeN', { line: r.lineCode })}
                style={{ width: '100%' }}
                value={r.costType ?? ORDINARY}
                options={costOptions}
                onChange={(v) => setRow(i, { costType: v === ORDINARY ? null : (v as CostType) }, 'costType')}
              />
            ) : r.costType ? (
              <Tag className="budget-tag">{t(`costTypes.${r.costType}`)}</Tag>
            ) : (
              <span className="muted">{t('budget.dialog.ordinary')}</span>
            ),
        },
        shareColumns('grant'),
        shareColumns('matching'),
        {
          title: '',
          key: 'remove',
          width: 48,
          render: (_, r, i) =>
            r.isNew ? (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden="true" />}
                aria-label={t('budget.dialog.removeLineN', { line: r.lineCode })}
                onClick={() => {
                  // Indices shift on removal, so "does not parse" marks on the amounts go with it.
                  rows.forEach((_, j) => {
                    form.setAmountInvalid(`lines.${j}.amountFen`, false);
                    form.setAmountInvalid(`lines.${j}.matchingFen`, false);
                  });
                  form.update((d) => ({ ...d, lines: d.lines.filter((_, j) => j !== i) }), ['lines']);
                }}
              />
            ) : null,
        },
      ]}
    />
  );
}

function ShareTotal({ share, totals }: { share: Share; totals: ShareTotals }) {
  const { t } = useTranslation();
  const { beforeFen, afterFen, diffFen } = totals;
  return (
    <div className={`budget-adjust-totals budget-adjust-totals-${share}`} role="status">
      <strong>{t(`ledger.shares.${share}`)}</strong>
      <span>
        {t('budget.dialog.before')} <AmountText fen={beforeFen} />
      </span>
      <span>
        {t('budget.dialog.after')} <AmountText fen={afterFen} />
      </span>
      {diffFen === 0 ? (
        <span className="budget-total-ok">{t(`adjustShares.totalOk.${share}`)}</span>
      ) : (
        <span className="budget-negative">
          {t(`adjustShares.totalMismatch.${share}`, { diff: signed(formatFen(diffFen), diffFen) })}
        </span>
      )}
    </div>
  );
}

/** Each share's totals before and after, which must stay equal; main refuses otherwise and names the rule. */
export function Totals({ rows }: { rows: readonly AdjustmentRow[] }) {
  const totals = draftTotals(rows);
  return (
    <div className="budget-adjust-share-totals">
      <ShareTotal share="grant" totals={totals.grant} />
      <ShareTotal share="matching" totals={totals.matching} />
    </div>
  );
}
