import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { closeApp } from '../api';
import { programApplicationIds } from '../db/reports-repo';
import { AppError } from '../services/app-error';
import { appErrorBody } from '../api/dispatch';
import { spawnModuleWorker } from '../services/module-worker';
import { findProgram } from '../services/reports/index';
import { intOption } from './args';
import type { CommandContext } from './context';
import { cliContext } from './import';
import { openApp } from './open';
import { DataError, EXIT_DATA, EXIT_OK, t, UsageError } from './output';
import type { BatchResult, BatchTask, BatchWorkerData } from './report-worker';

function spawn(data: BatchWorkerData): Worker {
  return spawnModuleWorker(import.meta.url, 'report-worker', data);
}

/** A file name from an approval number: 渝民发〔2015〕76号 keeps its characters, path separators do not survive. */
export function reportFileName(code: string): string {
  return `${code.replace(/[\\/:*?"<>|\s]+/g, '_')}.pdf`;
}

/**
 * grants report batch --program CODE --year Y --out-dir DIR: the project audit report of every project of a
 * program-year, on one worker thread per core, with a line of progress per project. A failed project is named
 * and the batch goes on; the exit code is 1 if any failed.
 */
export async function runReportBatch({ io, locale, dbPath, values }: CommandContext): Promise<number> {
  const code = values.program;
  if (typeof code !== 'string' || code.trim() === '') throw new UsageError('usage.reportProgram');
  const year = intOption('year', values.year, 1000, 9999);
  if (year === undefined) throw new UsageError('usage.reportYear');
  const outDir = values['out-dir'];
  if (typeof outDir !== 'string') throw new UsageError('usage.reportOutDir');
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const app = openApp(dbPath, 'cli', locale);
  let projects;
  try {
    const programId = findProgram(cliContext(app, null, locale), code.trim(), year);
    projects = programApplicationIds(app.db, programId);
  } catch (e) {
    if (e instanceof AppError) throw new DataError(appErrorBody(e, locale).message);
    throw e;
  } finally {
    closeApp(app);
  }
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const queue: BatchTask[] = projects.map((p) => ({
    applicationId: p.applicationId,
    code: p.agreementNumber,
    out: join(dir, reportFileName(p.agreementNumber)),
  }));
  const total = queue.length;
  const workers = Math.max(1, Math.min(availableParallelism(), total, 8));
  const failed: { code: string; reason: string }[] = [];
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const worker = spawn({ dbPath, locale, asName });
      await new Promise<void>((resolveWorker, reject) => {
        const next = () => worker.postMessage(queue.shift() ?? null);
        worker.on('message', (m: BatchResult | 'ready') => {
          if (m !== 'ready') {
            done++;
            if (!m.ok) failed.push(m);
            const result = m.ok ? `${m.number} ${m.file}` : t('report.batchFailed', locale, m);
            io.out(t('report.batchProgress', locale, { done, total, code: m.code, result }));
          }
          next();
        });
        worker.on('error', reject);
        worker.on('exit', () => resolveWorker());
      });
    }),
  );
  io.out(
    t('report.batchDone', locale, {
      total,
      ok: total - failed.length,
      failed: failed.length,
      seconds: ((Date.now() - started) / 1000).toFixed(1),
      workers,
    }),
  );
  for (const f of failed) io.err(t('report.batchFailed', locale, f));
  return failed.length > 0 ? EXIT_DATA : EXIT_OK;
}
