import type { Migration } from './types';

/**
 * A full-text index of organization names for search anywhere in a name. Chinese is written without spaces,
 * so words cannot be split out: SQLite's trigram tokenizer indexes every run of three characters, and a
 * search of three or more characters finds its rows through the index instead of reading every name.
 * The index holds no copy of the names (content= the organizations table); triggers keep it in step with
 * every insert, rename and delete, in the same transaction. A later search across other tables can add its
 * own index the same way.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'organization_name_search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE organizations_name_search USING fts5(
        name, content = 'organizations', content_rowid = 'id', tokenize = 'trigram'
      );
      INSERT INTO organizations_name_search (organizations_name_search) VALUES ('rebuild');

      CREATE TRIGGER organizations_name_search_insert AFTER INSERT ON organizations BEGIN
        INSERT INTO organizations_name_search (rowid, name) VALUES (new.id, new.name);
      END;
      CREATE TRIGGER organizations_name_search_delete AFTER DELETE ON organizations BEGIN
        INSERT INTO organizations_name_search (organizations_name_search, rowid, name)
          VALUES ('delete', old.id, old.name);
      END;
      CREATE TRIGGER organizations_name_search_update AFTER UPDATE OF name ON organizations BEGIN
        INSERT INTO organizations_name_search (organizations_name_search, rowid, name)
          VALUES ('delete', old.id, old.name);
        INSERT INTO organizations_name_search (rowid, name) VALUES (new.id, new.name);
      END;
    `);
  },
};
