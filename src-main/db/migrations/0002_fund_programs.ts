import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'fund_programs',
  up(db) {
    db.exec(`
      CREATE TABLE fund_programs (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) > 0),
        name TEXT NOT NULL CHECK (length(name) > 0),
        source TEXT NOT NULL CHECK (source IN ('CENTRAL', 'LOTTERY', 'CENTRAL_LOTTERY')),
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        total_allocation_fen INTEGER NOT NULL CHECK (total_allocation_fen >= 0),
        application_start TEXT,
        application_end TEXT,
        notes TEXT NOT NULL DEFAULT '',
        -- The rules are data per program-year (domain.md), validated by the contract's schema on the way in.
        rule_set TEXT NOT NULL CHECK (json_valid(rule_set)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        CHECK (application_start IS NULL OR application_end IS NULL OR application_end >= application_start)
      ) STRICT;

      -- One index per sortable column; the implicit trailing rowid gives the id tiebreak for free.
      CREATE INDEX fund_programs_by_year ON fund_programs (year);
      CREATE INDEX fund_programs_by_source ON fund_programs (source);
      CREATE INDEX fund_programs_by_name ON fund_programs (name);
      CREATE INDEX fund_programs_by_total ON fund_programs (total_allocation_fen);
      CREATE INDEX fund_programs_by_created ON fund_programs (created_at);
    `);
  },
};
