import type { Migration } from './types';

export const migration0011: Migration = {
  version: 11,
  name: 'project_status',
  up(db) {
    db.exec(`
      -- 结项: one row per closed project (an agreement). A closed project is read-only everywhere, so the
      -- row is final: there is no reopening, and the closing balance is kept as it stood on the day.
      CREATE TABLE project_closeouts (
        agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id),
        closed_date TEXT NOT NULL,
        approved_fen INTEGER NOT NULL,
        grant_received_fen INTEGER NOT NULL,
        grant_spent_fen INTEGER NOT NULL,
        matching_spent_fen INTEGER NOT NULL,
        recovered_fen INTEGER NOT NULL CHECK (recovered_fen >= 0),
        -- The checklist as it was evaluated when closing (JSON array), so an auditor sees what was checked.
        checklist TEXT NOT NULL CHECK (json_valid(checklist)),
        note TEXT NOT NULL DEFAULT '',
        closed_by INTEGER NOT NULL REFERENCES users (id),
        closed_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER project_closeouts_no_update BEFORE UPDATE ON project_closeouts
      BEGIN SELECT RAISE(ABORT, 'a close-out is final and cannot be changed'); END;
      CREATE TRIGGER project_closeouts_no_delete BEFORE DELETE ON project_closeouts
      BEGIN SELECT RAISE(ABORT, 'a close-out is final and cannot be deleted'); END;

      -- 结账: a fiscal year closed for posting. Nothing may be posted into a locked year afterwards.
      CREATE TABLE fiscal_period_locks (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 1000 AND 9999),
        note TEXT NOT NULL DEFAULT '',
        locked_by INTEGER NOT NULL REFERENCES users (id),
        locked_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER fiscal_period_locks_no_update BEFORE UPDATE ON fiscal_period_locks
      BEGIN SELECT RAISE(ABORT, 'a period lock cannot be changed'); END;
      CREATE TRIGGER fiscal_period_locks_no_delete BEFORE DELETE ON fiscal_period_locks
      BEGIN SELECT RAISE(ABORT, 'a period lock cannot be removed'); END;
    `);
  },
};
