import type { AdjustmentState, CostType } from '../contract/index';
import { prepared, type Db } from './statements';

export interface Person {
  id: number;
  displayName: string;
}

export interface StoredBudgetLine {
  lineCode: string;
  categoryCode: string;
  costType: CostType | null;
  /** The grant share (财政资金). */
  amountFen: number;
  /** The matching share (配套资金). */
  matchingFen: number;
}

export interface StoredVersion {
  id: number;
  version: number;
  reason: string | null;
  adjustmentId: number | null;
  requestedBy: Person | null;
  requestedAt: string | null;
  approvedBy: Person | null;
  approvedAt: string;
  lines: StoredBudgetLine[];
}

export interface NewVersion {
  agreementId: number;
  version: number;
  reason: string | null;
  adjustmentId: number | null;
  requestedBy: number | null;
  requestedAt: string | null;
  approvedBy: number | null;
  approvedAt: string;
  lines: readonly StoredBudgetLine[];
}

/** Writes a version with its lines (the table refuses any later change, see migration 0012). */
export function insertBudgetVersion(db: Db, v: NewVersion): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO budget_versions (agreement_id, version, reason, adjustment_id, requested_by, requested_at,
       approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.agreementId, v.version, v.reason, v.adjustmentId, v.requestedBy, v.requestedAt, v.approvedBy, v.approvedAt);
  const id = Number(lastInsertRowid);
  const insert = prepared(
    db,
    `INSERT INTO budget_version_lines (version_id, seq, line_code, category_code, cost_type, amount_fen, matching_fen)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  v.lines.forEach((l, i) => insert.run(id, i + 1, l.lineCode, l.categoryCode, l.costType, l.amountFen, l.matchingFen));
  return id;
}

function person(id: unknown, name: unknown): Person | null {
  return id === null || id === undefined ? null : { id: id as number, displayName: (name as string | null) ?? '' };
}

/** Every version of an agreement's budget, oldest first, each with its lines in order. */
export function listBudgetVersions(db: Db, agreementId: number): StoredVersion[] {
  const rows = prepared(
    db,
    `SELECT v.id, v.version, v.reason, v.adjustment_id, v.requested_by, rq.display_name AS requested_name,
       v.requested_at, v.approved_by, ap.display_name AS approved_name, v.approved_at
     FROM budget_versions v
     LEFT JOIN users rq ON rq.id = v.requested_by LEFT JOIN users ap ON ap.id = v.approved_by
     WHERE v.agreement_id = ? ORDER BY v.version`,
  ).all(agreementId) as Record<string, unknown>[];
  const lines = prepared(
    db,
    `SELECT line_code AS lineCode, category_code AS categoryCode, cost_type AS costType, amount_fen AS amountFen,
       matching_fen AS matchingFen
     FROM budget_version_lines WHERE version_id = ? ORDER BY seq`,
  );
  return rows.map((r) => ({
    id: r.id as number,
    version: r.version as number,
    reason: (r.reason as string | null) ?? null,
    adjustmentId: (r.adjustment_id as number | null) ?? null,
    requestedBy: person(r.requested_by, r.requested_name),
    requestedAt: (r.requested_at as string | null) ?? null,
    approvedBy: person(r.approved_by, r.approved_name),
    approvedAt: r.approved_at as string,
    lines: lines.all(r.id) as StoredBudgetLine[],
  }));
}

export interface AdjustmentLineRecord {
  lineCode: string;
  categoryCode: string | null;
  costType: CostType | null;
  amountFen: number;
  /** The line's matching share after the adjustment (its base version's when the request left it). */
  matchingFen: number;
}

export interface AdjustmentRecord {
  id: number;
  agreementId: number;
  baseVersion: number;
  reason: string;
  state: AdjustmentState;
  requestedBy: Person;
  requestedAt: string;
  decidedBy: Person | null;
  decidedAt: string | null;
  decisionReason: string | null;
  lines: AdjustmentLineRecord[];
}

export interface NewAdjustment {
  agreementId: number;
  baseVersion: number;
  reason: string;
  requestedBy: number;
  requestedAt: string;
  lines: readonly AdjustmentLineRecord[];
}

export function insertAdjustment(db: Db, a: NewAdjustment): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO budget_adjustments (agreement_id, base_version, reason, state, requested_by, requested_at)
     VALUES (?, ?, ?, 'pending', ?, ?)`,
  ).run(a.agreementId, a.baseVersion, a.reason, a.requestedBy, a.requestedAt);
  const id = Number(lastInsertRowid);
  const insert = prepared(
    db,
    `INSERT INTO budget_adjustment_lines (adjustment_id, seq, line_code, category_code, cost_type, amount_fen,
       matching_fen) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  a.lines.forEach((l, i) => insert.run(id, i + 1, l.lineCode, l.categoryCode, l.costType, l.amountFen, l.matchingFen));
  return id;
}

/** pending → approved / rejected / withdrawn; the table allows exactly this one change. */
export function decideAdjustment(
  db: Db,
  id: number,
  d: { state: Exclude<AdjustmentState, 'pending'>; by: number; at: string; reason: string | null },
): void {
  prepared(
    db,
    `UPDATE budget_adjustments SET state = ?, decided_by = ?, decided_at = ?, decision_reason = ?
     WHERE id = ? AND state = 'pending'`,
  ).run(d.state, d.by, d.at, d.reason, id);
}

const ADJUSTMENT_SELECT = `SELECT a.id, a.agreement_id, a.base_version, a.reason, a.state, a.requested_by,
    rq.display_name AS requested_name, a.requested_at, a.decided_by, dc.display_name AS decided_name, a.decided_at,
    a.decision_reason
  FROM budget_adjustments a JOIN users rq ON rq.id = a.requested_by LEFT JOIN users dc ON dc.id = a.decided_by`;

function toAdjustment(db: Db, r: Record<string, unknown>): AdjustmentRecord {
  const lines = prepared(
    db,
    `SELECT line_code AS lineCode, category_code AS categoryCode, cost_type AS costType, amount_fen AS amountFen,
       matching_fen AS matchingFen
     FROM budget_adjustment_lines WHERE adjustment_id = ? ORDER BY seq`,
  ).all(r.id) as AdjustmentLineRecord[];
  return {
    id: r.id as number,
    agreementId: r.agreement_id as number,
    baseVersion: r.base_version as number,
    reason: r.reason as string,
    state: r.state as AdjustmentState,
    requestedBy: person(r.requested_by, r.requested_name)!,
    requestedAt: r.requested_at as string,
    decidedBy: person(r.decided_by, r.decided_name),
    decidedAt: (r.decided_at as string | null) ?? null,
    decisionReason: (r.decision_reason as string | null) ?? null,
    lines,
  };
}

export function getAdjustment(db: Db, id: number): AdjustmentRecord | null {
  const r = prepared(db, `${ADJUSTMENT_SELECT} WHERE a.id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toAdjustment(db, r) : null;
}

/** Newest first. */
export function listAdjustments(db: Db, agreementId: number): AdjustmentRecord[] {
  const rows = prepared(db, `${ADJUSTMENT_SELECT} WHERE a.agreement_id = ? ORDER BY a.id DESC`).all(agreementId);
  return (rows as Record<string, unknown>[]).map((r) => toAdjustment(db, r));
}

/** The application whose agreement the adjustment request belongs to. */
export function applicationOfAdjustment(db: Db, adjustmentId: number): number | null {
  return (
    (prepared(
      db,
      `SELECT g.application_id FROM budget_adjustments a JOIN agreements g ON g.id = a.agreement_id WHERE a.id = ?`,
    )
      .pluck()
      .get(adjustmentId) as number | undefined) ?? null
  );
}
