/**
 * Reads while another process writes: `grants import expenditures` of a large file (300,000 lines by default)
 * runs as a child process against the bench database, holding the write lock for its whole transaction, while
 * this process keeps reading a ledger page through the real dispatch. Target: p99 under 100 ms, no errors.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dispatch, type AppContext, type CallContext } from '../src-main/api';
import type { ScenarioResult } from './run';
import { round, summarize } from './stats';

export const READS_DURING_IMPORT_P99_MS = 100;

export interface ReadsDuringImport {
  importRows: number;
  importExit: number | null;
  importMs: number;
  reads: number;
  errors: number;
  firstError: string | null;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export async function readsDuringImport(
  app: AppContext,
  call: CallContext,
  applicationId: number,
  csv: Buffer,
  importRows: number,
  projectRoot: string,
): Promise<{ figure: ReadsDuringImport; scenario: ScenarioResult }> {
  const file = join(dirname(app.dbPath), 'reads-during-import.csv');
  writeFileSync(file, csv);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'bin', 'grants.mjs'), '--db', app.dbPath, 'import', 'expenditures', file, '--as', 'finance'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let exit: number | null | undefined;
  let importMs = 0;
  child.on('exit', (code) => {
    exit = code;
    importMs = performance.now() - started;
  });
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const input = { applicationId, page: 1, pageSize: 50, sort: [{ id: 'date' as const, desc: true }] };
  while (exit === undefined) {
    const t = performance.now();
    const r = await dispatch(app, 'ledger.list', input, call);
    samples.push(performance.now() - t);
    if (!r.ok) {
      errors++;
      firstError ??= `${r.error.kind}: ${r.error.message}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  rmSync(file, { force: true });
  if (exit !== 0) throw new Error(`the import beside the reads failed (exit ${exit}): ${stderr.slice(0, 500)}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const figure: ReadsDuringImport = {
    importRows,
    importExit: exit,
    importMs: round(importMs, 1),
    reads: samples.length,
    errors,
    firstError,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
  const t = summarize(samples);
  const scenario: ScenarioResult = {
    scenario: `ledger page while \`grants import expenditures\` writes ${importRows.toLocaleString('en')} lines (p99; errors ${errors})`,
    path: 'dispatch',
    ...t,
    targetMs: READS_DURING_IMPORT_P99_MS,
    // An error is a failure whatever the times.
    ratio: errors > 0 ? Infinity : round(figure.p99Ms / READS_DURING_IMPORT_P99_MS),
    ratioBasis: 'p99',
    rows: 50,
    total: samples.length,
  };
  return { figure, scenario };
}

export function readsDuringImportSummary(f: ReadsDuringImport): string {
  return (
    `reads during a ${f.importRows.toLocaleString('en')}-line import (${(f.importMs / 1000).toFixed(1)} s, another process): ` +
    `${f.reads} reads, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms, errors ${f.errors}` +
    (f.firstError ? ` (first: ${f.firstError})` : '') +
    ` — target p99 < ${READS_DURING_IMPORT_P99_MS} ms, 0 errors`
  );
}
