import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SPREADSHEET_UPLOAD_OPS, type ReadOutcome, type ReadUploads } from '../../services/spreadsheet/uploads';

/**
 * The worker's bootstrap when run from source: workers do not inherit the TypeScript loader, so it registers
 * tsx itself before importing the worker module.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((tsx) => {
  (tsx.register ?? tsx.default.register)({ tsconfig: workerData.tsconfig });
  return import(workerData.entry);
});
`;

/** Built to JavaScript (out/cli, where the worker is its own entry beside this chunk) or run from source. */
const BUILT = import.meta.url.endsWith('.cjs');

function spawn(data: { fileName: string; contentBase64: string }): Worker {
  if (BUILT) return new Worker(new URL('./read-worker.cjs', import.meta.url), { workerData: data });
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: {
      ...data,
      tsxApi: import.meta.resolve('tsx/esm/api'),
      tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
      entry: new URL('./read-worker.ts', import.meta.url).href,
    },
  });
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
