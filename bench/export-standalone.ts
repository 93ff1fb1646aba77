/**
 * The export case alone on an existing benchmark database (copied first: the export is logged), for profiling:
 * node bin/run-ts.mjs bench/export-standalone.ts --db COPY.db [--runs N]
 */
import { parseArgs } from 'node:util';
import { closeApp, createApp } from '../src-main/api';
import { findAgreementNumber } from '../src-main/db/agreements-repo';
import { largestDemoLedgers } from '../src-main/services/demo/index';
import { exportSummary, runExportBench } from './export';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' } } });
if (!values.db) throw new Error('--db PATH (a copy of a benchmark database) is required');
const app = createApp({ dbPath: values.db, host: 'cli', appVersion: 'bench' });
try {
  const big = largestDemoLedgers(app.db)[0]!;
  const r = runExportBench(app, findAgreementNumber(app.db, big.agreementNumber)!, Number(values.runs ?? 3));
  console.log(exportSummary(r));
} finally {
  closeApp(app);
}
