import type { Migration } from './types';

export const migration0014: Migration = {
  version: 14,
  name: 'recoveries',
  up(db) {
    db.exec(`
      -- 资金收回: grant money paid back by the organization, each with the bureau's receipt voucher (entered by
      -- the officer, not numbered by the app). Two kinds, because they mean different things at close-out:
      --   'unspent'    grant received but never spent, paid back;
      --   'disallowed' spending found ineligible (by inspection or audit) and paid back. The finding and the
      --                repayment are recorded together, so the sum of these rows is both the disallowed spending
      --                and part of what was recovered (close-out's MoneyFacts.disallowedFen and recoveredFen).
      -- Posted money: append only, never into a locked fiscal year, never for a closed project.
      CREATE TABLE recoveries (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        kind TEXT NOT NULL CHECK (kind IN ('unspent', 'disallowed')),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        voucher_no TEXT NOT NULL CHECK (length(trim(voucher_no)) > 0),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        reason TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER NOT NULL REFERENCES users (id),
        recorded_at TEXT NOT NULL,
        CHECK (kind <> 'disallowed' OR length(trim(reason)) > 0)
      ) STRICT;
      CREATE INDEX recoveries_by_agreement ON recoveries (agreement_id, id);
      CREATE TRIGGER recoveries_no_update BEFORE UPDATE ON recoveries
      BEGIN SELECT RAISE(ABORT, 'recoveries are posted and cannot be changed'); END;
      CREATE TRIGGER recoveries_no_delete BEFORE DELETE ON recoveries
      BEGIN SELECT RAISE(ABORT, 'recoveries are posted and cannot be deleted'); END;

      -- The services refuse these first, naming the rule; the triggers make sure no code path can post money
      -- to a closed project (结项) or into a locked fiscal year (结账, 财会〔2024〕12号 第二十四条).
      CREATE TRIGGER recoveries_open_project BEFORE INSERT ON recoveries
      WHEN EXISTS (SELECT 1 FROM project_closeouts WHERE agreement_id = NEW.agreement_id)
      BEGIN SELECT RAISE(ABORT, 'a closed project is read-only'); END;
      CREATE TRIGGER recoveries_open_period BEFORE INSERT ON recoveries
      WHEN EXISTS (SELECT 1 FROM fiscal_period_locks WHERE year = CAST(substr(NEW.date, 1, 4) AS INTEGER))
      BEGIN SELECT RAISE(ABORT, 'nothing can be posted into a locked fiscal year'); END;

      CREATE TRIGGER ledger_lines_open_project BEFORE INSERT ON ledger_lines
      WHEN EXISTS (SELECT 1 FROM project_closeouts WHERE agreement_id = NEW.agreement_id)
      BEGIN SELECT RAISE(ABORT, 'a closed project is read-only'); END;
      CREATE TRIGGER ledger_lines_open_period BEFORE INSERT ON ledger_lines
      WHEN EXISTS (SELECT 1 FROM fiscal_period_locks WHERE year = NEW.voucher_year)
      BEGIN SELECT RAISE(ABORT, 'nothing can be posted into a locked fiscal year'); END;

      CREATE TRIGGER tranche_records_open_project BEFORE INSERT ON tranche_records
      WHEN EXISTS (SELECT 1 FROM agreement_tranches t JOIN project_closeouts c ON c.agreement_id = t.agreement_id
                   WHERE t.id = NEW.tranche_id)
      BEGIN SELECT RAISE(ABORT, 'a closed project is read-only'); END;
      -- (A tranche reversal is written before its service learns the date is locked and then rolls back, so
      -- tranche records get no period trigger: it would turn that named refusal into an internal error.)

      CREATE TRIGGER budget_versions_open_project BEFORE INSERT ON budget_versions
      WHEN EXISTS (SELECT 1 FROM project_closeouts WHERE agreement_id = NEW.agreement_id)
      BEGIN SELECT RAISE(ABORT, 'a closed project is read-only'); END;

      -- The fiscal period page lists every year with posted money; this lets it find the ledger's years by
      -- seeking from one year to the next instead of reading every line.
      CREATE INDEX ledger_lines_by_year ON ledger_lines (voucher_year);
    `);
  },
};
