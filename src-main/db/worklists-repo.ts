import type {
  AdjustmentQueueRow,
  AdvanceRow,
  MilestoneQueueRow,
  NoticeRow,
  OpParsedInput,
  TrancheQueueRow,
} from '../contract/index';
import { containsPattern, limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { prepared, type Db } from './statements';

/**
 * The cross-project worklists (what is waiting for whom). Each list has one FROM and one WHERE, used for both
 * its page and its total, so a home count read through the same function equals the rows the list shows.
 */

type Query<N extends 'notices' | 'tranches' | 'adjustments' | 'advances' | 'milestones'> =
  OpParsedInput<`worklists.${N}`>;

interface ListSql {
  select: string;
  from: string;
  where: Where;
  order: string;
  /**
   * The same rows counted without the joins that only name them: joins on required foreign keys (enforced)
   * never drop a row, so the total is the same and the count need not visit three more tables per row.
   */
  count?: { from: string; where: Where };
}

function page(db: Db, s: ListSql, q: { page: number; pageSize: number }): ListResult<Record<string, unknown>> {
  const rows = prepared(db, `SELECT ${s.select} FROM ${s.from} ${s.where.sql()} ${s.order} LIMIT ? OFFSET ?`).all(
    ...s.where.params,
    ...limitOffset(q),
  ) as Record<string, unknown>[];
  const count = s.count ?? s;
  const total = prepared(db, `SELECT COUNT(*) FROM ${count.from} ${count.where.sql()}`)
    .pluck()
    .get(...count.where.params) as number;
  return { rows, total };
}

/** An approved project (its agreement, application and organization), joined on the agreement's id. */
const projectJoin = (agreementId: string) => `JOIN agreements g ON g.id = ${agreementId}
  JOIN applications a ON a.id = g.application_id JOIN organizations o ON o.id = a.organization_id`;
const PROJECT_COLUMNS = `a.id AS application_id, g.agreement_number, a.name AS project_name,
  o.name AS organization_name`;
const openProject = (agreementId: string) =>
  `NOT EXISTS (SELECT 1 FROM project_closeouts c WHERE c.agreement_id = ${agreementId})`;
const OPEN_PROJECT = openProject('g.id');

function searchProject(where: Where, search: string): void {
  if (!search) return;
  const like = containsPattern(search);
  where.add(
    `a.name LIKE ? ESCAPE '\\' OR g.agreement_number LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\'`,
    like,
    like,
    like,
  );
}

function project(r: Record<string, unknown>) {
  return {
    applicationId: r.application_id as number,
    agreementNumber: r.agreement_number as string,
    projectName: r.project_name as string,
    organizationName: r.organization_name as string,
  };
}

/** 公示: applications on notice; `ended` (the last day is before today) means 立项 may proceed. */
export function listNotices(db: Db, q: Query<'notices'>, today: string): ListResult<NoticeRow> {
  const where = new Where().add(`a.state = 'in_notice'`);
  if (q.search) {
    const like = containsPattern(q.search);
    where.add(`a.name LIKE ? ESCAPE '\\' OR a.code LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\'`, like, like, like);
  }
  if (q.filters.ended === true) where.add('n.end_date < ?', today);
  if (q.filters.ended === false) where.add('n.end_date >= ?', today);
  const r = page(
    db,
    {
      select: `a.id, a.code, a.name, o.name AS organization_name, p.code AS program_code, a.requested_fen,
        f.reviewed_fen, n.start_date, n.end_date`,
      from: `applications a JOIN application_notices n ON n.application_id = a.id
        JOIN fund_programs p ON p.id = a.fund_program_id JOIN organizations o ON o.id = a.organization_id
        LEFT JOIN finance_reviews f ON f.application_id = a.id`,
      where,
      order: orderBy(
        q.sort,
        { code: '(a.code_year * 1000000 + a.code_seq)', endDate: 'n.end_date', requestedFen: 'a.requested_fen' },
        'a.id',
        'n.end_date ASC, a.id ASC',
      ),
    },
    q,
  );
  return {
    total: r.total,
    rows: r.rows.map((x) => ({
      id: x.id as number,
      code: x.code as string,
      name: x.name as string,
      organizationName: x.organization_name as string,
      programCode: x.program_code as string,
      requestedFen: x.requested_fen as number,
      reviewedFen: (x.reviewed_fen as number | null) ?? null,
      startDate: x.start_date as string,
      endDate: x.end_date as string,
      ended: (x.end_date as string) < today,
    })),
  };
}

/** 待确认拨付: prepared tranches; the maker may not release their own, so they can be left out. */
export function listTranchesToRelease(db: Db, q: Query<'tranches'>, viewerId: number): ListResult<TrancheQueueRow> {
  const where = new Where().add(`s.state = 'prepared'`);
  searchProject(where, q.search);
  if (q.filters.preparedByOthers === true) where.add('s.prepared_by <> ?', viewerId);
  const r = page(
    db,
    {
      select: `${PROJECT_COLUMNS}, t.id AS tranche_id, t.seq, t.amount_fen, s.voucher_no, s.voucher_date,
        s.prepared_by, s.prepared_at, u.display_name AS prepared_name`,
      from: `tranche_states s JOIN agreement_tranches t ON t.id = s.tranche_id ${projectJoin('t.agreement_id')}
        JOIN users u ON u.id = s.prepared_by`,
      where,
      order: orderBy(
        q.sort,
        { preparedAt: 's.prepared_at', amountFen: 't.amount_fen', agreementNumber: 'g.agreement_number' },
        't.id',
        's.prepared_at ASC, t.id ASC',
      ),
    },
    q,
  );
  return {
    total: r.total,
    rows: r.rows.map((x) => ({
      id: x.tranche_id as number,
      ...project(x),
      seq: x.seq as number,
      amountFen: x.amount_fen as number,
      voucherNo: x.voucher_no as string,
      voucherDate: x.voucher_date as string,
      preparedBy: (x.prepared_name as string) ?? '',
      preparedAt: x.prepared_at as string,
      preparedByViewer: x.prepared_by === viewerId,
    })),
  };
}

/** 待审批预算调整: pending requests; the requester may not approve their own, so they can be left out. */
export function listAdjustmentsToDecide(
  db: Db,
  q: Query<'adjustments'>,
  viewerId: number,
): ListResult<AdjustmentQueueRow> {
  const where = new Where().add(`b.state = 'pending'`);
  searchProject(where, q.search);
  if (q.filters.requestedByOthers === true) where.add('b.requested_by <> ?', viewerId);
  const r = page(
    db,
    {
      select: `${PROJECT_COLUMNS}, b.id AS adjustment_id, b.reason, b.requested_by, b.requested_at,
        u.display_name AS requested_name`,
      from: `budget_adjustments b ${projectJoin('b.agreement_id')} JOIN users u ON u.id = b.requested_by`,
      where,
      order: orderBy(
        q.sort,
        { requestedAt: 'b.requested_at', agreementNumber: 'g.agreement_number' },
        'b.id',
        'b.requested_at ASC, b.id ASC',
      ),
    },
    q,
  );
  return {
    total: r.total,
    rows: r.rows.map((x) => ({
      id: x.adjustment_id as number,
      ...project(x),
      reason: x.reason as string,
      requestedBy: (x.requested_name as string) ?? '',
      requestedAt: x.requested_at as string,
      requestedByViewer: x.requested_by === viewerId,
    })),
  };
}

/**
 * Open 垫支: open projects whose grant spending (reversals net) exceeds the grant available to spend (releases
 * net of reversals, less every recovery) — the comparison the budget tab and the posting rule make. Posting
 * refuses grant spending beyond what is available unless the line is marked 垫支, so only a project with such a
 * line, a reversed tranche or a recovery (available went down after the spending) can be in this list; those
 * are few, and each one's spending is read from its ledger totals, so this stays off the million ledger lines.
 */
function openAdvancesSql(q: Pick<Query<'advances'>, 'sort' | 'search'>): ListSql {
  const where = new Where().add(OPEN_PROJECT).add('x.spent > x.received');
  searchProject(where, q.search);
  return {
    select: `${PROJECT_COLUMNS}, x.agreement_id, x.spent, x.received`,
    from: `(SELECT c.id AS agreement_id,
        ifnull((SELECT sum(l.amount_fen) FROM ledger_totals l WHERE l.agreement_id = c.id AND l.share = 'grant'), 0)
          AS spent,
        ifnull((SELECT sum(r.amount_fen) FROM agreement_tranches t JOIN tranche_records r ON r.tranche_id = t.id
                WHERE t.agreement_id = c.id), 0)
        - ifnull((SELECT sum(v.amount_fen) FROM recoveries v WHERE v.agreement_id = c.id), 0) AS received
      FROM agreements c
      WHERE c.id IN (SELECT agreement_id FROM ledger_lines WHERE advance = 1
                     UNION SELECT t.agreement_id FROM tranche_records r
                       JOIN agreement_tranches t ON t.id = r.tranche_id WHERE r.kind = 'reversal'
                     UNION SELECT agreement_id FROM recoveries)) x
      ${projectJoin('x.agreement_id')}`,
    where,
    order: orderBy(
      q.sort,
      { openFen: '(x.spent - x.received)', agreementNumber: 'g.agreement_number' },
      'g.id',
      '(x.spent - x.received) DESC, g.id ASC',
    ),
  };
}

export function listOpenAdvances(db: Db, q: Query<'advances'>): ListResult<AdvanceRow> {
  const r = page(db, openAdvancesSql(q), q);
  return {
    total: r.total,
    rows: r.rows.map((x) => ({
      id: x.agreement_id as number,
      ...project(x),
      grantSpentFen: x.spent as number,
      grantReceivedFen: x.received as number,
      openFen: (x.spent as number) - (x.received as number),
    })),
  };
}

/**
 * The list's total alone (the home page's count), through the list's own FROM and WHERE: a page, even of one
 * row, would have to work out and sort every candidate's balance first.
 */
export function countOpenAdvances(db: Db, q: Pick<Query<'advances'>, 'search'>): number {
  const s = openAdvancesSql({ sort: [], search: q.search });
  return prepared(db, `SELECT COUNT(*) FROM ${s.from} ${s.where.sql()}`)
    .pluck()
    .get(...s.where.params) as number;
}

/** Milestones of open projects not yet completed; `overdue`: planned before today. */
export function listMilestoneQueue(db: Db, q: Query<'milestones'>, today: string): ListResult<MilestoneQueueRow> {
  const filtered = (where: Where) => {
    if (q.filters.overdue === true) where.add('m.planned_date < ?', today);
    if (q.filters.overdue === false) where.add('m.planned_date >= ?', today);
    return where;
  };
  const where = filtered(new Where().add('m.completed_date IS NULL').add(OPEN_PROJECT));
  searchProject(where, q.search);
  // Without a search the milestone's own index holds all the count needs (the home page's overdue count).
  const count = q.search
    ? undefined
    : {
        from: 'milestones m',
        where: filtered(new Where().add('m.completed_date IS NULL').add(openProject('m.agreement_id'))),
      };
  const r = page(
    db,
    {
      select: `${PROJECT_COLUMNS}, m.id AS milestone_id, m.name, m.planned_date`,
      from: `milestones m ${projectJoin('m.agreement_id')}`,
      where,
      order: orderBy(
        q.sort,
        { plannedDate: 'm.planned_date', agreementNumber: 'g.agreement_number' },
        'm.id',
        'm.planned_date ASC, m.id ASC',
      ),
      count,
    },
    q,
  );
  return {
    total: r.total,
    rows: r.rows.map((x) => ({
      id: x.milestone_id as number,
      ...project(x),
      name: x.name as string,
      plannedDate: x.planned_date as string,
      overdue: (x.planned_date as string) < today,
    })),
  };
}
