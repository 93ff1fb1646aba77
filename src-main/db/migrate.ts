import './pinyin-loader';
import { DatabaseOpenError } from './errors';
import { MIGRATIONS, type Migration } from './migrations/index';
import type { Db } from './statements';

interface AppliedRow {
  version: number;
  name: string;
}

/**
 * Brings the schema up to date. `PRAGMA user_version` says how far a file has been migrated; the
 * schema_migrations table records which migrations those were, so a file written by a fork or a build with a
 * different history is refused instead of being migrated on a wrong assumption. Each migration runs in its
 * own transaction together with its bookkeeping, so a failure leaves the file exactly at the previous version.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  checkList(migrations);
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  // Refuse before writing anything: a newer file must stay exactly as the newer program left it.
  if (from > latest) throw new DatabaseOpenError('db.newerSchema', { found: from, supported: latest });
  if (from === 0) refuseForeign(db);
  else checkHistory(db, migrations, from);

  for (const m of migrations.slice(from)) {
    const apply = db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT`);
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      // PRAGMA takes no parameters; version is an integer from our own list, checked by checkList.
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      apply.immediate();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new DatabaseOpenError('db.migrationFailed', { version: m.version, name: m.name, detail }, { cause: e });
    }
  }
  return { from, to: latest };
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1 || !Number.isSafeInteger(m.version)) {
      throw new Error(`migration list out of order: position ${i + 1} holds version ${m.version} (${m.name})`);
    }
  });
}

/** A version-0 file is either brand new or something else's database; never migrate into the latter. */
function refuseForeign(db: Db): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[];
  if (tables.length > 0) throw new DatabaseOpenError('db.foreign', { tables: tables.slice(0, 5).join(', ') });
}

function checkHistory(db: Db, migrations: readonly Migration[], current: number): void {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  const rows = hasTable
    ? (db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedRow[])
    : [];
  for (let v = 1; v <= Math.max(current, rows.length); v++) {
    const row = rows.find((r) => r.version === v);
    const expected = v <= current ? migrations[v - 1]!.name : '—';
    if (!row || v > current || row.name !== expected) {
      throw new DatabaseOpenError('db.unknownHistory', { version: v, expected, found: row?.name ?? '—' });
    }
  }
  const stray = rows.find((r) => r.version < 1 || r.version > current);
  if (stray) {
    throw new DatabaseOpenError('db.unknownHistory', { version: stray.version, expected: '—', found: stray.name });
  }
}
