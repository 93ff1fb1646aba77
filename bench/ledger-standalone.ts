/**
 * The expenditure import case alone (import against a raw prepared INSERT of the same rows, each run rolled
 * back) on an existing ledger database, for profiling:
 * node bin/run-ts.mjs bench/ledger-standalone.ts --db COPY.db [--rows N] [--runs N]
 * With --build LINES, first builds the demo set there as the full bench does (a new file).
 */
import { parseArgs } from 'node:util';
import { closeApp, createApp, seedDemo, systemContext } from '../src-main/api';
import { importBench, importTarget, ledgerSummary } from './ledger';

const { values } = parseArgs({
  options: { db: { type: 'string' }, rows: { type: 'string' }, runs: { type: 'string' }, build: { type: 'string' } },
});
if (!values.db) throw new Error('--db PATH (a copy of a benchmark database) is required');
const app = createApp({ dbPath: values.db, host: 'cli', appVersion: 'bench' });
try {
  if (values.build) {
    const lines = Number(values.build);
    seedDemo(systemContext(app), { projects: Math.max(10, lines / 100), ledgerLines: lines, includeAdmin: true });
  }
  const target = await importTarget(app);
  const r = importBench(app, target.applicationId, target.code, target.line, {
    ledgerLines: 0,
    projects: 0,
    importRows: Number(values.rows ?? 100_000),
    importRuns: Number(values.runs ?? 3),
    importBesideReads: 0,
    runs: 0,
    warmup: 0,
  });
  const [, line, reversals] = ledgerSummary({
    scenarios: [],
    ledgerLines: 0,
    project: { code: target.code, lines: 0 },
    build: { ms: 0, linesPerSecond: 0 },
    dbSizeMb: 0,
    import: r,
    readsDuringImport: null,
  });
  console.log(line);
  console.log(reversals);
  console.log(`import ${r.import.ms} ms (cpu ${r.import.cpuMs}), raw ${r.raw.ms} ms (cpu ${r.raw.cpuMs})`);
} finally {
  closeApp(app);
}
