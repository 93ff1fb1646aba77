import type { Db } from '../statements';
import type { Migration } from './types';

const COST_TYPES_SQL = `('building', 'infrastructure', 'fine', 'debt', 'investment', 'vehicle', 'management_fee',
  'subcontract', 'trip_abroad', 'hospitality', 'official_car', 'routine_running', 'irregular_allowance',
  'profit_making')`;

export const migration0012: Migration = {
  version: 12,
  name: 'budgets_and_ledger',
  up(db) {
    db.exec(`
      -- 预算调整 requests. A request is written once and then decided once: pending → approved, rejected or
      -- withdrawn (by its requester). Nothing else about it ever changes, and it is never deleted.
      CREATE TABLE budget_adjustments (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        base_version INTEGER NOT NULL CHECK (base_version >= 1),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'withdrawn')),
        requested_by INTEGER NOT NULL REFERENCES users (id),
        requested_at TEXT NOT NULL,
        decided_by INTEGER REFERENCES users (id),
        decided_at TEXT,
        decision_reason TEXT,
        CHECK ((state = 'pending') = (decided_by IS NULL)),
        CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
        CHECK (state <> 'approved' OR decided_by <> requested_by),
        CHECK (state <> 'withdrawn' OR decided_by = requested_by),
        CHECK (state <> 'rejected' OR ifnull(length(decision_reason), 0) > 0)
      ) STRICT;
      CREATE INDEX budget_adjustments_by_agreement ON budget_adjustments (agreement_id, id);

      CREATE TRIGGER budget_adjustments_insert_pending BEFORE INSERT ON budget_adjustments
      WHEN NEW.state <> 'pending'
      BEGIN SELECT RAISE(ABORT, 'an adjustment request starts pending'); END;
      CREATE TRIGGER budget_adjustments_decide_once BEFORE UPDATE ON budget_adjustments
      WHEN OLD.state <> 'pending' OR NEW.state = 'pending' OR NEW.id IS NOT OLD.id
        OR NEW.agreement_id IS NOT OLD.agreement_id OR NEW.base_version IS NOT OLD.base_version
        OR NEW.reason IS NOT OLD.reason OR NEW.requested_by IS NOT OLD.requested_by
        OR NEW.requested_at IS NOT OLD.requested_at
      BEGIN SELECT RAISE(ABORT, 'an adjustment request is decided once, from pending, and is otherwise final'); END;
      CREATE TRIGGER budget_adjustments_no_delete BEFORE DELETE ON budget_adjustments
      BEGIN SELECT RAISE(ABORT, 'adjustment requests cannot be deleted'); END;

      -- The lines a request changes (new amounts; a new line with its category). Written with the request.
      CREATE TABLE budget_adjustment_lines (
        adjustment_id INTEGER NOT NULL REFERENCES budget_adjustments (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        line_code TEXT NOT NULL CHECK (length(line_code) > 0),
        category_code TEXT,
        cost_type TEXT CHECK (cost_type IS NULL OR cost_type IN ${COST_TYPES_SQL}),
        amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
        PRIMARY KEY (adjustment_id, line_code),
        UNIQUE (adjustment_id, seq)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER budget_adjustment_lines_while_pending BEFORE INSERT ON budget_adjustment_lines
      WHEN NOT EXISTS (SELECT 1 FROM budget_adjustments a WHERE a.id = NEW.adjustment_id AND a.state = 'pending')
      BEGIN SELECT RAISE(ABORT, 'lines belong to a pending adjustment request'); END;
      CREATE TRIGGER budget_adjustment_lines_no_update BEFORE UPDATE ON budget_adjustment_lines
      BEGIN SELECT RAISE(ABORT, 'adjustment request lines cannot be changed'); END;
      CREATE TRIGGER budget_adjustment_lines_no_delete BEFORE DELETE ON budget_adjustment_lines
      BEGIN SELECT RAISE(ABORT, 'adjustment request lines cannot be deleted'); END;

      -- Approved budget versions, 1..n per agreement without gaps. Version 1 is the approval (立项); every
      -- later one is an approved adjustment, approved by someone other than its requester. Immutable.
      CREATE TABLE budget_versions (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        reason TEXT,
        adjustment_id INTEGER UNIQUE REFERENCES budget_adjustments (id),
        requested_by INTEGER REFERENCES users (id),
        requested_at TEXT,
        approved_by INTEGER REFERENCES users (id),
        approved_at TEXT NOT NULL,
        UNIQUE (agreement_id, version),
        CHECK ((version = 1) = (adjustment_id IS NULL)),
        CHECK (version = 1 OR (ifnull(length(reason), 0) > 0 AND requested_by IS NOT NULL AND requested_at IS NOT NULL
          AND approved_by IS NOT NULL AND approved_by <> requested_by))
      ) STRICT;
      CREATE TRIGGER budget_versions_sequence BEFORE INSERT ON budget_versions
      WHEN NEW.version <> (SELECT ifnull(max(version), 0) + 1 FROM budget_versions WHERE agreement_id = NEW.agreement_id)
      BEGIN SELECT RAISE(ABORT, 'budget versions run 1, 2, 3… per agreement without gaps'); END;
      CREATE TRIGGER budget_versions_from_approved_request BEFORE INSERT ON budget_versions
      WHEN NEW.adjustment_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM budget_adjustments a
        WHERE a.id = NEW.adjustment_id AND a.agreement_id = NEW.agreement_id AND a.state = 'approved'
          AND a.requested_by = NEW.requested_by AND a.decided_by = NEW.approved_by)
      BEGIN SELECT RAISE(ABORT, 'a new budget version comes from an approved request of the same agreement'); END;
      CREATE TRIGGER budget_versions_no_update BEFORE UPDATE ON budget_versions
      BEGIN SELECT RAISE(ABORT, 'budget versions are approved and cannot be changed'); END;
      CREATE TRIGGER budget_versions_no_delete BEFORE DELETE ON budget_versions
      BEGIN SELECT RAISE(ABORT, 'budget versions are approved and cannot be deleted'); END;

      -- A version's lines; line codes ('01', '02', …) are stable across versions, a line's category never changes.
      CREATE TABLE budget_version_lines (
        version_id INTEGER NOT NULL REFERENCES budget_versions (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        line_code TEXT NOT NULL CHECK (length(line_code) > 0),
        category_code TEXT NOT NULL CHECK (length(category_code) > 0),
        cost_type TEXT CHECK (cost_type IS NULL OR cost_type IN ${COST_TYPES_SQL}),
        amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
        PRIMARY KEY (version_id, line_code),
        UNIQUE (version_id, seq)
      ) STRICT, WITHOUT ROWID;
      -- Lines are written with their version: a version that has a successor is complete and closed.
      CREATE TRIGGER budget_version_lines_newest_only BEFORE INSERT ON budget_version_lines
      WHEN EXISTS (SELECT 1 FROM budget_versions v JOIN budget_versions later
                     ON later.agreement_id = v.agreement_id AND later.version > v.version
                   WHERE v.id = NEW.version_id)
      BEGIN SELECT RAISE(ABORT, 'lines can only be written with the newest budget version'); END;
      CREATE TRIGGER budget_version_lines_no_update BEFORE UPDATE ON budget_version_lines
      BEGIN SELECT RAISE(ABORT, 'budget versions are approved and cannot be changed'); END;
      CREATE TRIGGER budget_version_lines_no_delete BEFORE DELETE ON budget_version_lines
      BEGIN SELECT RAISE(ABORT, 'budget versions are approved and cannot be deleted'); END;

      -- 支出台账 (财会〔2024〕12号 第二十一条): append only. 凭证号 voucher_no = 'YYYY-0001', gap-free per
      -- agreement and fiscal year (the year of the line's date). A correction is a reversal (红字冲销): the
      -- negated amount of exactly one ordinary line of the same project, at most once, plus a new line.
      CREATE TABLE ledger_lines (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        voucher_year INTEGER NOT NULL CHECK (voucher_year BETWEEN 1000 AND 9999),
        voucher_seq INTEGER NOT NULL CHECK (voucher_seq >= 1),
        voucher_no TEXT NOT NULL,
        date TEXT NOT NULL,
        invoice_no TEXT NOT NULL DEFAULT '',
        line_code TEXT NOT NULL CHECK (length(line_code) > 0),
        share TEXT NOT NULL CHECK (share IN ('grant', 'matching')),
        cost_type TEXT CHECK (cost_type IS NULL OR cost_type IN ${COST_TYPES_SQL}),
        payee TEXT NOT NULL,
        summary TEXT NOT NULL,
        amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
        advance INTEGER NOT NULL CHECK (advance IN (0, 1)),
        reverses_id INTEGER REFERENCES ledger_lines (id),
        reason TEXT NOT NULL DEFAULT '',
        -- The budget version in force when the line was posted (what its over-budget check was made against).
        budget_version INTEGER NOT NULL CHECK (budget_version >= 1),
        posted_by INTEGER NOT NULL REFERENCES users (id),
        posted_at TEXT NOT NULL,
        UNIQUE (agreement_id, voucher_year, voucher_seq),
        CHECK (voucher_no = printf('%d-%04d', voucher_year, voucher_seq)),
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND voucher_year = CAST(substr(date, 1, 4) AS INTEGER)),
        CHECK ((reverses_id IS NULL) = (amount_fen > 0)),
        CHECK (reverses_id IS NULL OR length(reason) > 0),
        CHECK (share = 'grant' OR advance = 0)
      ) STRICT;
      -- ledger.list sorts, filters, counts and sums one project's lines (up to 100,000 among millions) by index
      -- alone: each sort key leads an index after agreement_id and ends in id, so a page is an index walk; the
      -- date index also carries the filter columns and the amount, so counting and summing a filtered ledger
      -- never reads the table; the line index covers the sums per budget line and share.
      CREATE INDEX ledger_lines_by_date ON ledger_lines (agreement_id, date, id, line_code, share, advance, amount_fen);
      CREATE INDEX ledger_lines_by_amount ON ledger_lines (agreement_id, amount_fen, id);
      CREATE INDEX ledger_lines_by_line ON ledger_lines (agreement_id, line_code, id, share, advance, date, amount_fen);
      -- The payee index also carries the other searched texts, so a text search reads no table rows either.
      CREATE INDEX ledger_lines_by_payee ON ledger_lines (agreement_id, payee, id, voucher_no, invoice_no, summary);
      -- Reversals are few: a partial index lists them per project, and its uniqueness is "reversed at most
      -- once" (a reversal and its original share the project, so (project, original) is the original).
      CREATE UNIQUE INDEX ledger_lines_reversal_of ON ledger_lines (agreement_id, reverses_id)
        WHERE reverses_id IS NOT NULL;

      CREATE TRIGGER ledger_lines_gap_free BEFORE INSERT ON ledger_lines
      WHEN NEW.voucher_seq <> (SELECT ifnull(max(voucher_seq), 0) + 1 FROM ledger_lines
                               WHERE agreement_id = NEW.agreement_id AND voucher_year = NEW.voucher_year)
      BEGIN SELECT RAISE(ABORT, 'voucher numbers run 0001, 0002… per project and year without gaps'); END;
      CREATE TRIGGER ledger_lines_reversal_target BEFORE INSERT ON ledger_lines
      WHEN NEW.reverses_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM ledger_lines o
        WHERE o.id = NEW.reverses_id AND o.reverses_id IS NULL AND o.agreement_id = NEW.agreement_id
          AND o.amount_fen = -NEW.amount_fen AND o.line_code = NEW.line_code AND o.share = NEW.share
          AND o.advance = NEW.advance AND o.date <= NEW.date)
      BEGIN SELECT RAISE(ABORT, 'a reversal negates exactly one ordinary line of the same project'); END;
      CREATE TRIGGER ledger_lines_no_update BEFORE UPDATE ON ledger_lines
      BEGIN SELECT RAISE(ABORT, 'ledger lines are posted and cannot be changed'); END;
      CREATE TRIGGER ledger_lines_no_delete BEFORE DELETE ON ledger_lines
      BEGIN SELECT RAISE(ABORT, 'ledger lines are posted and cannot be deleted'); END;
    `);
    backfillVersionOne(db);
  },
};

