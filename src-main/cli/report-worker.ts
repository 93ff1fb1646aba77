import { parentPort, workerData } from 'node:worker_threads';
import { closeApp } from '../api';
import type { Locale } from '../contract';
import { openApp } from './open';
import { registerReport, writeReport } from './report';

/** What the batch hands each worker once: where the database is and how to generate. */
export interface BatchWorkerData {
  dbPath: string;
  locale: Locale;
  asName: string | undefined;
}

export interface BatchTask {
  applicationId: number;
  code: string;
  out: string;
}

export type BatchResult =
  { ok: true; code: string; number: string; pages: number; file: string } | { ok: false; code: string; reason: string };

/**
 * One worker of `grants report batch`: its own connection to the database (numbering and logging each report
 * in a short write transaction), rendering PDFs on its own thread. Takes tasks until the batch sends null.
 */
const data = workerData as BatchWorkerData & { entry: string };
const app = openApp(data.dbPath, 'cli', data.locale);
parentPort!.on('message', (task: BatchTask | null) => {
  if (task === null) {
    closeApp(app);
    parentPort!.close();
    return;
  }
  void (async (): Promise<BatchResult> => {
    try {
      const generated = registerReport(app, data.asName, data.locale, () => ({
        kind: 'project',
        applicationId: task.applicationId,
      }));
      const { path, pages } = await writeReport(generated, task.out, data.locale);
      return { ok: true, code: task.code, number: generated.meta.number, pages, file: path };
    } catch (e) {
      return { ok: false, code: task.code, reason: e instanceof Error ? e.message : String(e) };
    }
  })().then((r) => parentPort!.postMessage(r));
});
parentPort!.postMessage('ready');
