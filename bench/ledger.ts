/**
 * Benchmark case for the expenditure ledger, on the demo database at benchmark scale
 * (`grants init --demo --projects 10000 --ledger-lines 1000000`: ~1,000,000 ledger lines, five projects with
 * ~100,000 each), built at the start:
 *
 * - a page of the largest project's ledger through dispatch('ledger.list') (sorted by date and by amount,
 *   filtered by budget line and share; page 1 and a deep page) and straight through the repository, and the
 *   budget against actual of that project through dispatch('budgets.view'): median and p95, target 50 ms;
 * - `grants import expenditures` throughput: 100,000 CSV rows into that project, read, checked against the
 *   posting rules and written as the command does (one transaction with its log), in lines per second against
 *   a target of 50,000, beside a raw better-sqlite3 prepared INSERT of the same rows (their payee sort key
 *   included, as every posted row has it) in one transaction; the INSERT without that key is timed too.
 *   Both are timed to the end of their writes and then rolled back; CPU time is shown too, since wall time on a
 *   shared machine varies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ops, type OpInput, type OpOutput } from '../src-main/contract';
import {
  closeApp,
  createApp,
  dispatch,
  seedDemo,
  systemContext,
  type AppContext,
  type CallContext,
} from '../src-main/api';
import { cliContext } from '../src-main/cli/import';
import { addDays, daysInclusive } from '../src-main/core/calendar';
import { fiscalYear, formatVoucherNumber } from '../src-main/core/ledger';
import { fenToDecimalString } from '../src-main/core/money';
import { findAgreementNumber, getAgreementByApplication } from '../src-main/db/agreements-repo';
import { lastVoucherSeq, listLedger } from '../src-main/db/ledger-repo';
import { findUserByUsername } from '../src-main/db/users-repo';
import { largestDemoLedgers } from '../src-main/services/demo/index';
import { logOperation } from '../src-main/services/operation-log/index';
import { pinyinSortKey } from '../src-main/core/pinyin-key';
import { csvField } from '../src-main/services/spreadsheet/write';
import { importExpenditures } from '../src-main/services/transfer/expenditures/index';
import { readsDuringImport, type ReadsDuringImport } from './reads-during-import';
import type { ScenarioResult } from './run';
import { measure, round, summarize, type Timing } from './stats';
import { signInAs } from './sign-in';

export const LEDGER_PAGE_TARGET_MS = 50;
export const IMPORT_TARGET_LINES_PER_SECOND = 50_000;
const PAGE_SIZE = 50;
/** One reversal per this many imported lines: 100,000 lines give 500, as in the import that was measured. */
const REVERSAL_EVERY = 200;
export const IMPORT_TARGET_RATIO = 1.3;

export interface LedgerBenchOptions {
  /** Ledger lines in the database (about; the demo generator decides the exact count). */
  ledgerLines: number;
  /** Projects in the demo set the ledger is spread over. */
  projects: number;
  importRows: number;
  importRuns: number;
  /** Lines of the import run in another process while reads are measured; 0 skips it. */
  importBesideReads: number;
  runs: number;
  warmup: number;
  /** Runs once the demo set is built, with its database open (the start-up case times serve on it). */
  onBuilt?: (app: AppContext) => Promise<void>;
}

export interface ThroughputFigure {
  ms: number;
  cpuMs: number;
  linesPerSecond: number;
  cpuLinesPerSecond: number;
}

export interface LedgerBenchResult {
  scenarios: ScenarioResult[];
  ledgerLines: number;
  project: { code: string; lines: number };
  build: { ms: number; linesPerSecond: number };
  dbSizeMb: number;
  import: {
    rows: number;
    runs: number;
    import: ThroughputFigure;
    /** A prepared INSERT of the same rows, their payee sort key included. */
    raw: ThroughputFigure;
    ratio: number;
    /** The anchor as it was first measured: the same INSERT with payee_key left NULL. */
    rawWithoutKey: ThroughputFigure;
    ratioWithoutKey: number;
    /** The same import with a reversal every REVERSAL_EVERY rows, and its time over the plain import's. */
    reversals: number;
    withReversals: ThroughputFigure;
    reversalRatio: number;
  };
  readsDuringImport: ReadsDuringImport | null;
}

