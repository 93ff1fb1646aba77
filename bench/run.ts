/**
 * `npm run bench`: the organizations list over a large table, through the real dispatch (as a signed-in
 * administrator) and straight through the repository, so the cost of validation, authentication and the
 * transaction shows up beside the cost of the SQL; then `grants audit verify` over a 1,000,000-entry operation
 * log (bench/log-verify.ts; --log-entries N, 0 to skip); then the expenditure ledger on a 1,000,000-line demo
 * set: ledger pages, budget against actual and import throughput (bench/ledger.ts; --ledger-lines N, 0 to
 * skip; --import-rows N), with reads through dispatch while a `grants import expenditures` of 300,000 lines
 * runs in another process (--import-beside-reads N, 0 to skip); then a project audit report with 10,000 ledger
 * lines against raw pdfkit (bench/report.ts; --report-lines N, 0 to skip) and `grants report batch` over the demo (bench/report-batch.ts; --report-batch 0 skips); the largest project's ledger exported as CSV
 * and .xlsx against a raw SELECT written as CSV (bench/export.ts; --export-runs N, 0 to skip); last, sign-in, each role's
 * home page, the application list and the big ledger tab on the scale database (bench/home.ts; --home-runs N, 0 to
 * skip). Prints a table, then one `BENCH_JSON {...}` line, and writes bench/results/latest.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ops, type OpInput } from '../src-main/contract';
import { closeApp, createApp, dispatch, seedDemo, systemContext } from '../src-main/api';
import { listOrganizations } from '../src-main/db/organizations-repo';
import { BACKUP_TARGET_RATIO, runBackupBench } from './backup';
import { REPORT_TARGET_RATIO, reportSummary, runReportBench } from './report';
import { IMPORT_TARGET_LINES_PER_SECOND, LEDGER_PAGE_TARGET_MS, ledgerSummary, runLedgerBench } from './ledger';
import { LOG_VERIFY_TARGET_MS, LOG_VERIFY_TARGET_RATIO, runLogVerifyBench } from './log-verify';
import { readsDuringImportSummary } from './reads-during-import';
import { measure, peakRssMb, round, type Timing } from './stats';
import { runSearchBench, searchSummary } from './search';
import { runStartupBench, startupScenarios, startupSummary, type StartupFigure } from './startup';
import { printTable } from './table';
import { signInAs } from './sign-in';
import { exportSummary, runExportBench, type ExportBenchResult } from './export';
import { findAgreementNumber } from '../src-main/db/agreements-repo';
import { largestDemoLedgers } from '../src-main/services/demo/index';
import { PACK_TARGET_MS, packSummary, runPackBench, type PackBenchResult } from './packs';
import {
  runSupervisionBench,
  SUPERVISION_TARGET_MS,
  supervisionSummary,
  type SupervisionBenchResult,
} from './supervision';
import { REPORT_BATCH_TARGET_MS, reportBatchSummary, runReportBatchBench } from './report-batch';
import { HOME_TARGET_MS, homeSummary, runHomeBench, type HomeBenchResult } from './home';

const { values } = parseArgs({
  options: {
    organizations: { type: 'string' },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    'log-entries': { type: 'string' },
    'ledger-lines': { type: 'string' },
    'ledger-projects': { type: 'string' },
    'import-rows': { type: 'string' },
    'import-runs': { type: 'string' },
    'backup-runs': { type: 'string' },
    'import-beside-reads': { type: 'string' },
    'report-lines': { type: 'string' },
    'startup-runs': { type: 'string' },
    'export-runs': { type: 'string' },
    'pack-projects': { type: 'string' },
    'report-batch': { type: 'string' },
    'supervision-runs': { type: 'string' },
    'home-runs': { type: 'string' },
  },
});
const ORGANIZATIONS = Number(values.organizations ?? process.env.BENCH_ORGS ?? 100_000);
const RUNS = Number(values.runs ?? 30);
const WARMUP = Number(values.warmup ?? 5);
const LOG_ENTRIES = Number(values['log-entries'] ?? process.env.BENCH_LOG_ENTRIES ?? 1_000_000);
/** bench/ledger.ts: the demo set at benchmark scale (0 skips it), and the import throughput case. */
const LEDGER_LINES = Number(values['ledger-lines'] ?? process.env.BENCH_LEDGER_LINES ?? 1_000_000);
const LEDGER_PROJECTS = Number(values['ledger-projects'] ?? 10_000);
const IMPORT_ROWS = Number(values['import-rows'] ?? 100_000);
const IMPORT_RUNS = Number(values['import-runs'] ?? 3);
/** bench/backup.ts: backups of the organizations database timed against raw backup() (0 skips it). */
const BACKUP_RUNS = Number(values['backup-runs'] ?? 3);
/** Lines of the `grants import expenditures` that runs in another process while reads are measured (0 skips). */
const IMPORT_BESIDE_READS = Number(values['import-beside-reads'] ?? 300_000);
/** bench/report.ts: the project audit report with this many ledger lines against raw pdfkit (0 skips it). */
const REPORT_LINES = Number(values['report-lines'] ?? 10_000);
/** bench/startup.ts: runs of each start-up timing (0 skips it); serve is timed on the ledger database. */
const STARTUP_RUNS = Number(values['startup-runs'] ?? 10);
/** bench/export.ts: the largest project's ledger exported as CSV and .xlsx against a raw SELECT (0 skips it). */
const EXPORT_RUNS = Number(values['export-runs'] ?? 3);
/**
 * bench/packs.ts and bench/supervision.ts run on the ledger's scale database (skipped with --ledger-lines 0):
 * a field pack of this many projects exported and imported back (0 skips it), and runs of each 监督检查
 * overview query after inspections are added for every tenth project (0 skips it).
 */
