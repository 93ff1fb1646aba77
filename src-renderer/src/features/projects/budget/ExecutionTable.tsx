import type { BudgetExecutionRow, BudgetView } from '@contract';
import { formatFen } from '@contract';
import { Descriptions, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { signedWords } from './words';

type Total = BudgetView['execution']['total'];

const balanceClass = (fen: number) => (fen < 0 ? 'amount-figure budget-negative' : 'amount-figure');
/** Over 100% reads red like a negative balance: the line spent more than its current budget. */
const rateClass = (bp: number | null) => (bp !== null && bp > 10_000 ? 'budget-negative' : undefined);

export function LineName({ code, name, category }: { code: string; name: string; category?: string }) {
  return (
    <span className="budget-line-name">
      <span className="mono">{code}</span> {name}
      {category ? <span className="muted budget-line-category">{category}</span> : null}
    </span>
  );
}

type Share = 'grant' | 'matching' | 'total';
type Amounts = BudgetExecutionRow['grant'];

function money(fen: number, className = 'amount-figure') {
  return <span className={className}>{formatFen(fen)}</span>;
}

/** The column labels of one share: budget (the grant's after adjustment), actual, balance, rate. */
interface Labels {
  original: string;
  current: string;
  budget: string;
  actual: string;
  balance: string;
  rate: string;
}

/**
 * A grant budget changed by an adjustment shows what it was beneath it: the original is for comparison only
 * (never summed), and a column of its own would push the table past a 1440 px window.
 */
function currentBudget(a: Amounts, original: string | null) {
  if (original === null || a.currentFen === a.originalFen) return money(a.currentFen);
  return (
    <>
      {money(a.currentFen, 'amount-figure budget-changed')}
      <span className="budget-original muted">
        {original} {formatFen(a.originalFen)}
      </span>
    </>
  );
}

function shareColumns(
  title: string,
  l: Labels,
  share: Share,
  withOriginal: boolean,
): ColumnsType<BudgetExecutionRow>[number] {
  const pick = (r: BudgetExecutionRow): Amounts => r[share];
  // No fixed widths: the table takes the width its figures need and scrolls only when a window is too narrow.
  const amount = (key: string, title: string, render: (a: Amounts) => ReactNode) => ({
    title,
    key: `${share}-${key}`,
    align: 'right' as const,
    render: (_: unknown, r: BudgetExecutionRow) => render(pick(r)),
  });
  return {
    title,
    key: share,
    children: [
      amount('current', withOriginal ? l.current : l.budget, (a) => currentBudget(a, withOriginal ? l.original : null)),
      amount('actual', l.actual, (a) => money(a.actualFen)),
      amount('balance', l.balance, (a) => money(a.balanceFen, balanceClass(a.balanceFen))),
      amount('rate', l.rate, (a) => (
        <span className={rateClass(a.executionRate.basisPoints)}>{a.executionRate.text}</span>
      )),
    ],
  };
}

export function useColumns(): ColumnsType<BudgetExecutionRow> {
  const { t } = useTranslation();
  const labels: Labels = {
    original: t('budget.columns.originalShort'),
    current: t('budget.columns.current'),
    budget: t('budget.columns.budget'),
    actual: t('budget.columns.actual'),
    balance: t('budget.columns.balance'),
    rate: t('budget.columns.rate'),
  };
  return [
    {
      title: t('budget.columns.line'),
      key: 'line',
      fixed: 'left',
      render: (_, r) => (
        <>
          <LineName code={r.lineCode} name={r.categoryName} />
          {r.costType ? <Tag className="budget-tag">{t(`costTypes.${r.costType}`)}</Tag> : null}
          {r.coveredByVersion ? (
            <Tag color="blue" className="budget-tag">
              {t('budget.coveredBy', { n: r.coveredByVersion })}
            </Tag>
          ) : null}
        </>
      ),
    },
    shareColumns(t('budget.shares.grant'), labels, 'grant', true),
    shareColumns(t('budget.shares.matching'), labels, 'matching', false),
    shareColumns(t('budget.shares.total'), labels, 'total', false),
  ];
}

function TotalRow({ total }: { total: Total }) {
  const { t } = useTranslation();
  let index = 0;
  const cell = (node: ReactNode) => (
    <Table.Summary.Cell key={++index} index={index} align="right">
      {node}
    </Table.Summary.Cell>
  );
  const share = (a: Amounts, withOriginal: boolean) => [
    cell(currentBudget(a, withOriginal ? t('budget.columns.originalShort') : null)),
    cell(money(a.actualFen)),
    cell(money(a.balanceFen, balanceClass(a.balanceFen))),
    cell(<span className={rateClass(a.executionRate.basisPoints)}>{a.executionRate.text}</span>),
  ];
  return (
    <Table.Summary.Row className="table-total">
      <Table.Summary.Cell index={0}>{t('budget.total')}</Table.Summary.Cell>
      {share(total.grant, true)}
      {share(total.matching, false)}
      {share(total.total, false)}
    </Table.Summary.Row>
  );
}

/**
 * 预算执行表: per line, 财政资金 against the grant budget (the original, version 1, beneath a changed current
 * one — for comparison, never summed), 配套资金 against the matching budget, and the two together, each with its own
 * balance and execution rate; the totals in figures and, beneath, in 大写.
 */
export function ExecutionTable({ view }: { view: BudgetView }) {
  const { t } = useTranslation();
  const columns = useColumns();
  const { rows, total } = view.execution;
  const words = (fen: number) => signedWords(fen, (w) => t('budget.overspentWords', { words: w }));
  return (
    <>
      <Table<BudgetExecutionRow>
        size="small"
        bordered
        aria-label={t('budget.tableLabel')}
        className="budget-table"
        pagination={false}
        rowKey="lineCode"
        dataSource={rows}
        columns={columns}
        scroll={{ x: 'max-content' }}
        summary={() => (rows.length === 0 ? null : <TotalRow total={total} />)}
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 3 }}
        className="totals-words budget-words"
        title={<span className="budget-words-title">{t('budget.words.label')}</span>}
      >
        {(['grant', 'matching', 'total'] as const).flatMap((share) => [
          <Descriptions.Item key={`${share}-budget`} label={t(`budget.words.${share}Budget`)}>
            {words(total[share].currentFen)}
          </Descriptions.Item>,
          <Descriptions.Item key={`${share}-actual`} label={t(`budget.words.${share}Actual`)}>
            {words(total[share].actualFen)}
          </Descriptions.Item>,
          <Descriptions.Item key={`${share}-balance`} label={t(`budget.words.${share}Balance`)}>
            <span className={total[share].balanceFen < 0 ? 'budget-negative' : undefined}>
              {words(total[share].balanceFen)}
            </span>
          </Descriptions.Item>,
        ])}
      </Descriptions>
    </>
  );
}