type ListInput = OpInput<'ledger.list'>;

function scenario(
  name: string,
  path: ScenarioResult['path'],
  t: Timing,
  rows: number,
  total: number,
  targetMs = LEDGER_PAGE_TARGET_MS,
): ScenarioResult {
  return { scenario: name, path, ...t, targetMs, ratio: round(t.p95Ms / targetMs), rows, total };
}

/** Pages of the big ledger: sorted two ways, filtered by line and share, at page 1 and 80% of the way down. */
async function pageScenarios(
  app: AppContext,
  call: CallContext,
  applicationId: number,
  lineCode: string,
  opts: LedgerBenchOptions,
): Promise<ScenarioResult[]> {
  const agreementId = getAgreementByApplication(app.db, applicationId)!.id;
  const deep = (input: ListInput) => {
    const parsed = ops['ledger.list'].input.parse({ ...input, page: 1, pageSize: 1 });
    const { applicationId: _a, ...q } = parsed;
    const pages = Math.ceil(listLedger(app.db, agreementId, q).total / PAGE_SIZE);
    return Math.max(1, Math.floor(pages * 0.8));
  };
  const byDate: ListInput = { applicationId, sort: [{ id: 'date', desc: true }] };
  const byAmount: ListInput = { applicationId, sort: [{ id: 'amountFen', desc: true }] };
  const filtered: ListInput = {
    applicationId,
    sort: [{ id: 'date', desc: true }],
    filters: { lineCode, share: 'grant' },
  };
  const cases: [string, ListInput][] = [];
  for (const [label, input] of [
    ['by date desc', byDate],
    ['by amount desc', byAmount],
    [`line ${lineCode} + 财政资金, by date desc`, filtered],
  ] as const) {
    const page = deep(input);
    cases.push([`ledger ${label}, page 1`, { ...input, page: 1, pageSize: PAGE_SIZE }]);
    cases.push([`ledger ${label}, page ${page}`, { ...input, page, pageSize: PAGE_SIZE }]);
  }
  const out: ScenarioResult[] = [];
  for (const [name, input] of cases) {
    const parsed = ops['ledger.list'].input.parse(input);
    const { applicationId: _a, ...q } = parsed;
    const probe = listLedger(app.db, agreementId, q);
    const viaDispatch = await measure(
      async () => {
        const r = await dispatch(app, 'ledger.list', input, call);
        if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      },
      opts.runs,
      opts.warmup,
    );
    const viaRepo = await measure(() => listLedger(app.db, agreementId, q), opts.runs, opts.warmup);
    out.push(scenario(name, 'dispatch', viaDispatch, probe.rows.length, probe.total));
    out.push(scenario(name, 'repository', viaRepo, probe.rows.length, probe.total));
  }
  const view = await measure(
    async () => {
      const r = await dispatch(app, 'budgets.view', { applicationId }, call);
      if (!r.ok) throw new Error(`budgets.view: ${r.error.message}`);
    },
    opts.runs,
    opts.warmup,
  );
  const lines = listLedger(app.db, agreementId, { page: 1, pageSize: 1, sort: [], search: '', filters: {} }).total;
  out.push(scenario('budgets.view (budget against actual)', 'dispatch', view, 1, lines));
  return out;
}

interface ImportRow {
  date: string;
  invoiceNo: string;
  payee: string;
  summary: string;
  amountFen: number;
}

const PAYEES = ['重庆市渝中区文印服务部', '重庆公交集团有限公司', '重庆市永辉超市有限公司', '项目社工 李娜'];
const SUMMARIES = ['小组活动物料', '社区主题活动场地租金', '个案服务入户探访交通费', '志愿者保险费'];