interface SourceLine {
  seq: number;
  category_code: string;
  cost_type: string | null;
  amount: number;
}

/**
 * Version 1 for the agreements that exist already: the application's lines as the finance review kept them,
 * cut down in proportion when approval granted less (rounded down to the fen, the fen left over to the largest
 * remainders, earlier lines first on a tie). Written out here rather than imported: a released migration
 * must do the same thing forever.
 */
function backfillVersionOne(db: Db): void {
  const agreements = db
    .prepare('SELECT id, application_id, approved_fen, created_at, created_by FROM agreements ORDER BY id')
    .all() as { id: number; application_id: number; approved_fen: number; created_at: string; created_by: number }[];
  const linesOf = db.prepare(
    `SELECT seq, category_code, cost_type, ifnull(approved_fen, amount_fen) AS amount
     FROM application_budget_lines WHERE application_id = ? ORDER BY seq`,
  );
  const insertVersion = db.prepare(
    'INSERT INTO budget_versions (agreement_id, version, approved_by, approved_at) VALUES (?, 1, ?, ?)',
  );
  const insertLine = db.prepare(
    `INSERT INTO budget_version_lines (version_id, seq, line_code, category_code, cost_type, amount_fen)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const a of agreements) {
    const lines = linesOf.all(a.application_id) as SourceLine[];
    const amounts = scaledDown(
      lines.map((l) => l.amount),
      a.approved_fen,
    );
    const versionId = Number(insertVersion.run(a.id, a.created_by, a.created_at).lastInsertRowid);
    lines.forEach((l, i) =>
      insertLine.run(versionId, i + 1, String(l.seq).padStart(2, '0'), l.category_code, l.cost_type, amounts[i]),
    );
  }
}

function scaledDown(amounts: readonly number[], target: number): number[] {
  const sum = amounts.reduce((s, n) => s + BigInt(n), 0n);
  const t = BigInt(target);
  if (sum === 0n || sum <= t) return [...amounts];
  const shares = amounts.map((n) => BigInt(n) * t);
  const out = shares.map((s) => Number(s / sum));
  let left = target - out.reduce((s, n) => s + n, 0);
  const order = amounts.map((_, i) => i).sort((x, y) => Number((shares[y]! % sum) - (shares[x]! % sum)) || x - y);
  for (const i of order) {
    if (left === 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}
