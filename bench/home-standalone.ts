/**
 * The first-clicks case alone (bench/home.ts) on an existing scale database, for profiling:
 * node bin/run-ts.mjs bench/home-standalone.ts --db COPY.db [--runs N] [--warmup N]
 * Build one first with bench/ledger-standalone.ts --build 1000000.
 */
import { parseArgs } from 'node:util';
import { closeApp, createApp } from '../src-main/api';
import { homeSummary, runHomeBench } from './home';

const { values } = parseArgs({
  options: { db: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' } },
});
if (!values.db) throw new Error('--db PATH (a copy of a benchmark database) is required');
const app = createApp({ dbPath: values.db, host: 'cli', appVersion: 'bench' });
try {
  const r = await runHomeBench(app, Number(values.runs ?? 30), Number(values.warmup ?? 5));
  for (const line of homeSummary(r)) console.log(line);
} finally {
  closeApp(app);
}
