import type { Migration } from './types';

export const migration0008: Migration = {
  version: 8,
  name: 'agreements',
  up(db) {
    db.exec(`
      -- 项目协议, created on approval; the number is the approval number. Signing sets the date later.
      CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL UNIQUE REFERENCES applications (id),
        agreement_number TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(agreement_number) > 0),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        approved_fen INTEGER NOT NULL CHECK (approved_fen > 0),
        signed_date TEXT,
        signed_by INTEGER REFERENCES users (id),
        signed_at TEXT,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        CHECK (period_end >= period_start),
        CHECK ((signed_date IS NULL) = (signed_at IS NULL))
      ) STRICT;

      -- The plan in money: amounts add up to the agreement's approved amount (checked by the service).
      -- Disbursements (issue 4) will point at these rows.
      CREATE TABLE agreement_tranches (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
        amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
        condition TEXT NOT NULL CHECK (condition IN ('on_signing', 'midterm_passed', 'milestone_verified')),
        milestone_name TEXT,
        UNIQUE (agreement_id, seq),
        CHECK (condition <> 'milestone_verified' OR ifnull(length(milestone_name), 0) > 0)
      ) STRICT;
    `);
  },
};
