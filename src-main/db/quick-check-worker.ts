import type { FileOpenOptions } from './backup-repo';
import { BETTER_SQLITE3_PATH, runEvalWorker } from './eval-worker';

const CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const options = { readonly: true, fileMustExist: true };
if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
let db = null;
try {
  db = new Database(workerData.path, options);
  const rows = db.pragma('quick_check(' + workerData.max + ')');
  parentPort.postMessage({ problems: rows.map((r) => r.quick_check).filter((r) => r !== 'ok') });
} catch (e) {
  // A file too damaged to open or read is itself the answer: SQLite's message is the problem to name.
  const sqlite = typeof e.code === 'string' && e.code.startsWith('SQLITE_');
  parentPort.postMessage(sqlite ? { problems: [e.message] } : { failed: String(e.message) });
} finally {
  if (db) db.close();
}
`;

/**
 * PRAGMA quick_check of a database file on a worker thread of its own connection (read-only, its own WAL
 * snapshot: it never blocks a writer). A backup runs it on the live file while the copy is being written, so
 * the check and the copy take the two cores at once instead of one after the other.
 *
 * Resolves to the problems SQLite names (empty when sound), or null when no worker could be run here (the
 * caller then checks on its own thread): a worker is an optimisation, never the only way to the answer.
 */
export function quickCheckFileInWorker(path: string, opts: FileOpenOptions = {}, max = 5): Promise<string[] | null> {
  const workerData = {
    module: BETTER_SQLITE3_PATH,
    path,
    nativeBinding: opts.nativeBinding ?? null,
    max: Math.max(1, Math.floor(max)),
  };
  return runEvalWorker<{ problems?: string[] }>(CHECK_WORKER, workerData, `checking ${path}`).then(
    (m) => m.problems ?? null,
    () => null,
  );
}
