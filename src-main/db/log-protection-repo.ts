import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations/index';
import { prepared, type Db } from './statements';

/** A schema object on the log table (the table itself, its indexes, its protective triggers) as SQLite keeps it. */
export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

/** What the log table looks like in this database: sqlite_schema's rows for it, by name. */
export function logSchemaObjects(db: Db): SchemaObject[] {
  return prepared(
    db,
    "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'operation_log' OR name = 'operation_log' ORDER BY name",
  ).all() as SchemaObject[];
}

/**
 * What the migrations up to `version` make of the log table, read from a scratch in-memory database built by
 * the same migrations: the exact text SQLite stores, so any dropped, altered or added trigger shows.
 */
export function expectedLogSchema(version: number): SchemaObject[] {
  const scratch = new Database(':memory:');
  try {
    migrate(scratch, MIGRATIONS.slice(0, Math.min(version, MIGRATIONS.length)));
    return logSchemaObjects(scratch);
  } finally {
    scratch.close();
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
