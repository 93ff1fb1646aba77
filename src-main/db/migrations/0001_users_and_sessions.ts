import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'users_and_sessions',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
        display_name TEXT NOT NULL CHECK (length(display_name) > 0),
        password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_sign_in_at TEXT
      ) STRICT;

      CREATE TABLE user_roles (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('admin', 'finance', 'project', 'evaluator', 'auditor')),
        PRIMARY KEY (user_id, role)
      ) STRICT, WITHOUT ROWID;
      -- "Who are the administrators" is asked on every role change (last-admin rule) and by the role filter.
      CREATE INDEX user_roles_by_role ON user_roles (role, user_id);

      -- Only the SHA-256 of a session token is stored: a copied database file does not hand out sessions.
      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);
    `);
  },
};
