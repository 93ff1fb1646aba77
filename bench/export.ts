/**
 * Benchmark case for the ledger export: one project's whole ledger (the largest, ~100,000 lines on the
 * benchmark database) through the service the CLI and the app call, as .csv and as .xlsx, each against its
 * raw anchor in the same run: the same rows read with one SELECT (the same joins, the same order) and written
 * as CSV with nothing else done. Targets: CSV at most 1.5×, .xlsx at most 2.5× the anchor.
 */
import type { AppContext } from '../src-main/api';
import { cliContext } from '../src-main/cli/import';
import { getAgreementByApplication } from '../src-main/db/agreements-repo';
import { findUserByUsername } from '../src-main/db/users-repo';
import { csvField } from '../src-main/services/spreadsheet/write';
import { exportExpenditures } from '../src-main/services/transfer/expenditures/export';
import type { ScenarioResult } from './run';
import { round, summarize } from './stats';

export const EXPORT_CSV_TARGET_RATIO = 1.5;
export const EXPORT_XLSX_TARGET_RATIO = 2.5;

export interface ExportBenchResult {
  rows: number;
  runs: number;
  csvMs: number;
  xlsxMs: number;
  rawMs: number;
  csvRatio: number;
  xlsxRatio: number;
  /** The same ratios in CPU time. */
  csvCpuRatio: number;
  xlsxCpuRatio: number;
  csvBytes: number;
  xlsxBytes: number;
  scenarios: ScenarioResult[];
}

/** The anchor: the ledger's rows as the export reads them, written as CSV lines and nothing else. */
function rawCsv(app: AppContext, agreementId: number): { bytes: number; rows: number } {
  const rows = app.db
    .prepare(
      `SELECT g.agreement_number, l.voucher_no, l.date, l.invoice_no, l.line_code, l.share, l.payee, l.summary,
         l.amount_fen, l.advance, l.cost_type, o.voucher_no, l.reason, r.voucher_no, u.display_name, l.posted_at
       FROM ledger_lines l
       JOIN agreements g ON g.id = l.agreement_id
       JOIN users u ON u.id = l.posted_by
       LEFT JOIN ledger_lines o ON o.id = l.reverses_id
       LEFT JOIN ledger_lines r ON r.agreement_id = l.agreement_id AND r.reverses_id = l.id
       WHERE l.agreement_id = ? ORDER BY l.voucher_year, l.voucher_seq`,
    )
    .raw()
    .iterate(agreementId) as IterableIterator<unknown[]>;
  const chunks: Buffer[] = [];
  let part = '';
  let n = 0;
  for (const row of rows) {
    part += row.map((c) => csvField(c === null ? '' : String(c))).join(',') + '\r\n';
    n++;
    if (part.length > 1 << 20) {
      chunks.push(Buffer.from(part, 'utf8'));
      part = '';
    }
  }
  chunks.push(Buffer.from(part, 'utf8'));
  return { bytes: Buffer.concat(chunks).length, rows: n };
}

/** Wall time, and this process's CPU time: on a shared, loaded machine the CPU ratio is the steadier one. */
function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000, value };
}

/** Alternates the three so each meets the same machine state; one unmeasured round first. */
export function runExportBench(app: AppContext, applicationId: number, runs: number): ExportBenchResult {
  const agreement = getAgreementByApplication(app.db, applicationId)!;
  const finance = findUserByUsername(app.db, 'finance')!;
  const ctx = () => cliContext(app, { ...finance, sessionId: 0 }, 'zh');
  const exportAs = (format: 'csv' | 'xlsx') =>
    app.db.transaction(() => exportExpenditures(ctx(), { applicationId, format })).deferred();
  const csv: number[] = [];
  const xlsx: number[] = [];
  const raw: number[] = [];
  const cpu = { csv: [] as number[], xlsx: [] as number[], raw: [] as number[] };
  let rows = 0;
  let csvBytes = 0;
  let xlsxBytes = 0;
  for (let i = 0; i <= runs; i++) {
    const r = timed(() => app.db.transaction(() => rawCsv(app, agreement.id)).deferred());
    const c = timed(() => exportAs('csv'));
    const x = timed(() => exportAs('xlsx'));
    if (c.value.rowCount !== r.value.rows) throw new Error(`export wrote ${c.value.rowCount} of ${r.value.rows} rows`);
    rows = r.value.rows;
    csvBytes = c.value.buffer.length;
    xlsxBytes = x.value.buffer.length;
    if (i === 0) continue;
    raw.push(r.ms);
    csv.push(c.ms);
    xlsx.push(x.ms);
    cpu.raw.push(r.cpuMs);
    cpu.csv.push(c.cpuMs);
    cpu.xlsx.push(x.cpuMs);
  }
  const median = (xs: number[]) => summarize(xs).medianMs;
  const rawMs = median(raw);
  const row = (scenario: string, path: ScenarioResult['path'], samples: number[], target: number): ScenarioResult => {
    const t = summarize(samples);
    return {
      scenario,
      path,
      ...t,
      targetMs: round(rawMs * target, 1),
      ratio: round(t.medianMs / (rawMs * target)),
      ratioBasis: 'median',
      rows,
      total: rows,
    };
  };
  const n = rows.toLocaleString('en');
  return {
    rows,
    runs,
    csvMs: round(median(csv), 1),
    xlsxMs: round(median(xlsx), 1),
    rawMs: round(rawMs, 1),
    csvRatio: round(median(csv) / rawMs, 2),
    xlsxRatio: round(median(xlsx) / rawMs, 2),
    csvCpuRatio: round(median(cpu.csv) / median(cpu.raw), 2),
    xlsxCpuRatio: round(median(cpu.xlsx) / median(cpu.raw), 2),
    csvBytes,
    xlsxBytes,
    scenarios: [
      row(`export ${n} ledger rows as CSV`, 'service', csv, EXPORT_CSV_TARGET_RATIO),
      row(`export ${n} ledger rows as .xlsx`, 'service', xlsx, EXPORT_XLSX_TARGET_RATIO),
      row(`raw SELECT of the same rows written as CSV (anchor)`, 'raw', raw, 1),
    ],
  };
}

export function exportSummary(r: ExportBenchResult): string {
  const mb = (b: number) => (b / 1048576).toFixed(1);
  return (
    `Export of ${r.rows.toLocaleString('en')} ledger rows, median of ${r.runs}: CSV ${r.csvMs} ms (${mb(r.csvBytes)} MB), ` +
    `.xlsx ${r.xlsxMs} ms (${mb(r.xlsxBytes)} MB), raw SELECT as CSV ${r.rawMs} ms; CSV ${r.csvRatio}× ` +
    `(target ≤ ${EXPORT_CSV_TARGET_RATIO}×), .xlsx ${r.xlsxRatio}× (target ≤ ${EXPORT_XLSX_TARGET_RATIO}×); in CPU time ` +
    `CSV ${r.csvCpuRatio}×, .xlsx ${r.xlsxCpuRatio}×`
  );
}
