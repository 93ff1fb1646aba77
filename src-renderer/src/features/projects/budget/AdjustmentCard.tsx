import type { BudgetAdjustmentView } from '@contract';
import { formatFen } from '@contract';
import { Descriptions, Table, Tag } from 'antd';
import type { ColumnGroupType, ColumnType } from 'antd/es/table';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/errors';
import { useSession } from '../../../app/session';
import { ErrorAlert } from '../../../components/FormErrors/FormAlert';
import { formatTimestamp } from '../../../components/format';
import { AdjustmentActions, type AdjustmentAction } from './AdjustmentActions';
import { LineName } from './ExecutionTable';
import { signed } from './versions';

const STATE_COLORS = { pending: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default' } as const;

type Change = BudgetAdjustmentView['changes'][number];

const SHARE_FIELDS = {
  grant: { from: 'fromFen', to: 'toFen', delta: 'deltaFen' },
  matching: { from: 'fromMatchingFen', to: 'toMatchingFen', delta: 'matchingDeltaFen' },
} as const;

function ChangesTable({ adjustment: a, seq }: { adjustment: BudgetAdjustmentView; seq: number }) {
  const { t } = useTranslation();
  const amount = (title: string, dataIndex: keyof Change, key: string): ColumnType<Change> => ({
    title,
    dataIndex,
    key,
    width: 120,
    align: 'right',
    className: 'amount-figure',
    render: (v: number) => formatFen(v),
  });
  const shareGroup = (share: 'grant' | 'matching'): ColumnGroupType<Change> => {
    const f = SHARE_FIELDS[share];
    return {
      title: t(`ledger.shares.${share}`),
      key: share,
      children: [
        amount(t('budget.changeColumns.from'), f.from, `${share}-from`),
        amount(t('budget.changeColumns.to'), f.to, `${share}-to`),
        {
          title: t('budget.changeColumns.delta'),
          dataIndex: f.delta,
          key: `${share}-delta`,
          width: 120,
          align: 'right',
          render: (v: number) =>
            v === 0 ? (
              <span className="muted amount-figure">0.00</span>
            ) : (
              <span className={`amount-figure ${v < 0 ? 'budget-delta-down' : 'budget-delta-up'}`}>
                {signed(formatFen(v), v)}
              </span>
            ),
        },
      ],
    };
  };
  return (
    <Table<Change>
      size="small"
      aria-label={t('budget.changesOfN', { seq })}
      className="budget-change-table"
      pagination={false}
      rowKey="lineCode"
      dataSource={a.changes}
      columns={[
        {
          title: t('budget.changeColumns.line'),
          key: 'line',
          render: (_, c) => (
            <>
              <LineName code={c.lineCode} name={c.categoryName} />
              {c.isNew ? (
                <Tag color="green" className="budget-tag">
                  {t('budget.newLine')}
                </Tag>
              ) : null}
              {c.costType ? <Tag className="budget-tag">{t(`costTypes.${c.costType}`)}</Tag> : null}
            </>
          ),
        },
        shareGroup('grant'),
        shareGroup('matching'),
      ]}
    />
  );
}

/** One adjustment request: its state, the version it was made against (and became), who and why, each change. */
export function AdjustmentCard({
  adjustment: a,
  seq,
  currentVersion,
}: {
  adjustment: BudgetAdjustmentView;
  /** Its number within the project, as officers name it (the database id means nothing to them). */
  seq: number;
  currentVersion: number;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const titleId = useId();
  const [refusal, setRefusal] = useState<{ action: AdjustmentAction; error: ApiError } | null>(null);
  const by = (who: { displayName: string } | null, at: string | null) =>
    who ? t('budget.byAt', { name: who.displayName, at: formatTimestamp(at) }) : t('common.none');
  const waitingForColleague =
    a.state === 'pending' && a.requestedBy.id === user.id && !a.availableActions.includes('approve');

  return (
    <article className={`budget-adjustment budget-adjustment-${a.state}`} aria-labelledby={titleId}>
      <header className="budget-adjustment-head">
        <h4 id={titleId} className="budget-adjustment-title">
          {t('budget.adjustmentN', { seq })}
        </h4>
        <Tag color={STATE_COLORS[a.state]} variant="filled">
          {t(`budget.states.${a.state}`)}
        </Tag>
        <span className="muted">{t('budget.baseVersion', { n: a.baseVersion })}</span>
        {a.resultVersion ? <span>{t('budget.resultVersion', { n: a.resultVersion })}</span> : null}
      </header>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} className="budget-adjustment-facts">
        <Descriptions.Item label={t('budget.reason')}>
          <span className="pre-wrap">{a.reason}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('budget.requestedBy')}>{by(a.requestedBy, a.requestedAt)}</Descriptions.Item>
        {a.decidedBy ? (
          <Descriptions.Item label={t('budget.decidedBy')}>{by(a.decidedBy, a.decidedAt)}</Descriptions.Item>
        ) : null}
        {a.decisionReason ? (
          <Descriptions.Item label={t('budget.decisionReason')}>
            <span className="pre-wrap">{a.decisionReason}</span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <ChangesTable adjustment={a} seq={seq} />
      {refusal ? (
        <ErrorAlert
          className="budget-alert"
          error={refusal.error}
          title={t('budget.refused', { seq, action: t(`budget.actions.${refusal.action}`) })}
        />
      ) : null}
      {waitingForColleague ? <p className="muted budget-note">{t('budget.ownPending')}</p> : null}
      <AdjustmentActions adjustment={a} seq={seq} nextVersion={currentVersion + 1} onError={setRefusal} />
    </article>
  );
}
