import type { BudgetVersionView, BudgetView } from '@contract';
import { formatFen } from '@contract';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../components/format';
import { signed, versionChanges } from './versions';

function Person({ who, at }: { who: BudgetVersionView['approvedBy']; at: string | null }) {
  const { t } = useTranslation();
  if (!who) return <>{at ? formatTimestamp(at) : t('common.none')}</>;
  return <>{t('budget.byAt', { name: who.displayName, at: formatTimestamp(at) })}</>;
}

/** "财政资金 36,612.00 → 37,612.00（+1,000.00）": one share's change on a line. */
export function ShareChange({
  share,
  from,
  to,
  delta,
}: {
  share: 'grant' | 'matching';
  from: number;
  to: number;
  delta: number;
}) {
  const { t } = useTranslation();
  return (
    <span className="budget-change-share">
      {' '}
      <span className="muted">{t(`ledger.shares.${share}`)}</span>{' '}
      <span className="amount-figure">{formatFen(from)}</span> → <span className="amount-figure">{formatFen(to)}</span>{' '}
      <span className={delta < 0 ? 'budget-delta-down' : 'budget-delta-up'}>
        {t('adjustShares.delta', { delta: signed(formatFen(delta), delta) })}
      </span>
    </span>
  );
}

/** What a version changed against the one before: "01 人员经费 36,612.00 → 37,612.00（+1,000.00）" per line. */
function Changes({ previous, version }: { previous: BudgetVersionView | undefined; version: BudgetVersionView }) {
  const { t } = useTranslation();
  if (!previous) return <span className="muted">{t('budget.originalVersion', { count: version.lines.length })}</span>;
  return (
    <ul className="budget-changes">
      {versionChanges(previous, version).map((c) => (
        <li key={c.lineCode}>
          <span className="mono">{c.lineCode}</span> {c.categoryName}
          {c.isNew ? (
            <Tag color="green" className="budget-tag">
              {t('budget.newLine')}
            </Tag>
          ) : null}{' '}
          {c.deltaFen !== 0 || c.isNew ? (
            <ShareChange share="grant" from={c.fromFen} to={c.toFen} delta={c.deltaFen} />
          ) : null}
          {c.matchingDeltaFen !== 0 ? (
            <ShareChange share="matching" from={c.fromMatchingFen} to={c.toMatchingFen} delta={c.matchingDeltaFen} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * 预算版本: version 1 (the approval) and every approved adjustment, each with its reason, who asked and who
 * approved, when, and what it changed per line. Versions are never edited; the newest is the current one.
 */
export function VersionHistory({ view }: { view: BudgetView }) {
  const { t } = useTranslation();
  const versions = [...view.versions].sort((a, b) => b.version - a.version);
  const byNumber = new Map(view.versions.map((v) => [v.version, v]));
  return (
    <Table<BudgetVersionView>
      size="small"
      aria-label={t('budget.versionsLabel')}
      className="budget-versions"
      pagination={false}
      rowKey="version"
      dataSource={versions}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('budget.versionColumns.version'),
          key: 'version',
          width: 120,
          render: (_, v) => (
            <>
              {t('budget.versionN', { n: v.version })}
              {v.version === view.currentVersion ? (
                <Tag color="processing" className="budget-tag">
                  {t('budget.currentTag')}
                </Tag>
              ) : null}
            </>
          ),
        },
        {
          title: t('budget.versionColumns.changes'),
          key: 'changes',
          render: (_, v) => <Changes previous={byNumber.get(v.version - 1)} version={v} />,
        },
        {
          title: t('budget.versionColumns.reason'),
          key: 'reason',
          width: 220,
          render: (_, v) => v.reason ?? <span className="muted">{t('common.none')}</span>,
        },
        {
          title: t('budget.versionColumns.requested'),
          key: 'requested',
          width: 170,
          render: (_, v) => <Person who={v.requestedBy} at={v.requestedAt} />,
        },
        {
          title: t('budget.versionColumns.approved'),
          key: 'approved',
          width: 170,
          render: (_, v) => <Person who={v.approvedBy} at={v.approvedAt} />,
        },
        {
          title: t('adjustShares.grantTotal'),
          key: 'total',
          width: 130,
          align: 'right',
          className: 'amount-figure',
          render: (_, v) => formatFen(v.totalFen),
        },
        {
          title: t('adjustShares.matchingTotal'),
          key: 'matchingTotal',
          width: 130,
          align: 'right',
          className: 'amount-figure',
          render: (_, v) => formatFen(v.matchingTotalFen),
        },
      ]}
    />
  );
}
