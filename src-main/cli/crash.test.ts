import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/statements';
import { openAppsFixture, type AppsFixture } from '../testing/applications';
import { Prng } from '../services/demo/prng';
import { centralProject } from '../testing/ledger';
import { checkLogProtection } from '../services/operation-log/protection';
import { verifyChain } from '../services/operation-log/verify';
import { csvText } from '../testing/spreadsheet-files';
import { codeOf, HEADER, row } from '../testing/expenditures-transfer';
import { BIN, grants } from '../testing/cli';

/**
 * kill -9 during `grants import expenditures`, at seeded random moments: whatever the moment, the database
 * must be intact, hold the whole import or none of it, and its operation log must verify.
 */
const ROWS = 20_000;
const KILLS = 4;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2_147_483_647);

let f: AppsFixture;
let db: string;
let csv: string;

function withRaw<T>(fn: (d: Db) => T): T {
  const d = new Database(db);
  try {
    return fn(d);
  } finally {
    d.close();
  }
}
const ledgerCount = () => withRaw((d) => d.prepare('SELECT count(*) FROM ledger_lines').pluck().get() as number);

/** Starts the import; kills it with SIGKILL after `killAfterMs` (never, when null). Resolves with the exit. */
function importRun(killAfterMs: number | null): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, '--db', db, 'import', 'expenditures', csv, '--as', 'finance'], {
    stdio: 'ignore',
  });
  const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started });
    }),
  );
}

beforeAll(() => {
  f = openAppsFixture(1);
  const code = codeOf(f, centralProject(f).id);
  db = f.app.dbPath;
  f.app.db.close();
  const rows = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    rows.push(
      row(code, {
        日期: `2015-${String(3 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        发票号: `FP${i}`,
        预算科目: ['01', '02', '03'][i % 3]!,
        '金额(元)': `0.0${1 + (i % 2)}`,
      }),
    );
  }
  csv = join(f.folder.path, 'ledger.csv');
  writeFileSync(csv, csvText(rows));
});
afterAll(() => f.close());

describe('kill -9 during an expenditure import', () => {
  it(`leaves the whole import or none of it, an intact file and a log that verifies (seed ${SEED})`, async () => {
    console.log(`crash test seed ${SEED} (set CRASH_SEED to repeat)`);
    const random = new Prng(SEED);
    // One run to the end tells how long an import takes here, so the kills can land anywhere in it: starting
    // up, reading the file, checking the rows, writing, committing.
    const full = await importRun(null);
    expect(full.code).toBe(0);
    expect(ledgerCount()).toBe(ROWS);
    const outcomes: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const before = ledgerCount();
      const delay = Math.round(full.ms * (0.2 + random.next() * 0.9));
      const run = await importRun(delay);
      const after = withRaw((d) => {
        expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
        const protection = checkLogProtection(d);
        expect(protection.faults).toEqual([]);
        expect(verifyChain(d).ok).toBe(true);
        return d.prepare('SELECT count(*) FROM ledger_lines').pluck().get() as number;
      });
      expect([before, before + ROWS], `kill after ${delay} ms`).toContain(after);
      outcomes.push(`${delay} ms: ${run.signal ?? `exit ${run.code}`}, ${after === before ? 'none' : 'all'}`);
    }
    console.log(`crash test (seed ${SEED}): ${outcomes.join('; ')}`);
    const verify = grants(['--db', db, 'audit', 'verify']);
    expect(verify.code, verify.stderr).toBe(0);
  }, 600_000);
});