const PACK_PROJECTS = Number(values['pack-projects'] ?? 50);
/** bench/report-batch.ts: `grants report batch` over every project of the demo, timed once (0 skips it). */
const SUPERVISION_RUNS = Number(values['supervision-runs'] ?? RUNS);
const REPORT_BATCH = Number(values['report-batch'] ?? 1);
/** bench/home.ts on the ledger's scale database: runs of sign-in and each first-click op (0 skips it). */
const HOME_RUNS = Number(values['home-runs'] ?? RUNS);
const PAGE_SIZE = 50;
/** The first issue's target: one page of a filtered, sorted list in under 50 ms. */
const PAGE_TARGET_MS = 50;

type ListInput = OpInput<'organizations.list'>;

export interface ScenarioResult extends Timing {
  scenario: string;
  /**
   * 'service' and 'cli' are the log-verify case: in process, and `grants audit verify` as a process; 'service'
   * and 'raw' are also the ledger import and a plain prepared INSERT of the same rows.
   */
  path: 'dispatch' | 'repository' | 'service' | 'cli' | 'raw';
  targetMs: number;
  /** p95 / target (or median / target when ratioBasis says so): below 1 meets the target. */
  ratio: number;
  ratioBasis?: 'p95' | 'median' | 'p99';
  rows: number;
  total: number;
}

