import type { Migration } from './types';

export const migration0017: Migration = {
  version: 17,
  name: 'worklists',
  up(db) {
    db.exec(`
      -- Each check of the operation log's hash chain, so an auditor's home shows when it was last checked and
      -- with what result. Checks are records of fact: never changed or deleted.
      CREATE TABLE log_chain_checks (
        id INTEGER PRIMARY KEY,
        checked_at TEXT NOT NULL,
        checked_by INTEGER NOT NULL REFERENCES users (id),
        ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
        entries INTEGER NOT NULL CHECK (entries >= 0),
        message TEXT,
        CHECK ((ok = 1) = (message IS NULL))
      ) STRICT;
      CREATE TRIGGER log_chain_checks_no_update BEFORE UPDATE ON log_chain_checks
      BEGIN SELECT RAISE(ABORT, 'chain checks are records and cannot be changed'); END;
      CREATE TRIGGER log_chain_checks_no_delete BEFORE DELETE ON log_chain_checks
      BEGIN SELECT RAISE(ABORT, 'chain checks are records and cannot be deleted'); END;

      -- The worklists find waiting work by state across all projects: prepared tranches, pending adjustment
      -- requests, unfinished milestones, and each program's approved projects.
      CREATE INDEX tranche_states_by_state ON tranche_states (state, prepared_by);
      CREATE INDEX budget_adjustments_by_state ON budget_adjustments (state, requested_by);
      CREATE INDEX milestones_open_by_date ON milestones (planned_date) WHERE completed_date IS NULL;
      CREATE INDEX applications_by_program_state ON applications (fund_program_id, state);
      -- Open advances: only projects with a line marked 垫支 (or a reversed tranche) can have spent more grant
      -- than they received, and these are few.
      CREATE INDEX ledger_lines_advances ON ledger_lines (agreement_id) WHERE advance = 1;
    `);
  },
};