/** `count` matching-fund lines on one budget line, spread over the period, small enough to fit its balance. */
export function importRows(count: number, start: string, end: string, amountFen: number, run: number): ImportRow[] {
  const days = daysInclusive(start, end);
  return Array.from({ length: count }, (_, i) => ({
    date: addDays(start, (i * 7919) % days),
    invoiceNo: `FP${run}${String(i).padStart(7, '0')}`,
    payee: PAYEES[i % PAYEES.length]!,
    summary: SUMMARIES[(i >> 2) % SUMMARIES.length]!,
    amountFen: amountFen + (i % 3),
  }));
}

export function csvBytes(code: string, lineCode: string, rows: readonly ImportRow[]): Buffer {
  const header = '项目编号,日期,发票号,预算科目,资金性质,收款方,摘要,金额(元)\r\n';
  const body = rows
    .map((r) =>
      [code, r.date, r.invoiceNo, lineCode, '配套资金', r.payee, r.summary, fenToDecimalString(r.amountFen)]
        .map(csvField)
        .join(','),
    )
    .join('\r\n');
  return Buffer.from(`\uFEFF${header}${body}\r\n`, 'utf8');
}

/**
 * The same rows with their own 凭证号, and after every `every`-th row a 红字冲销 of that row (same line and share,
 * negated amount): the case that used to re-read the project's totals for every reversal.
 */
