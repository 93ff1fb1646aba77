import type { Migration } from './types';

/**
 * The operation log (操作日志): append-only and hash-chained. The triggers are the app's promise that nothing
 * edits or deletes an entry; they cannot stop someone editing the file with other tools (they can drop the
 * triggers first), which is what the hash chain and `grants audit verify` are for.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'operation_log',
  up(db) {
    db.exec(`
      CREATE TABLE operation_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        -- No foreign key: the log is evidence and must not depend on (or block changes to) other tables;
        -- failed sign-ins for unknown names have no user at all.
        user_id INTEGER,
        username TEXT NOT NULL,
        roles TEXT NOT NULL CHECK (json_valid(roles) AND json_type(roles) = 'array'),
        op TEXT NOT NULL CHECK (length(op) > 0),
        entity_type TEXT,
        entity_id TEXT,
        before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
        after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64)
      ) STRICT;

      -- Search filters: time range, operator, object, op. The id order is the chain order.
      CREATE INDEX operation_log_by_at ON operation_log (at);
      CREATE INDEX operation_log_by_username ON operation_log (username COLLATE NOCASE);
      CREATE INDEX operation_log_by_entity ON operation_log (entity_type, entity_id);
      CREATE INDEX operation_log_by_op ON operation_log (op);

      CREATE TRIGGER operation_log_no_update BEFORE UPDATE ON operation_log
      BEGIN
        SELECT RAISE(ABORT, 'operation_log entries cannot be changed');
      END;

      CREATE TRIGGER operation_log_no_delete BEFORE DELETE ON operation_log
      BEGIN
        SELECT RAISE(ABORT, 'operation_log entries cannot be deleted');
      END;

      -- Appends only, each one linked to the current head: the next id and the head's hash. This also stops
      -- INSERT OR REPLACE, whose implicit delete does not fire the delete trigger.
      CREATE TRIGGER operation_log_append_only BEFORE INSERT ON operation_log
      WHEN NEW.id IS NOT (SELECT ifnull(max(id), 0) + 1 FROM operation_log)
        OR NEW.prev_hash IS NOT ifnull(
          (SELECT hash FROM operation_log WHERE id = NEW.id - 1),
          '0000000000000000000000000000000000000000000000000000000000000000')
      BEGIN
        SELECT RAISE(ABORT, 'operation_log entries can only be appended to the head of the chain');
      END;
    `);
  },
};
