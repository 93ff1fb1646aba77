/**
 * The start-up case alone on an existing ledger database (copied first: serve writes its open marker), for
 * profiling: node bin/run-ts.mjs bench/startup-standalone.ts --db COPY.db [--runs N]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runStartupBench, startupSummary } from './startup';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' } } });
if (!values.db) throw new Error('--db PATH (a copy of a benchmark database) is required');
const f = await runStartupBench(join(import.meta.dirname, '..'), values.db, Number(values.runs ?? 10));
console.log(startupSummary(f));