function csvWithReversals(code: string, lineCode: string, rows: readonly ImportRow[], every: number): Buffer {
  const header = '项目编号,日期,发票号,预算科目,资金性质,收款方,摘要,金额(元),凭证号,冲销凭证号,冲销原因\r\n';
  const out: string[] = [];
  rows.forEach((r, i) => {
    const base = [code, r.date, r.invoiceNo, lineCode, '配套资金', r.payee, r.summary];
    out.push([...base, fenToDecimalString(r.amountFen), `B${i}`, '', ''].map(csvField).join(','));
    if (i % every === every - 1) {
      out.push([...base, fenToDecimalString(-r.amountFen), `R${i}`, `B${i}`, '金额录入错误'].map(csvField).join(','));
    }
  });
  return Buffer.from(`\uFEFF${header}${out.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The import run beside the reads: 0.01 元 a line, shared out over the lines in proportion to their room, so
 * it fits whatever the project's budget.
 */
function besideCsv(
  code: string,
  lines: readonly { lineCode: string; balanceFen: number }[],
  rows: ImportRow[],
): Buffer {
  const room = lines.reduce((a, l) => a + l.balanceFen, 0);
  let next = 0;
  const parts = lines.map((l, i) => {
    const count = i === lines.length - 1 ? rows.length - next : Math.floor((rows.length * l.balanceFen) / room);
    const mine = rows.slice(next, next + count).map((r) => ({ ...r, amountFen: 1 }));
    next += count;
    return csvBytes(code, l.lineCode, mine).toString('utf8').split('\r\n');
  });
  const body = parts.flatMap((p) => p.slice(1).filter(Boolean));
  return Buffer.from(`${parts[0]![0]}\r\n${body.join('\r\n')}\r\n`, 'utf8');
}

function timed(fn: () => void): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const c = process.cpuUsage(cpu);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}

class Undo extends Error {}

/**
 * Times `fn` in a write transaction, then rolls it back: every run meets the same ledger, and the runs do not
 * use up the project's budget (a demo project's matching balance holds one run of 0.01 元 lines, not nine).
 * The commit is left out alike for the import and for the raw insert.
 */
export function timedUndone(app: AppContext, fn: () => void): { ms: number; cpuMs: number } {
  let t: { ms: number; cpuMs: number } | null = null;
  try {
    app.db
      .transaction(() => {
        t = timed(fn);
        throw new Undo();
      })
      .immediate();
  } catch (e) {
    if (!(e instanceof Undo)) throw e;
  }
  return t!;
}

function figure(samples: { ms: number; cpuMs: number }[], rows: number): ThroughputFigure {
  const ms = summarize(samples.map((s) => s.ms)).medianMs;
  const cpuMs = summarize(samples.map((s) => s.cpuMs)).medianMs;
  return {
    ms: round(ms, 1),
    cpuMs: round(cpuMs, 1),
    linesPerSecond: Math.round(rows / (ms / 1000)),
    cpuLinesPerSecond: Math.round(rows / (cpuMs / 1000)),
  };
}

/**
 * Import throughput into the big project, alternating with the raw insert so both meet the same database
 * and machine state: each run writes `rows` lines, with voucher numbers continuing the project's, and undoes them.
 */
export function importBench(
  app: AppContext,
  applicationId: number,
  code: string,
  line: { code: string; roomFen: number },
  opts: LedgerBenchOptions,
): LedgerBenchResult['import'] {
  const agreement = getAgreementByApplication(app.db, applicationId)!;
  const finance = findUserByUsername(app.db, 'finance')!;
  const user = { ...finance, sessionId: 0 };
  // Half the line's balance spread over the lines one run adds, each run being undone (at least 0.01 元 each).
  const amountFen = Math.max(1, Math.floor(line.roomFen / 2 / opts.importRows) - 2);
  // The anchor writes the rows as stored, sort key included: ledger_lines.payee_key (the payee's pinyin, for
  // the ledger's sort by payee in Chinese order) is part of every row the app posts, and leaving it NULL made
  // the anchor a cheaper row than the import's (all its index entries in one place). The key is worked out
  // once per distinct payee, as the app does. The old anchor (key left NULL) is still timed and printed.
  const columns = `agreement_id, voucher_year, voucher_seq, voucher_no, date, invoice_no, line_code, share, cost_type,
       payee, summary, amount_fen, advance, reverses_id, reason, budget_version, posted_by, posted_at`;
  const values = `?, ?, ?, ?, ?, ?, ?, 'matching', NULL, ?, ?, ?, 0, NULL, '', ?, ?, ?`;
  const insert = app.db.prepare(`INSERT INTO ledger_lines (${columns}, payee_key) VALUES (${values}, ?)`);
  const insertWithoutKey = app.db.prepare(`INSERT INTO ledger_lines (${columns}) VALUES (${values})`);
  const version = app.db
    .prepare('SELECT max(version) FROM budget_versions WHERE agreement_id = ?')
    .pluck()
    .get(agreement.id) as number;
  const imports: { ms: number; cpuMs: number }[] = [];
  const raws: { ms: number; cpuMs: number }[] = [];
  const rawsWithoutKey: { ms: number; cpuMs: number }[] = [];
  const withReversals: { ms: number; cpuMs: number }[] = [];
  let reversals = 0;
  // Run 0 is a warm-up, left out of the figures: whichever case ran first paid for reading the project's index
  // pages into the cache (the first import measured about twice the next one).
  for (let run = 0; run <= opts.importRuns; run++) {
    const rows = importRows(opts.importRows, agreement.periodStart, agreement.periodEnd, amountFen, run * 2);
    const bytes = csvBytes(code, line.code, rows);
    imports.push(
      timedUndone(app, () => {
        const ctx = cliContext(app, user, 'zh');
        const r = importExpenditures(ctx, { fileName: 'bench.csv', bytes });
        if (r.imported !== rows.length) throw new Error(`imported ${r.imported} of ${rows.length}`);
        logOperation(ctx, 'ledger.import', 'succeeded');
      }),
    );
    const again = importRows(opts.importRows, agreement.periodStart, agreement.periodEnd, amountFen, run * 2 + 100);
    const reversing = csvWithReversals(code, line.code, again, REVERSAL_EVERY);
    withReversals.push(
      timedUndone(app, () => {
        const ctx = cliContext(app, user, 'zh');
        const r = importExpenditures(ctx, { fileName: 'bench-reversals.csv', bytes: reversing });
        reversals = r.imported - again.length;
        logOperation(ctx, 'ledger.import', 'succeeded');
      }),
    );
    const same = importRows(opts.importRows, agreement.periodStart, agreement.periodEnd, amountFen, run * 2 + 1);
    const rawInsert = (withKey: boolean) => () => {
      const last = new Map<number, number>();
      const keys = new Map<string, string>();
      const at = new Date().toISOString();
      for (const r of same) {
        const year = fiscalYear(r.date);
        const seq = (last.get(year) ?? lastVoucherSeq(app.db, agreement.id, year)) + 1;
        last.set(year, seq);
        const voucherNo = formatVoucherNumber(year, seq);
        const args = [
          agreement.id,
          year,
          seq,
          voucherNo,
          r.date,
          r.invoiceNo,
          line.code,
          r.payee,
          r.summary,
          r.amountFen,
          version,
          finance.id,
          at,
        ] as const;
        if (!withKey) {
          insertWithoutKey.run(...args);
          continue;
        }
        let key = keys.get(r.payee);
        if (key === undefined) keys.set(r.payee, (key = pinyinSortKey(r.payee)));
        insert.run(...args, key);
      }
    };
    raws.push(timedUndone(app, rawInsert(true)));
    rawsWithoutKey.push(timedUndone(app, rawInsert(false)));
  }
  for (const samples of [imports, raws, rawsWithoutKey, withReversals]) samples.shift();
  const imp = figure(imports, opts.importRows);
  const raw = figure(raws, opts.importRows);
  const rawWithoutKey = figure(rawsWithoutKey, opts.importRows);
  const rev = figure(withReversals, opts.importRows);
  return {
    rows: opts.importRows,
    runs: opts.importRuns,
    import: imp,
    raw,
    ratio: round(imp.ms / raw.ms, 2),
    rawWithoutKey,
    ratioWithoutKey: round(imp.ms / rawWithoutKey.ms, 2),
    reversals,
    withReversals: rev,
    reversalRatio: round(rev.ms / imp.ms, 2),
  };
}

function throughputScenarios(r: LedgerBenchResult['import']): ScenarioResult[] {
  const targetMs = (r.rows / IMPORT_TARGET_LINES_PER_SECOND) * 1000;
  const row = (name: string, path: ScenarioResult['path'], f: ThroughputFigure): ScenarioResult => ({
    scenario: name,
    path,
    medianMs: f.ms,
    p95Ms: f.ms,
    minMs: f.ms,
    meanMs: f.ms,
    runs: r.runs,
    targetMs,
    ratio: round(f.ms / targetMs),
    ratioBasis: 'median',
    rows: r.rows,
    total: r.rows,
  });
  return [
    row(
      `import ${r.rows.toLocaleString('en')} CSV rows (${r.import.linesPerSecond.toLocaleString('en')} lines/s)`,
      'service',
      r.import,
    ),
    row(
      `raw INSERT of the same rows, sort key included (${r.raw.linesPerSecond.toLocaleString('en')} lines/s)`,
      'raw',
      r.raw,
    ),
  ];
}

function largestLedger(app: AppContext): { agreementNumber: string; lines: number } {
  return app.db
    .prepare(
      `SELECT g.agreement_number AS agreementNumber, count(*) AS lines FROM ledger_lines l
       JOIN agreements g ON g.id = l.agreement_id GROUP BY l.agreement_id ORDER BY lines DESC LIMIT 1`,
    )
    .get() as { agreementNumber: string; lines: number };
}

/** The largest project of a built ledger database and its roomiest line for matching funds (the import's). */
export async function importTarget(app: AppContext): Promise<{
  applicationId: number;
  code: string;
  /** Lines in the project's ledger. */
  lines: number;
  line: { code: string; roomFen: number };
  call: CallContext;
  rows: BudgetRows;
}> {
  // A small --ledger-lines makes no 100,000-line ledger; the largest one there is stands in.
  const big = largestDemoLedgers(app.db)[0] ?? largestLedger(app);
  const applicationId = findAgreementNumber(app.db, big.agreementNumber)!;
  const call = await signInAs(app, 'finance');
  const view = await dispatch(app, 'budgets.view', { applicationId }, call);
  if (!view.ok) throw new Error(view.error.message);
  const rows = (view.value as OpOutput<'budgets.view'>).execution.rows;
  // The import adds matching-fund lines, so the room is the line's matching balance.
  const roomiest = [...rows]
    .filter((r) => r.costType === null)
    .sort((a, b) => b.matching.balanceFen - a.matching.balanceFen)[0]!;
  return {
    applicationId,
    code: big.agreementNumber,
    lines: big.lines,
    line: { code: roomiest.lineCode, roomFen: roomiest.matching.balanceFen },
    call,
    rows,
  };
}

type BudgetRows = OpOutput<'budgets.view'>['execution']['rows'];

export async function runLedgerBench(opts: LedgerBenchOptions): Promise<LedgerBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'grants-bench-ledger-'));
  const app = createApp({ dbPath: join(dir, 'ledger.db'), host: 'cli', appVersion: 'bench' });
  try {
    const start = process.hrtime.bigint();
    seedDemo(systemContext(app), { projects: opts.projects, ledgerLines: opts.ledgerLines, includeAdmin: true });
    const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (opts.onBuilt) await opts.onBuilt(app);
    const ledgerLines = app.db.prepare('SELECT count(*) FROM ledger_lines').pluck().get() as number;
    const { applicationId, code, lines, line, call, rows } = await importTarget(app);
    // The busiest line for the filtered page; the import goes to the roomiest (importTarget).
    const busiest = [...rows].sort((a, b) => b.grant.actualFen - a.grant.actualFen)[0]!;

    const scenarios = await pageScenarios(app, call, applicationId, busiest.lineCode, opts);
    const dbSizeMb = round(app.dbSizeBytes() / 1048576, 1);
    const imported = importBench(app, applicationId, code, line, opts);
    const agreement = getAgreementByApplication(app.db, applicationId)!;
    const beside =
      opts.importBesideReads > 0
        ? await readsDuringImport(
            app,
            call,
            applicationId,
            besideCsv(
              code,
              rows
                .filter((r) => r.costType === null && r.matching.balanceFen > 0)
                .map((r) => ({ lineCode: r.lineCode, balanceFen: r.matching.balanceFen })),
              importRows(opts.importBesideReads, agreement.periodStart, agreement.periodEnd, 1, 99),
            ),
            opts.importBesideReads,
            join(import.meta.dirname, '..'),
          )
        : null;
    return {
      scenarios: [...scenarios, ...throughputScenarios(imported), ...(beside ? [beside.scenario] : [])],
      readsDuringImport: beside?.figure ?? null,
      ledgerLines,
      project: { code, lines },
      build: { ms: round(buildMs, 1), linesPerSecond: Math.round(ledgerLines / (buildMs / 1000)) },
      dbSizeMb,
      import: imported,
    };
  } finally {
    closeApp(app);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines printed above the table. */
export function ledgerSummary(r: LedgerBenchResult): string[] {
  const n = (x: number) => x.toLocaleString('en');
  const i = r.import;
  return [
    `Ledger: ${n(r.ledgerLines)} lines (demo set built in ${(r.build.ms / 1000).toFixed(1)} s), database ` +
      `${r.dbSizeMb} MB; pages and budget against actual of ${r.project.code} (${n(r.project.lines)} lines)`,
    `Import of ${n(i.rows)} CSV rows into that project, median of ${i.runs}: ${n(i.import.linesPerSecond)} lines/s ` +
      `(${n(i.import.cpuLinesPerSecond)} lines/s of CPU time), target ≥ ${n(IMPORT_TARGET_LINES_PER_SECOND)}; ` +
      `raw INSERT ${n(i.raw.linesPerSecond)} lines/s (${n(i.raw.cpuLinesPerSecond)} of CPU); import/raw time ${i.ratio}× ` +
      `(target ≤ ${IMPORT_TARGET_RATIO}×); against the INSERT without the payee sort key (the earlier anchor) ` +
      `${n(i.rawWithoutKey.linesPerSecond)} lines/s, ${i.ratioWithoutKey}×`,
    `Import of the same rows with ${n(i.reversals)} reversals: ${i.withReversals.ms} ms against ${i.import.ms} ms ` +
      `without; ratio ${i.reversalRatio}× (target ≤ ${IMPORT_TARGET_RATIO}×)`,
  ];
}
