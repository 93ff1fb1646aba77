import type { Migration } from './types';

export const migration0009: Migration = {
  version: 9,
  name: 'saved_filters',
  up(db) {
    db.exec(`
      -- Each user's named views of a list; saving under an existing name replaces that view.
      CREATE TABLE saved_filters (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id),
        list TEXT NOT NULL CHECK (length(list) > 0),
        name TEXT NOT NULL CHECK (length(name) > 0),
        query TEXT NOT NULL CHECK (json_valid(query)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (user_id, list, name)
      ) STRICT;
    `);
  },
};
