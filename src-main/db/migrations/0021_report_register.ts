import type { Migration } from './types';

/**
 * The report register (报告登记簿): one row per generated report, numbered BG-YYYY-NNNN without gaps within a
 * year, with what its fingerprint was computed over (the report's subject, language and the operation-log head
 * at generation), so `grants verify-report` can recompute it. Rows are never changed or deleted.
 */
export const migration0021: Migration = {
  version: 21,
  name: 'report_register',
  up(db) {
    db.exec(`
      CREATE TABLE report_register (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 9999),
        seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 9999),
        report_no TEXT NOT NULL UNIQUE CHECK (report_no = 'BG-' || year || '-' || printf('%04d', seq)),
        kind TEXT NOT NULL CHECK (length(kind) > 0),
        subject TEXT NOT NULL CHECK (json_valid(subject)),
        locale TEXT NOT NULL CHECK (locale IN ('zh', 'en')),
        draft INTEGER NOT NULL CHECK (draft IN (0, 1)),
        generated_at TEXT NOT NULL,
        generated_by INTEGER REFERENCES users (id),
        generated_by_name TEXT NOT NULL CHECK (length(generated_by_name) > 0),
        log_entries INTEGER NOT NULL CHECK (log_entries >= 0),
        log_head_hash TEXT NOT NULL CHECK (length(log_head_hash) = 64),
        fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
        UNIQUE (year, seq)
      ) STRICT;

      CREATE TRIGGER report_register_gap_free BEFORE INSERT ON report_register
      WHEN NEW.seq <> (SELECT ifnull(max(seq), 0) + 1 FROM report_register WHERE year = NEW.year)
      BEGIN SELECT RAISE(ABORT, 'report numbers are consecutive within a year'); END;
      CREATE TRIGGER report_register_no_update BEFORE UPDATE ON report_register
      BEGIN SELECT RAISE(ABORT, 'the report register is append only'); END;
      CREATE TRIGGER report_register_no_delete BEFORE DELETE ON report_register
      BEGIN SELECT RAISE(ABORT, 'the report register is append only'); END;
    `);
  },
};
