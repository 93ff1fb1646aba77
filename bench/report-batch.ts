/**
 * Benchmark case for `grants report batch`: the project audit reports of every project of the demo (all
 * program-years, 338 signed projects of 400 applications), each program-year one batch run on worker threads
 * over every core, through the real CLI in its own process. Target: the whole demo under two minutes on the
 * 2-core bench machine. Also runs alone: node bin/run-ts.mjs bench/report-batch.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { round } from './stats';

export const REPORT_BATCH_TARGET_MS = 120_000;

export interface ReportBatchResult {
  programYears: number;
  reports: number;
  ms: number;
  msPerReport: number;
  /** CPU seconds of the batch processes (user + system, Linux only): on a shared machine the wall time shows
   * the other load, this shows the work; over idle cores the batch takes about cpuS / cores. */
  cpuS: number | null;
  cores: number;
}

/** CPU seconds of the finished child processes (cutime + cstime in /proc/self/stat), null off Linux. */
function childCpuS(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After the command name: state is field 3, cutime and cstime are fields 16 and 17, in clock ticks (100 Hz).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const ROOT = join(import.meta.dirname, '..');

function grants(args: string[]): { stdout: string; ms: number } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'grants.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`grants ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { stdout: r.stdout, ms };
}

export function runReportBatchBench(): ReportBatchResult {
  const dir = mkdtempSync(join(tmpdir(), 'grants-batch-'));
  try {
    const db = join(dir, 'demo.db');
    grants(['init', '--demo', '--db', db]);
    const read = new Database(db, { readonly: true });
    const programYears = read
      .prepare(
        `SELECT DISTINCT p.code, p.year FROM fund_programs p JOIN applications a ON a.fund_program_id = p.id
         JOIN agreements g ON g.application_id = a.id ORDER BY p.year, p.code`,
      )
      .all() as { code: string; year: number }[];
    read.close();
    let ms = 0;
    let reports = 0;
    const cpuBefore = childCpuS();
    for (const { code, year } of programYears) {
      const out = join(dir, `${code}-${year}`);
      const r = grants(['report', 'batch', '--program', code, '--year', String(year), '--out-dir', out, '--db', db]);
      ms += r.ms;
      reports += readdirSync(out).filter((f) => f.endsWith('.pdf')).length;
    }
    const cpuAfter = childCpuS();
    return {
      cpuS: cpuBefore === null || cpuAfter === null ? null : round(cpuAfter - cpuBefore, 1),
      programYears: programYears.length,
      reports,
      ms: round(ms, 0),
      msPerReport: round(ms / Math.max(1, reports), 1),
      cores: availableParallelism(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function reportBatchSummary(r: ReportBatchResult): string {
  return (
    `report batch: ${r.reports} project audit reports of the demo (${r.programYears} program-years, ${r.cores} cores) ` +
    `in ${(r.ms / 1000).toFixed(1)} s, ${r.msPerReport} ms a report (target < ${REPORT_BATCH_TARGET_MS / 1000} s)` +
    (r.cpuS === null ? '' : `; ${r.cpuS} CPU s, about ${(r.cpuS / r.cores).toFixed(0)} s over ${r.cores} idle cores`)
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(reportBatchSummary(runReportBatchBench()));