const dir = mkdtempSync(join(tmpdir(), 'grants-bench-'));
const app = createApp({ dbPath: join(dir, 'bench.db'), host: 'cli', appVersion: 'bench' });
try {
  const seedStart = process.hrtime.bigint();
  const seeded = seedDemo(systemContext(app), { projects: ORGANIZATIONS, includeAdmin: true });
  const seedMs = Number(process.hrtime.bigint() - seedStart) / 1e6;

  const call = await signInAs(app, 'admin');

  const lastPage = (input: ListInput) => {
    const parsed = ops['organizations.list'].input.parse(input);
    return Math.max(1, Math.ceil(listOrganizations(app.db, { ...parsed, pageSize: 1 }).total / PAGE_SIZE));
  };
  const filtered: ListInput = {
    filters: { registration: 'registered', districtCode: '500103' },
    sort: [{ id: 'name', desc: false }],
  };
  // Page 50 when the filter leaves that many pages, else the last one: always a deep page.
  const filteredPage = Math.min(50, lastPage(filtered));
  const scenarios: { name: string; input: ListInput }[] = [
    {
      name: `登记 + 渝中区, by name, page ${filteredPage}`,
      input: { ...filtered, page: filteredPage, pageSize: PAGE_SIZE },
    },
    {
      name: 'all, by name desc, page 50',
      input: { sort: [{ id: 'name', desc: true }], page: 50, pageSize: PAGE_SIZE },
    },
    {
      name: '基金会, by founded date, page 10',
      input: {
        filters: { kind: 'foundation' },
        sort: [{ id: 'foundedDate', desc: true }],
        page: 10,
        pageSize: PAGE_SIZE,
      },
    },
    {
      name: 'search 守护天使, by name, page 1',
      input: { search: '守护天使', sort: [{ id: 'name', desc: false }], page: 1, pageSize: PAGE_SIZE },
    },
    { name: 'count 登记 (page size 1)', input: { filters: { registration: 'registered' }, page: 1, pageSize: 1 } },
  ];

  const results: ScenarioResult[] = [];
  for (const { name, input } of scenarios) {
    const parsed = ops['organizations.list'].input.parse(input);
    const probe = listOrganizations(app.db, parsed);
    const viaRepo = await measure(() => listOrganizations(app.db, parsed), RUNS, WARMUP);
    const viaDispatch = await measure(
      async () => {
        const env = await dispatch(app, 'organizations.list', input, call);
        if (!env.ok) throw new Error(`${name}: ${env.error.message}`);
      },
      RUNS,
      WARMUP,
    );
    for (const [path, t] of [
      ['dispatch', viaDispatch],
      ['repository', viaRepo],
    ] as const) {
      results.push({
        scenario: name,
        path,
        ...t,
        targetMs: PAGE_TARGET_MS,
        ratio: round(t.p95Ms / PAGE_TARGET_MS),
        rows: probe.rows.length,
        total: probe.total,
      });
    }
  }

  const search = await runSearchBench(app, RUNS, WARMUP);
  results.push(...search.scenarios);

  const backup = BACKUP_RUNS > 0 ? await runBackupBench(app, BACKUP_RUNS) : null;
  if (backup) results.push(...backup.scenarios);

  const log = LOG_ENTRIES > 0 ? await runLogVerifyBench(LOG_ENTRIES, join(import.meta.dirname, '..')) : null;
  if (log) results.push(...log.scenarios);
  const root = join(import.meta.dirname, '..');
  let startup: StartupFigure | null = null;
  let exported: ExportBenchResult | null = null;
  let supervision: SupervisionBenchResult | null = null;
  let pack: PackBenchResult | null = null;
  let home: HomeBenchResult | null = null;
  const ledger =
    LEDGER_LINES > 0
      ? await runLedgerBench({
          ledgerLines: LEDGER_LINES,
          projects: LEDGER_PROJECTS,
          importRows: IMPORT_ROWS,
          importRuns: IMPORT_RUNS,
          importBesideReads: IMPORT_BESIDE_READS,
          runs: RUNS,
          warmup: WARMUP,
          onBuilt: async (built) => {
            if (STARTUP_RUNS > 0) startup = await runStartupBench(root, built.dbPath, STARTUP_RUNS);
            if (EXPORT_RUNS > 0) {
              const big = largestDemoLedgers(built.db)[0];
              if (big)
                exported = runExportBench(built, findAgreementNumber(built.db, big.agreementNumber)!, EXPORT_RUNS);
            }
            if (SUPERVISION_RUNS > 0) supervision = await runSupervisionBench(built, SUPERVISION_RUNS, WARMUP);
            if (PACK_PROJECTS > 0) pack = await runPackBench(built, PACK_PROJECTS);
            if (HOME_RUNS > 0) home = await runHomeBench(built, HOME_RUNS, WARMUP);
          },
        })
      : null;
  if (ledger) results.push(...ledger.scenarios);
  const exportResult = exported as ExportBenchResult | null;
  if (exportResult) results.push(...exportResult.scenarios);
  const pdf = REPORT_LINES > 0 ? await runReportBench(REPORT_LINES, BACKUP_RUNS > 0 ? BACKUP_RUNS : 3) : null;
  if (pdf) results.push(...pdf.scenarios);
  const batch = REPORT_BATCH > 0 ? runReportBatchBench() : null;
  if (!startup && STARTUP_RUNS > 0) startup = await runStartupBench(root, null, STARTUP_RUNS);
  if (startup) results.push(...startupScenarios(startup));
  const supervisionResult = supervision as SupervisionBenchResult | null;
  if (supervisionResult) results.push(...supervisionResult.scenarios);
  const packResult = pack as PackBenchResult | null;
  if (packResult) results.push(...packResult.scenarios);
  const homeResult = home as HomeBenchResult | null;
  if (homeResult) results.push(...homeResult.scenarios);

  const report = {
    benchmark: 'organizations-list',
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    organizations: seeded.organizations,
    fundPrograms: seeded.fundPrograms,
    runs: RUNS,
    warmup: WARMUP,
    seed: { ms: round(seedMs, 1), rowsPerSecond: Math.round(seeded.organizations / (seedMs / 1000)) },
    dbSizeMb: round(app.dbSizeBytes() / 1048576, 1),
    peakRssMb: peakRssMb(),
    targets: {
      pageMs: PAGE_TARGET_MS,
      ...(log ? { logVerifyMs: LOG_VERIFY_TARGET_MS } : {}),
      ...(backup ? { backupRatio: BACKUP_TARGET_RATIO } : {}),
      ...(pdf ? { reportRatio: REPORT_TARGET_RATIO } : {}),
      ...(batch ? { reportBatchMs: REPORT_BATCH_TARGET_MS } : {}),
      ...(packResult ? { packMs: PACK_TARGET_MS } : {}),
      ...(supervisionResult ? { supervisionMs: SUPERVISION_TARGET_MS } : {}),
      ...(homeResult ? { homeMs: HOME_TARGET_MS } : {}),
      ...(ledger ? { ledgerPageMs: LEDGER_PAGE_TARGET_MS, importLinesPerSecond: IMPORT_TARGET_LINES_PER_SECOND } : {}),
    },
    backup: backup && {
      dbSizeMb: backup.dbSizeMb,
      backupMs: backup.backupMs,
      rawMs: backup.rawMs,
      ratio: backup.ratio,
    },
    report: pdf && {
      lines: pdf.lines,
      reportMs: pdf.reportMs,
      rawMs: pdf.rawMs,
      ratio: pdf.ratio,
      pages: pdf.reportPages,
      peakRssMb: pdf.peakRssMb,
    },
    reportBatch: batch,
    startup,
    export: exportResult && {
      rows: exportResult.rows,
      csvMs: exportResult.csvMs,
      xlsxMs: exportResult.xlsxMs,
      rawMs: exportResult.rawMs,
      csvRatio: exportResult.csvRatio,
      xlsxRatio: exportResult.xlsxRatio,
      csvCpuRatio: exportResult.csvCpuRatio,
      xlsxCpuRatio: exportResult.xlsxCpuRatio,
    },
    pack: packResult && { ...packResult, scenarios: undefined },
    supervision: supervisionResult && { ...supervisionResult, scenarios: undefined },
    home: homeResult && { ...homeResult, scenarios: undefined },
    search: search.figure,
    logVerify: log && {
      entries: log.entries,
      generate: log.generate,
      dbSizeMb: log.dbSizeMb,
      parallelMs: log.parallelMs,
      singleMs: log.singleMs,
      rawMs: log.rawMs,
      ratio: log.ratio,
    },
    ledger: ledger && {
      lines: ledger.ledgerLines,
      project: ledger.project,
      build: ledger.build,
      dbSizeMb: ledger.dbSizeMb,
      import: ledger.import,
      readsDuringImport: ledger.readsDuringImport,
    },
    worstRatio: Math.max(...results.map((r) => r.ratio)),
    scenarios: results,
  };

  printTable(report);
  if (backup) {
    console.log(
      `backup: grants backup ${backup.backupMs} ms, raw backup() ${backup.rawMs} ms, ratio ${backup.ratio}× (target ≤ ${BACKUP_TARGET_RATIO}×)`,
    );
  }
  if (ledger) for (const line of ledgerSummary(ledger)) console.log(line);
  if (pdf) console.log(reportSummary(pdf));
  if (batch) console.log(reportBatchSummary(batch));
  if (exportResult) console.log(exportSummary(exportResult));
  if (startup) console.log(startupSummary(startup));
  if (supervisionResult) for (const line of supervisionSummary(supervisionResult)) console.log(line);
  if (packResult) console.log(packSummary(packResult));
  if (log) {
    console.log(
      `audit verify over ${log.entries.toLocaleString('en')} entries: every core ${log.parallelMs} ms, one thread ` +
        `${log.singleMs} ms, createHash loop ${log.rawMs} ms; ratio ${log.ratio}× (target ≤ ${LOG_VERIFY_TARGET_RATIO}×)`,
    );
  }
  console.log(searchSummary(search.figure, seeded.organizations));
  if (ledger?.readsDuringImport) console.log(readsDuringImportSummary(ledger.readsDuringImport));
  if (homeResult) for (const line of homeSummary(homeResult)) console.log(line);
  console.log(`BENCH_JSON ${JSON.stringify(report)}`);
  const outDir = join(import.meta.dirname, 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
} finally {
  closeApp(app);
  rmSync(dir, { recursive: true, force: true });
}
