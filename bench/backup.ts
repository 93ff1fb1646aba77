/**
 * Benchmark case for backups: `grants backup` (the folder with manifest, SHA-256 and attachments, copied in one
 * consistent step) against better-sqlite3's raw db.backup() of the same database in the same run, each timed
 * `runs` times (median). Target: the full backup within 1.5× the raw copy.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../src-main/api';
import { createBackup } from '../src-main/services/backup/index';
import type { ScenarioResult } from './run';
import { round, summarize } from './stats';

export const BACKUP_TARGET_RATIO = 1.5;

export interface BackupBenchResult {
  dbSizeMb: number;
  backupMs: number;
  rawMs: number;
  ratio: number;
  scenarios: ScenarioResult[];
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function runBackupBench(app: AppContext, runs = 3): Promise<BackupBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'grants-bench-backup-'));
  try {
    // Whatever the WAL holds goes into the main file first, so both copies start from the same state.
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const raw: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternating, so a slower moment of the shared machine hits both alike.
      const rawFile = join(dir, `raw-${i}.db`);
      raw.push(await timed(() => app.db.backup(rawFile)));
      rmSync(rawFile, { force: true });
      const out = join(dir, `backup-${i}`);
      ours.push(
        await timed(() =>
          createBackup({
            db: app.db,
            attachmentsDir: app.attachmentsDir ?? null,
            out,
            kind: 'manual',
            appVersion: 'bench',
            now: new Date(),
          }),
        ),
      );
      rmSync(out, { recursive: true, force: true });
    }
    const r = summarize(raw);
    const o = summarize(ours);
    const ratio = round(o.medianMs / r.medianMs, 2);
    const dbSizeMb = round(statSync(app.dbPath).size / 1048576, 1);
    const row = (scenario: string, path: 'service' | 'raw', t: typeof r, targetMs: number): ScenarioResult => ({
      scenario,
      path,
      ...t,
      targetMs,
      ratio: round(t.medianMs / targetMs),
      ratioBasis: 'median',
      rows: 0,
      total: 0,
    });
    return {
      dbSizeMb,
      backupMs: o.medianMs,
      rawMs: r.medianMs,
      ratio,
      scenarios: [
        row(
          `grants backup of the ${dbSizeMb} MB database (${ratio}× raw backup())`,
          'service',
          o,
          r.medianMs * BACKUP_TARGET_RATIO,
        ),
        row(`raw better-sqlite3 backup() of the same database`, 'raw', r, r.medianMs),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
