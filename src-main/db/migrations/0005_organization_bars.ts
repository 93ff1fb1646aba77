import type { Migration } from './types';

export const migration0005: Migration = {
  version: 5,
  name: 'organization_bars',
  up(db) {
    db.exec(`
      -- 取消申报资格: e.g. after a 不合格 final evaluation an organization may not apply for the years given.
      -- Bars are records of a decision and are never edited or removed.
      CREATE TABLE organization_bars (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations (id),
        from_year INTEGER NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
        to_year INTEGER NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        CHECK (to_year >= from_year)
      ) STRICT;

      CREATE INDEX organization_bars_by_organization ON organization_bars (organization_id, from_year);
    `);
  },
};
