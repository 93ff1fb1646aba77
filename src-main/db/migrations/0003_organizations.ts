import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'organizations',
  up(db) {
    db.exec(`
      CREATE TABLE organizations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        -- UNIQUE allows many NULLs: filed (备案) organizations may have no code.
        credit_code TEXT UNIQUE CHECK (credit_code IS NULL OR length(credit_code) = 18),
        kind TEXT NOT NULL CHECK (kind IN ('social_group', 'social_service', 'foundation', 'other')),
        registration TEXT NOT NULL CHECK (registration IN ('registered', 'filed')),
        district_code TEXT NOT NULL CHECK (length(district_code) = 6),
        legal_representative TEXT NOT NULL DEFAULT '',
        contact_person TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        founded_date TEXT,
        rating TEXT CHECK (rating IS NULL OR rating IN ('5A', '4A', '3A', '2A', '1A')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        CHECK (registration = 'filed' OR credit_code IS NOT NULL)
      ) STRICT;

      -- The list filters by kind/registration/district/rating and sorts by any column over ~100,000 rows.
      -- Each single-column index is ordered by (column, rowid), which is exactly "ORDER BY column, id", so a
      -- page is read in order without sorting the table, and a filtered COUNT(*) is an index range scan.
      -- (district_code, name) serves the common "organizations in my district by name" page directly.
      CREATE INDEX organizations_by_name ON organizations (name);
      CREATE INDEX organizations_by_kind ON organizations (kind);
      CREATE INDEX organizations_by_registration ON organizations (registration);
      CREATE INDEX organizations_by_district ON organizations (district_code);
      CREATE INDEX organizations_by_district_name ON organizations (district_code, name);
      CREATE INDEX organizations_by_rating ON organizations (rating);
      CREATE INDEX organizations_by_founded ON organizations (founded_date);
      CREATE INDEX organizations_by_created ON organizations (created_at);
    `);
  },
};
