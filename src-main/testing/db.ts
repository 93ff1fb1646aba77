import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/connection';

/**
 * Temp folders for tests that need a real database file. Not used by the app; lives here so db, services
 * and api tests share it without a test importing another test.
 */
export class TempFolder {
  readonly path: string;

  constructor(prefix = 'grants-test-') {
    this.path = mkdtempSync(join(tmpdir(), prefix));
  }

  file(name = 'grants.sqlite'): string {
    return join(this.path, name);
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/**
 * Creates (or adds to) a database at `path` with 3,000 organizations, then scribbles over its last pages (the
 * table's and its indexes' b-trees), never the header or the schema page: the file still opens, and SQLite's
 * checks find the damage.
 */
export function damageDatabase(path: string): void {
  const db = openDatabase(path);
  const insert = db.prepare(
    "INSERT INTO organizations (name, kind, registration, district_code, created_at, updated_at) VALUES (?, 'other', 'filed', '500103', 't', 't')",
  );
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`机构${i}`.padEnd(40, '样'));
  })();
  db.close();
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  for (let p = pages - 4; p < pages; p++) bytes.fill(0xa5, p * pageSize + 8, p * pageSize + pageSize - 8);
  writeFileSync(path, bytes);
}
