/**
 * Benchmark case for reports: the project audit report of a project with 10,000 ledger lines rendered by the
 * app (pdfmake document definitions, Noto Sans SC subsets) against a raw pdfkit rendering of the same ledger
 * table with the same fonts (absolute positions, a header per page, no layout engine) in the same run. Target:
 * the report within 1.5× raw pdfkit, under 400 MB peak (the report alone, measured in a fresh process). Also runs
 * alone: node bin/run-ts.mjs bench/report.ts [lines] [runs].
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { formatFen } from '../src-main/core/money';
import type { LedgerRow } from '../src-main/reports/index';
import { SYNTHETIC_META, syntheticLedger, syntheticProject } from '../src-main/testing/report-ledger';
import { fontsDir, pageCount, renderPdf } from '../src-main/services/reports/index';
import type { ScenarioResult } from './run';
import { peakRssMb, round, summarize } from './stats';

export const REPORT_TARGET_RATIO = 1.5;
export const REPORT_TARGET_RSS_MB = 400;

export const ledger = syntheticLedger;
export const projectData = syntheticProject;
export const META = SYNTHETIC_META;

/** The same ledger table drawn with pdfkit directly: fixed columns, one line per row, the header on each page. */
export function rawPdfkit(rows: LedgerRow[]): Promise<Buffer> {
  const dir = fontsDir();
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  doc.registerFont('regular', join(dir, 'NotoSansSC-Regular.ttf'));
  doc.registerFont('bold', join(dir, 'NotoSansSC-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const cols = [40, 95, 140, 190, 215, 245, 345, 480];
  const header = ['凭证号', '日期', '发票号', '科目', '资金', '收款方', '摘要', '金额（元）'];
  let y = 0;
  const newPage = (first: boolean) => {
    if (!first) doc.addPage();
    doc.font('bold').fontSize(7);
    header.forEach((h, i) => doc.text(h, cols[i]!, 50, { lineBreak: false }));
    y = 64;
    doc.font('regular');
  };
  newPage(true);
  for (const r of rows) {
    if (y > 790) newPage(false);
    const cells = [
      r.voucherNo,
      r.date,
      r.invoiceNo,
      r.lineCode,
      r.share === 'grant' ? '财政' : '配套',
      r.payee,
      r.summary,
    ];
    cells.forEach((c, i) => doc.text(c, cols[i]!, y, { lineBreak: false }));
    doc.text(formatFen(r.amountFen), cols[7]!, y, { width: 75, align: 'right', lineBreak: false });
    y += 11;
  }
  doc.end();
  return done;
}

async function timed(fn: () => Promise<Buffer>): Promise<{ ms: number; pdf: Buffer }> {
  const start = process.hrtime.bigint();
  const pdf = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, pdf };
}

export interface ReportBenchResult {
  lines: number;
  reportMs: number;
  rawMs: number;
  ratio: number;
  reportPages: number;
  rawPages: number;
  /** Peak RSS of rendering the report alone, in a fresh process (fonts, pdfmake and one full report). */
  peakRssMb: number;
  /** Peak RSS of this process so far: everything run before, and the raw pdfkit anchor, included. */
  processPeakRssMb: number;
  scenarios: ScenarioResult[];
}

/**
 * The report's own peak memory: a process's peak RSS never comes down, so measured in this one it would be
 * the peak of whatever ran before (the raw anchor, the other benchmarks of bench/run.ts). A fresh process
 * renders the warm-up and the full report once and says its peak.
 */
export function reportPeakRssMb(lines: number): number {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin', 'run-ts.mjs'), join(root, 'bench', 'report.ts'), '--peak', String(lines)],
    {
      encoding: 'utf8',
      cwd: root,
    },
  );
  const m = /^peak (\d+(?:\.\d+)?)$/m.exec(r.stdout);
  if (r.status !== 0 || !m) throw new Error(`report peak measurement failed: ${r.stderr || r.stdout}`);
  return Number(m[1]);
}

async function peakRun(lines: number): Promise<void> {
  const rows = ledger(lines);
  await renderPdf({ kind: 'project', data: projectData(rows.slice(0, 50)) }, META);
  await renderPdf({ kind: 'project', data: projectData(rows) }, META);
  console.log(`peak ${peakRssMb()}`);
}

export async function runReportBench(lines = 10_000, runs = 3): Promise<ReportBenchResult> {
  const rows = ledger(lines);
  const data = projectData(rows);
  const ours: number[] = [];
  const raw: number[] = [];
  let reportPages = 0;
  let rawPages = 0;
  // One untimed round loads the fonts and warms the code for both.
  await renderPdf({ kind: 'project', data: projectData(rows.slice(0, 50)) }, META);
  await rawPdfkit(rows.slice(0, 50));
  for (let i = 0; i < runs; i++) {
    // Alternating, so a slower moment of the shared machine hits both alike.
    const r = await timed(() => rawPdfkit(rows));
    raw.push(r.ms);
    rawPages = pageCount(r.pdf);
    const o = await timed(() => renderPdf({ kind: 'project', data }, META));
    ours.push(o.ms);
    reportPages = pageCount(o.pdf);
  }
  const r = summarize(raw);
  const o = summarize(ours);
  const ratio = round(o.medianMs / r.medianMs, 2);
  const row = (scenario: string, path: 'service' | 'raw', t: typeof r, targetMs: number): ScenarioResult => ({
    scenario,
    path,
    ...t,
    targetMs,
    ratio: round(t.medianMs / targetMs),
    ratioBasis: 'median',
    rows: lines,
    total: lines,
  });
  return {
    lines,
    reportMs: o.medianMs,
    rawMs: r.medianMs,
    ratio,
    reportPages,
    rawPages,
    peakRssMb: reportPeakRssMb(lines),
    processPeakRssMb: peakRssMb(),
    scenarios: [
      row(
        `project audit report, ${lines} ledger lines, ${reportPages} pages (${ratio}× raw pdfkit)`,
        'service',
        o,
        r.medianMs * REPORT_TARGET_RATIO,
      ),
      row(`raw pdfkit table of the same ledger, ${rawPages} pages`, 'raw', r, r.medianMs),
    ],
  };
}

export function reportSummary(r: ReportBenchResult): string {
  return (
    `report: project audit report with ${r.lines} ledger lines ${r.reportMs} ms (${r.reportPages} pages), raw pdfkit ` +
    `${r.rawMs} ms (${r.rawPages} pages), ratio ${r.ratio}× (target ≤ ${REPORT_TARGET_RATIO}×), report peak RSS ` +
    `${r.peakRssMb} MB alone (target < ${REPORT_TARGET_RSS_MB} MB; this process with the raw runs: ${r.processPeakRssMb} MB)`
  );
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--peak') {
  await peakRun(Number(process.argv[3] ?? 10_000));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = Number(process.argv[2] ?? 10_000);
  const result = await runReportBench(lines, Number(process.argv[3] ?? 3));
  console.log(reportSummary(result));
}
