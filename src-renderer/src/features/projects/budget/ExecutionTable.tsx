import type { BudgetExecutionRow, BudgetView } from '@contract';
import { formatFen } from '@contract';
import { Descriptions, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { signedWords } from './words';

type Total = BudgetView['execution']['total'];

const money = (fen: number) => formatFen(fen);
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

function useColumns(): ColumnsType<BudgetExecutionRow> {
  const { t } = useTranslation();
  const amount = (title: string, key: keyof BudgetExecutionRow, width = 130) => ({
    title,
    dataIndex: key,
    key,
    width,
    align: 'right' as const,
    className: 'amount-figure',
    render: (v: number) => money(v),
  });
  return [
    {
      title: t('budget.columns.line'),
      key: 'line',
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
    amount(t('budget.columns.original'), 'originalFen'),
    {
      ...amount(t('budget.columns.current'), 'currentFen'),
      render: (v: number, r) => <span className={v !== r.originalFen ? 'budget-changed' : undefined}>{money(v)}</span>,
    },
    {
      title: t('budget.columns.actual'),
      key: 'actual',
      children: [
        amount(t('budget.columns.grant'), 'grantActualFen', 120),
        amount(t('budget.columns.matching'), 'matchingActualFen', 120),
        amount(t('budget.columns.actualTotal'), 'actualFen', 120),
      ],
    },
    {
      ...amount(t('budget.columns.balance'), 'balanceFen'),
      className: undefined,
      render: (v: number) => <span className={balanceClass(v)}>{money(v)}</span>,
    },
    {
      title: t('budget.columns.rate'),
      key: 'rate',
      width: 90,
      align: 'right',
      render: (_, r) => <span className={rateClass(r.executionRate.basisPoints)}>{r.executionRate.text}</span>,
    },
  ];
}

function TotalRow({ total }: { total: Total }) {
  const { t } = useTranslation();
  const cell = (index: number, fen: number, className = 'amount-figure') => (
    <Table.Summary.Cell index={index} align="right" className={className}>
      {money(fen)}
    </Table.Summary.Cell>
  );
  return (
    <Table.Summary.Row className="table-total">
      <Table.Summary.Cell index={0}>{t('budget.total')}</Table.Summary.Cell>
      {cell(1, total.originalFen)}
      {cell(2, total.currentFen)}
      {cell(3, total.grantActualFen)}
      {cell(4, total.matchingActualFen)}
      {cell(5, total.actualFen)}
      {cell(6, total.balanceFen, balanceClass(total.balanceFen))}
      <Table.Summary.Cell index={7} align="right">
        <span className={rateClass(total.executionRate.basisPoints)}>{total.executionRate.text}</span>
      </Table.Summary.Cell>
    </Table.Summary.Row>
  );
}

/**
 * 预算执行表: per line the original budget (version 1) beside the current one — side by side, never summed —
 * the actual split by 财政资金 / 配套资金, the balance against the current version and the execution rate;
 * the totals in figures and, beneath, in 大写.
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
        scroll={{ x: 1100 }}
        summary={() => (rows.length === 0 ? null : <TotalRow total={total} />)}
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        className="totals-words budget-words"
        title={<span className="budget-words-title">{t('budget.words.label')}</span>}
      >
        <Descriptions.Item label={t('budget.words.original')}>{words(total.originalFen)}</Descriptions.Item>
        <Descriptions.Item label={t('budget.words.current')}>{words(total.currentFen)}</Descriptions.Item>
        <Descriptions.Item label={t('budget.words.actual')}>{words(total.actualFen)}</Descriptions.Item>
        <Descriptions.Item label={t('budget.words.balance')}>
          <span className={total.balanceFen < 0 ? 'budget-negative' : undefined}>{words(total.balanceFen)}</span>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
