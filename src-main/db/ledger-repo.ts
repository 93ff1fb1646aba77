import type { CostType } from '../contract/index';
import { pinyinSortKey } from '../core/pinyin-key';
import type { FundingShare } from '../core/ledger';
import { containsPattern, limitOffset, Where } from './list-sql';
import { bool, prepared, type Db } from './statements';

/** A posted ledger line as stored, with the links to its reversal (or to the line it reverses). */
export interface LedgerRecord {
  id: number;
  agreementId: number;
  voucherNo: string;
  date: string;
  invoiceNo: string;
  lineCode: string;
  share: FundingShare;
  costType: CostType | null;
  payee: string;
  summary: string;
  amountFen: number;
  advance: boolean;
  reversesId: number | null;
  reversesVoucherNo: string | null;
  reversedById: number | null;
  reversedByVoucherNo: string | null;
  reason: string;
  budgetVersion: number;
  postedBy: { id: number; displayName: string };
  postedAt: string;
}

export interface NewLedgerLine {
  agreementId: number;
  year: number;
  seq: number;
  voucherNo: string;
  date: string;
  invoiceNo: string;
  lineCode: string;
  share: FundingShare;
  costType: CostType | null;
  payee: string;
  summary: string;
  amountFen: number;
  advance: boolean;
  reversesId: number | null;
  reason: string;
  budgetVersion: number;
  postedBy: number;
  postedAt: string;
}

/**
 * Payees repeat across a project's lines (and a bulk import or the demo writes hundreds of thousands of lines),
 * so each distinct payee is read once; the memo is dropped when it grows large.
 */
const payeeKeys = new Map<string, string>();
function payeeKey(payee: string): string {
  let key = payeeKeys.get(payee);
  if (key === undefined) {
    if (payeeKeys.size >= 10_000) payeeKeys.clear();
    key = pinyinSortKey(payee);
    payeeKeys.set(payee, key);
  }
  return key;
}

/** Posts a line; the table checks the voucher sequence and the reversal link, and refuses any later change. */
export function insertLedgerLine(db: Db, l: NewLedgerLine): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO ledger_lines (agreement_id, voucher_year, voucher_seq, voucher_no, date, invoice_no, line_code, share,
       cost_type, payee, summary, amount_fen, advance, reverses_id, reason, budget_version, posted_by, posted_at,
       payee_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    l.agreementId,
    l.year,
    l.seq,
    l.voucherNo,
    l.date,
    l.invoiceNo,
    l.lineCode,
    l.share,
    l.costType,
    l.payee,
    l.summary,
    l.amountFen,
    l.advance ? 1 : 0,
    l.reversesId,
    l.reason,
    l.budgetVersion,
    l.postedBy,
    l.postedAt,
    payeeKey(l.payee),
  );
  return Number(lastInsertRowid);
}

/** The last voucher sequence number used in a year (0 when none): gap-free, so also the count. */
export function lastVoucherSeq(db: Db, agreementId: number, year: number): number {
  return prepared(
    db,
    'SELECT ifnull(max(voucher_seq), 0) FROM ledger_lines WHERE agreement_id = ? AND voucher_year = ?',
  )
    .pluck()
    .get(agreementId, year) as number;
}

/**
 * Net amounts per budget line and share, reversals included (what actualByLine / spentFen fold), with how
 * many lines each holds: read from ledger_totals, which a trigger keeps as lines are posted, a few
 * rows however long the project's ledger is.
 */
export function ledgerTotals(
  db: Db,
  agreementId: number,
): { lineCode: string; share: FundingShare; amountFen: number; count: number }[] {
  return prepared(
    db,
    `SELECT line_code AS lineCode, share, amount_fen AS amountFen, lines AS count FROM ledger_totals
     WHERE agreement_id = ? ORDER BY line_code, share`,
  ).all(agreementId) as { lineCode: string; share: FundingShare; amountFen: number; count: number }[];
}

const SELECT = `SELECT l.id, l.agreement_id, l.voucher_no, l.date, l.invoice_no, l.line_code, l.share, l.cost_type,
    l.payee, l.summary, l.amount_fen, l.advance, l.reverses_id, o.voucher_no AS reverses_voucher_no,
    r.id AS reversed_by_id, r.voucher_no AS reversed_by_voucher_no, l.reason, l.budget_version, l.posted_by,
    u.display_name AS posted_name, l.posted_at
  FROM ledger_lines l
  JOIN users u ON u.id = l.posted_by
  LEFT JOIN ledger_lines o ON o.id = l.reverses_id
  LEFT JOIN ledger_lines r ON r.agreement_id = l.agreement_id AND r.reverses_id = l.id`;

