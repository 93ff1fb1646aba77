import type { Migration } from './types';

/**
 * Small facts the app keeps about itself, one row per key with a JSON value. The first is the operation log's
 * last verified head (entry count and hash), so that a later check notices a log that became shorter.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY CHECK (length(key) > 0),
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
