import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
import { TempFolder } from '../../testing/db';
import { fillLog } from '../../testing/operation-log';
import { openTestApp, type TestApp } from '../../testing/services';
import { checkBackup } from './check';
import { createBackupSync } from './create';
import { backupsDirOf, listKeptBackups, runDailyBackup } from './kept';
import { openAppDatabase } from './open';

const DAY = 86_400_000;
let t: TestApp | null = null;
let folder: TempFolder | null = null;

afterEach(() => {
  t?.close();
  folder?.remove();
  t = null;
  folder = null;
});

describe('the automatic daily backup', () => {
  it('runs when due, not twice a day, and keeps exactly 7 daily + 4 weekly over 40 days', async () => {
    t = openTestApp();
    fillLog(t.app.db, 5);
    const dir = backupsDirOf(t.app.dbPath);
    // A backup taken before a migration is never pruned.
    createBackupSync({
      db: t.app.db,
      attachmentsDir: null,
      out: join(dir, 'pre-migration-v1-20240101T000000Z'),
      kind: 'pre-migration',
      appVersion: '1.0.0',
      now: new Date('2024-01-01T00:00:00Z'),
    });
    for (let day = 0; day < 40; day++) {
      const first = await runDailyBackup(t.app);
      expect(first).not.toBeNull();
      t.clock.advanceMinutes(60);
      expect(await runDailyBackup(t.app)).toBeNull();
      t.clock.ms += DAY - 3_600_000;
    }
    const kept = listKeptBackups(dir).filter((b) => b.manifest.kind === 'daily');
    expect(kept).toHaveLength(11);
    expect(readdirSync(dir).sort()).toEqual([...kept.map((b) => b.name), 'pre-migration-v1-20240101T000000Z'].sort());
    // The newest is usable as it is.
    expect(checkBackup(kept[0]!.path).log.entries).toBe(5);
  }, 120_000);
});

describe('the backup before a migration', () => {
  it('is written beside the database, at the old version, before the file is migrated', () => {
    folder = new TempFolder();
    const path = folder.file('grants.db');
    const older = MIGRATIONS.slice(0, -1);
    const db = openDatabase(path, { migrations: older });
    fillLog(db, 7);
    db.close();

    const migrated = openAppDatabase(path, { appVersion: '1.0.0', clock: () => new Date('2026-12-06T01:00:00Z') });
    expect(migrated.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    migrated.close();

    const kept = listKeptBackups(backupsDirOf(path));
    expect(kept.map((b) => b.name)).toEqual([`pre-migration-v${older.length}-20261206T010000Z`]);
    const manifest = checkBackup(kept[0]!.path);
    expect(manifest).toMatchObject({ kind: 'pre-migration', schemaVersion: older.length, log: { entries: 7 } });
  });

  it('is not written for a new database or one already up to date', () => {
    folder = new TempFolder();
    const path = folder.file('grants.db');
    openAppDatabase(path, { appVersion: '1.0.0', clock: () => new Date() }).close();
    openAppDatabase(path, { appVersion: '1.0.0', clock: () => new Date() }).close();
    expect(existsSync(backupsDirOf(path))).toBe(false);
  });
});