function toRecord(r: Record<string, unknown>): LedgerRecord {
  return {
    id: r.id as number,
    agreementId: r.agreement_id as number,
    voucherNo: r.voucher_no as string,
    date: r.date as string,
    invoiceNo: r.invoice_no as string,
    lineCode: r.line_code as string,
    share: r.share as FundingShare,
    costType: (r.cost_type as CostType | null) ?? null,
    payee: r.payee as string,
    summary: r.summary as string,
    amountFen: r.amount_fen as number,
    advance: bool(r.advance),
    reversesId: (r.reverses_id as number | null) ?? null,
    reversesVoucherNo: (r.reverses_voucher_no as string | null) ?? null,
    reversedById: (r.reversed_by_id as number | null) ?? null,
    reversedByVoucherNo: (r.reversed_by_voucher_no as string | null) ?? null,
    reason: r.reason as string,
    budgetVersion: r.budget_version as number,
    postedBy: { id: r.posted_by as number, displayName: r.posted_name as string },
    postedAt: r.posted_at as string,
  };
}

export function getLedgerLine(db: Db, id: number): LedgerRecord | null {
  const r = prepared(db, `${SELECT} WHERE l.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toRecord(r) : null;
}

/** The reversal of a line, if it has one (a line is reversed at most once, within its project). */
export function reversalOf(db: Db, line: Pick<LedgerRecord, 'id' | 'agreementId'>): LedgerRecord | null {
  const r = prepared(db, `${SELECT} WHERE l.agreement_id = ? AND l.reverses_id = ?`).get(line.agreementId, line.id) as
    Record<string, unknown> | undefined;
  return r ? toRecord(r) : null;
}

/** Every line of a project in voucher order (for tests, exports and the property checks). */
export function listAllLedgerLines(db: Db, agreementId: number): LedgerRecord[] {
  const rows = prepared(db, `${SELECT} WHERE l.agreement_id = ? ORDER BY l.voucher_year, l.voucher_seq`).all(
    agreementId,
  );
  return (rows as Record<string, unknown>[]).map(toRecord);
}

/**
 * Every line of a project in voucher order, one at a time: an export of 100,000 lines writes each as it is
 * read instead of holding them all.
 */
export function* eachLedgerLine(db: Db, agreementId: number): Generator<LedgerRecord> {
  const stmt = prepared(db, `${SELECT} WHERE l.agreement_id = ? ORDER BY l.voucher_year, l.voucher_seq`);
  for (const r of stmt.iterate(agreementId) as Iterable<Record<string, unknown>>) yield toRecord(r);
}

export type LedgerSortKey = 'date' | 'voucherNo' | 'amountFen' | 'lineCode' | 'payee';

export interface LedgerQuery {
  page: number;
  pageSize: number;
  sort: readonly { id: LedgerSortKey; desc: boolean }[];
  search: string;
  filters: {
    lineCode?: string | undefined;
    share?: FundingShare | undefined;
    dateFrom?: string | undefined;
    dateTo?: string | undefined;
    reversals?: 'all' | 'reversalsOnly' | 'hideReversed' | undefined;
    advance?: boolean | undefined;
  };
}

/** Each sort key is a fixed list of columns; every one of them leads an index after agreement_id. */
const SORT_COLUMNS: Record<LedgerSortKey, readonly string[]> = {
  date: ['l.date'],
  voucherNo: ['l.voucher_year', 'l.voucher_seq'],
  amountFen: ['l.amount_fen'],
  lineCode: ['l.line_code'],
  payee: ['l.payee_key'],
};

/** ORDER BY from the allow-list, ending in the id (in the last key's direction) so pages are stable. */
export function ledgerOrderBy(sort: LedgerQuery['sort']): string {
  const seen = new Set<LedgerSortKey>();
  const keys: string[] = [];
  let lastDesc = false;
  for (const s of sort) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    for (const column of SORT_COLUMNS[s.id]) keys.push(`${column} ${s.desc ? 'DESC' : 'ASC'}`);
    lastDesc = s.desc;
  }
  if (keys.length === 0) return 'ORDER BY l.date ASC, l.id ASC';
  return `ORDER BY ${keys.join(', ')}, l.id ${lastDesc ? 'DESC' : 'ASC'}`;
}

export function ledgerWhere(agreementId: number, q: Pick<LedgerQuery, 'search' | 'filters'>): Where {
  const where = new Where().add('l.agreement_id = ?', agreementId);
  const f = q.filters;
  if (f.lineCode !== undefined) where.add('l.line_code = ?', f.lineCode);
  if (f.share !== undefined) where.add('l.share = ?', f.share);
  if (f.dateFrom !== undefined) where.add('l.date >= ?', f.dateFrom);
  if (f.dateTo !== undefined) where.add('l.date <= ?', f.dateTo);
  if (f.advance !== undefined) where.add('l.advance = ?', f.advance ? 1 : 0);
  // The project's reversals come from their small partial index, once per query, so the test on each line
  // needs only its id, which every index carries.
  if (f.reversals === 'reversalsOnly')
    where.add(
      'l.id IN (SELECT x.id FROM ledger_lines x WHERE x.agreement_id = ? AND x.reverses_id IS NOT NULL)',
      agreementId,
    );
  if (f.reversals === 'hideReversed')
    where.add(
      `l.id NOT IN (SELECT x.id FROM ledger_lines x WHERE x.agreement_id = ? AND x.reverses_id IS NOT NULL
         UNION ALL SELECT x.reverses_id FROM ledger_lines x WHERE x.agreement_id = ? AND x.reverses_id IS NOT NULL)`,
      agreementId,
      agreementId,
    );
  if (q.search !== '') {
    // Matched once over the payee index (which carries every searched text), then tested by id alone.
    const p = containsPattern(q.search);
    where.add(
      `l.id IN (SELECT s.id FROM ledger_lines s WHERE s.agreement_id = ? AND (s.voucher_no LIKE ? ESCAPE '\\'
         OR s.invoice_no LIKE ? ESCAPE '\\' OR s.payee LIKE ? ESCAPE '\\' OR s.summary LIKE ? ESCAPE '\\'))`,
      agreementId,
      p,
      p,
      p,
      p,
    );
  }
  return where;
}

export function ledgerPageSql(where: Where, sort: LedgerQuery['sort']): string {
  const order = ledgerOrderBy(sort);
  // Ids first, by index alone; only the page's rows are then read and joined.
  return `${SELECT} JOIN (SELECT l.id FROM ledger_lines l ${where.sql()} ${order} LIMIT ? OFFSET ?) page ON page.id = l.id
    ${order}`;
}

export function ledgerCountSql(where: Where): string {
  return `SELECT count(*) AS n, ifnull(sum(l.amount_fen), 0) AS s FROM ledger_lines l ${where.sql()}`;
}

/**
 * The count and sum of a project's lines, or of one budget line or share, from the ledger totals: a few rows
 * instead of up to 100,000 lines. Null when a search or another filter needs the lines themselves.
 */
function countFromTotals(
  db: Db,
  agreementId: number,
  q: Pick<LedgerQuery, 'search' | 'filters'>,
): { n: number; s: number } | null {
  const f = q.filters;
  const byTotals = Object.entries(f).every(([k, v]) => v === undefined || k === 'lineCode' || k === 'share');
  if (q.search !== '' || !byTotals) return null;
  return prepared(
    db,
    `SELECT ifnull(sum(lines), 0) AS n, ifnull(sum(amount_fen), 0) AS s FROM ledger_totals
     WHERE agreement_id = ? AND line_code = ifnull(?, line_code) AND share = ifnull(?, share)`,
  ).get(agreementId, f.lineCode ?? null, f.share ?? null) as { n: number; s: number };
}

/** One page of a project's ledger, with the count and the sum of every line the filters keep. */
export function listLedger(
  db: Db,
  agreementId: number,
  q: LedgerQuery,
): { rows: LedgerRecord[]; total: number; sumFen: number } {
  const where = ledgerWhere(agreementId, q);
  const agg =
    countFromTotals(db, agreementId, q) ??
    (prepared(db, ledgerCountSql(where)).get(...where.params) as { n: number; s: number });
  const [limit, offset] = limitOffset(q);
  const rows = prepared(db, ledgerPageSql(where, q.sort)).all(...where.params, limit, offset) as Record<
    string,
    unknown
  >[];
  return { rows: rows.map(toRecord), total: agg.n, sumFen: agg.s };
}

/**
 * Every line the list's filters keep, in the list's order, without paging: the export of the grid as shown.
 * Iterated (not the statement cache, which an open iterator would keep busy), so 100,000 lines are never
 * held at once.
 */
export function* iterateLedger(
  db: Db,
  agreementId: number,
  q: Pick<LedgerQuery, 'search' | 'filters' | 'sort'>,
): Generator<LedgerRecord> {
  const where = ledgerWhere(agreementId, q);
  const stmt = db.prepare(`${SELECT} ${where.sql()} ${ledgerOrderBy(q.sort)}`);
  for (const r of stmt.iterate(...where.params) as Iterable<Record<string, unknown>>) yield toRecord(r);
}

/** The application whose project (agreement) the ledger line belongs to. */
export function applicationOfLedgerLine(db: Db, lineId: number): number | null {
  return (
    (prepared(
      db,
      'SELECT g.application_id FROM ledger_lines l JOIN agreements g ON g.id = l.agreement_id WHERE l.id = ?',
    )
      .pluck()
      .get(lineId) as number | undefined) ?? null
  );
}
