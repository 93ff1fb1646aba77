import type { Worker } from 'node:worker_threads';
import { spawnModuleWorker } from '../../services/module-worker';
import { SPREADSHEET_UPLOAD_OPS, type ReadOutcome, type ReadUploads } from '../../services/spreadsheet/uploads';

function spawn(data: { fileName: string; contentBase64: string }): Worker {
  return spawnModuleWorker(import.meta.url, 'read-worker', data);
}

/** One spreadsheet read on a worker thread of its own; undefined when the worker failed (the op reads it). */
function readOnWorker(fileName: string, contentBase64: string): Promise<ReadOutcome | null | undefined> {
  return new Promise((resolve) => {
    const worker = spawn({ fileName, contentBase64 });
    let answered = false;
    worker.once('message', (r: ReadOutcome | null) => {
      answered = true;
      resolve(r);
    });
    worker.once('error', (e) => {
      console.warn(`grants http host: reading the upload ${fileName} on a worker failed: ${e.message}`);
      resolve(undefined);
    });
    worker.once('exit', () => {
      if (!answered) resolve(undefined);
    });
  });
}

/**
 * The browser host's CallContext.readUploads: the spreadsheet of an import op read on a worker thread, so a
 * large or hostile file never blocks the event loop that answers everyone else. The op itself then only
 * checks and writes the rows (inside its transaction, as before).
 */
export async function readUploadsOffThread(op: string, input: unknown): Promise<ReadUploads | undefined> {
  if (!SPREADSHEET_UPLOAD_OPS.has(op)) return undefined;
  const { fileName, contentBase64 } = input as { fileName: string; contentBase64: string };
  const read = await readOnWorker(fileName, contentBase64);
  return read ? new Map([[contentBase64, read]]) : undefined;
}
