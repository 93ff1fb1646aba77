import type { TrancheCondition } from '../core/rule-set';
import type { TrancheState } from '../core/tranche-state';
import { prepared, type Db } from './statements';

export interface Person {
  id: number;
  displayName: string;
}

/** A planned tranche (agreement_tranches) with where it stands (tranche_states; no row = planned). */
export interface TrancheRow {
  id: number;
  agreementId: number;
  seq: number;
  percent: number;
  amountFen: number;
  condition: TrancheCondition;
  milestoneName: string | null;
  state: TrancheState;
  voucherNo: string | null;
  voucherDate: string | null;
  preparedBy: Person | null;
  preparedAt: string | null;
  releasedBy: Person | null;
  releasedAt: string | null;
}

export type TrancheRecordKind = 'release' | 'reversal' | 'cancellation';

export interface TrancheRecordRow {
  id: number;
  trancheId: number;
  kind: TrancheRecordKind;
  amountFen: number;
  voucherNo: string | null;
  date: string;
  reason: string;
  reversesId: number | null;
  preparedBy: number | null;
  by: Person;
  at: string;
}

const TRANCHE_SELECT = `
  SELECT t.id, t.agreement_id, t.seq, t.percent, t.amount_fen, t.condition, t.milestone_name,
    ifnull(s.state, 'planned') AS state, s.voucher_no, s.voucher_date, s.prepared_at, s.released_at,
    s.prepared_by, pu.display_name AS prepared_name, s.released_by, ru.display_name AS released_name
  FROM agreement_tranches t
  LEFT JOIN tranche_states s ON s.tranche_id = t.id
  LEFT JOIN users pu ON pu.id = s.prepared_by
  LEFT JOIN users ru ON ru.id = s.released_by`;

const person = (id: unknown, name: unknown): Person | null =>
  id === null || id === undefined ? null : { id: id as number, displayName: (name as string | null) ?? '' };

function toTranche(r: Record<string, unknown>): TrancheRow {
  return {
    id: r.id as number,
    agreementId: r.agreement_id as number,
    seq: r.seq as number,
    percent: r.percent as number,
    amountFen: r.amount_fen as number,
    condition: r.condition as TrancheCondition,
    milestoneName: (r.milestone_name as string | null) ?? null,
    state: r.state as TrancheState,
    voucherNo: (r.voucher_no as string | null) ?? null,
    voucherDate: (r.voucher_date as string | null) ?? null,
    preparedBy: person(r.prepared_by, r.prepared_name),
    preparedAt: (r.prepared_at as string | null) ?? null,
    releasedBy: person(r.released_by, r.released_name),
    releasedAt: (r.released_at as string | null) ?? null,
  };
}

export function listTranches(db: Db, agreementId: number): TrancheRow[] {
  const rows = prepared(db, `${TRANCHE_SELECT} WHERE t.agreement_id = ? ORDER BY t.seq`).all(agreementId);
  return (rows as Record<string, unknown>[]).map(toTranche);
}

export function getTranche(db: Db, trancheId: number): TrancheRow | null {
  const r = prepared(db, `${TRANCHE_SELECT} WHERE t.id = ?`).get(trancheId) as Record<string, unknown> | undefined;
  return r ? toTranche(r) : null;
}

/** The application whose agreement holds the tranche. */
export function applicationOfTranche(db: Db, trancheId: number): number | null {
  return (
    (prepared(
      db,
      `SELECT a.application_id FROM agreement_tranches t JOIN agreements a ON a.id = t.agreement_id WHERE t.id = ?`,
    )
      .pluck()
      .get(trancheId) as number | undefined) ?? null
  );
}

export interface TrancheStateFields {
  state: TrancheState;
  voucherNo: string | null;
  voucherDate: string | null;
  preparedBy: number | null;
  preparedAt: string | null;
  releasedBy: number | null;
  releasedAt: string | null;
}

export function setTrancheState(db: Db, trancheId: number, s: TrancheStateFields, now: string): void {
  prepared(
    db,
    `INSERT INTO tranche_states (tranche_id, state, voucher_no, voucher_date, prepared_by, prepared_at, released_by,
       released_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tranche_id) DO UPDATE SET state = excluded.state, voucher_no = excluded.voucher_no,
       voucher_date = excluded.voucher_date, prepared_by = excluded.prepared_by, prepared_at = excluded.prepared_at,
       released_by = excluded.released_by, released_at = excluded.released_at, updated_at = excluded.updated_at`,
  ).run(trancheId, s.state, s.voucherNo, s.voucherDate, s.preparedBy, s.preparedAt, s.releasedBy, s.releasedAt, now);
}

export interface NewTrancheRecord {
  trancheId: number;
  kind: TrancheRecordKind;
  amountFen: number;
  voucherNo: string | null;
  date: string;
  reason: string;
  reversesId: number | null;
  preparedBy: number | null;
  by: number;
  at: string;
}

/** Posts a record; the table refuses any later change (see migration 0010). */
export function insertTrancheRecord(db: Db, r: NewTrancheRecord): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO tranche_records (tranche_id, kind, amount_fen, voucher_no, date, reason, reverses_id, prepared_by,
       by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.trancheId, r.kind, r.amountFen, r.voucherNo, r.date, r.reason, r.reversesId, r.preparedBy, r.by, r.at);
  return Number(lastInsertRowid);
}

/** Every record of the agreement's tranches, oldest first. */
export function listTrancheRecords(db: Db, agreementId: number): TrancheRecordRow[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.tranche_id, r.kind, r.amount_fen, r.voucher_no, r.date, r.reason, r.reverses_id, r.prepared_by,
       r.by_user, u.display_name, r.at
     FROM tranche_records r JOIN agreement_tranches t ON t.id = r.tranche_id JOIN users u ON u.id = r.by_user
     WHERE t.agreement_id = ? ORDER BY r.id`,
  ).all(agreementId) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    trancheId: r.tranche_id as number,
    kind: r.kind as TrancheRecordKind,
    amountFen: r.amount_fen as number,
    voucherNo: (r.voucher_no as string | null) ?? null,
    date: r.date as string,
    reason: r.reason as string,
    reversesId: (r.reverses_id as number | null) ?? null,
    preparedBy: (r.prepared_by as number | null) ?? null,
    by: { id: r.by_user as number, displayName: r.display_name as string },
    at: r.at as string,
  }));
}
