import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * better-sqlite3 as this module resolves it: a worker evaluated from a string has no module of its own to
 * resolve from, so it is given this absolute path and loads the same build.
 */
export const BETTER_SQLITE3_PATH = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Runs plain JavaScript (no TypeScript loader is needed in a worker, wherever it runs) on a worker thread and
 * resolves to the first message it posts. Rejects when the worker throws, or ends without having answered;
 * `stopped` names the work in that message.
 */
export function runEvalWorker<T>(code: string, workerData: unknown, stopped: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    let answered = false;
    worker.once('message', (m: T) => {
      answered = true;
      resolve(m);
    });
    worker.once('error', reject);
    worker.once('exit', (exitCode) => {
      if (!answered) reject(new Error(`${stopped} stopped with exit code ${exitCode}`));
    });
  });
}
