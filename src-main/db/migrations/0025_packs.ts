import type { Migration } from './types';

/**
 * 检查包 (field packs). At the office: the pack register (one row per exported pack with the key that signs it
 * and its results), the records each pack carries with the digest they had at export (what an import compares
 * the office's current version with), and what each import did with each record, so a second import of the
 * same result changes nothing. On a field laptop: the one pack a field database was opened from, the
 * inspections and evidence recorded there, and the photos taken.
 */
export const migration0025: Migration = {
  version: 25,
  name: 'packs',
  up(db) {
    db.exec(`
      CREATE TABLE packs (
        id INTEGER PRIMARY KEY,
        pack_no TEXT NOT NULL UNIQUE CHECK (pack_no GLOB 'JCB-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
        -- HMAC-SHA256 key, 32 random bytes as hex; never shown, never exported except inside its pack.
        key TEXT NOT NULL CHECK (length(key) = 64),
        exported_at TEXT NOT NULL,
        exported_by INTEGER NOT NULL REFERENCES users (id),
        projects TEXT NOT NULL CHECK (json_valid(projects)),
        inspectors TEXT NOT NULL CHECK (json_valid(inspectors)),
        state TEXT NOT NULL CHECK (state IN ('exported', 'conflict', 'imported')),
        last_import_at TEXT
      ) STRICT;
      CREATE TRIGGER packs_identity BEFORE UPDATE ON packs
      WHEN NEW.pack_no IS NOT OLD.pack_no OR NEW.key IS NOT OLD.key OR NEW.exported_at IS NOT OLD.exported_at
        OR NEW.exported_by IS NOT OLD.exported_by OR NEW.projects IS NOT OLD.projects
        OR NEW.inspectors IS NOT OLD.inspectors
      BEGIN SELECT RAISE(ABORT, 'a pack keeps its number, key, projects and inspectors'); END;
      CREATE TRIGGER packs_no_delete BEFORE DELETE ON packs
      BEGIN SELECT RAISE(ABORT, 'packs cannot be deleted'); END;

      CREATE TABLE pack_records (
        pack_id INTEGER NOT NULL REFERENCES packs (id),
        kind TEXT NOT NULL CHECK (kind IN ('inspection', 'rectification')),
        ref_id INTEGER NOT NULL,
        base_digest TEXT NOT NULL CHECK (length(base_digest) = 64),
        -- The digest of the field version last settled (applied, or set aside for the office's), if any.
        settled_digest TEXT CHECK (settled_digest IS NULL OR length(settled_digest) = 64),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('field', 'office')),
        PRIMARY KEY (pack_id, kind, ref_id)
      ) STRICT;
      CREATE TRIGGER pack_records_no_delete BEFORE DELETE ON pack_records
      BEGIN SELECT RAISE(ABORT, 'pack records cannot be deleted'); END;

      -- Field side: at most one row, present only in a database made by opening a pack.
      CREATE TABLE field_pack (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        pack_no TEXT NOT NULL,
        key TEXT NOT NULL CHECK (length(key) = 64),
        body TEXT NOT NULL CHECK (json_valid(body)),
        opened_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER field_pack_no_update BEFORE UPDATE ON field_pack
      BEGIN SELECT RAISE(ABORT, 'the pack of a field database does not change'); END;

      CREATE TABLE field_records (
        kind TEXT NOT NULL CHECK (kind IN ('inspection', 'rectification')),
        ref_id INTEGER NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        by_user INTEGER NOT NULL REFERENCES users (id),
        at TEXT NOT NULL,
        PRIMARY KEY (kind, ref_id)
      ) STRICT;

      CREATE TABLE field_files (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        file_name TEXT NOT NULL CHECK (length(file_name) > 0),
        mime_type TEXT NOT NULL,
        content BLOB NOT NULL
      ) STRICT;
    `);
  },
};
