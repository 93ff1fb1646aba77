import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker's bootstrap when run from source: workers do not inherit the TypeScript loader the process runs
 * under, so each registers tsx itself before importing the worker module.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((tsx) => {
  (tsx.register ?? tsx.default.register)({ tsconfig: workerData.tsconfig });
  return import(workerData.entry);
});
`;

/**
 * Starts the worker module `name` that sits beside the calling module (`callerUrl`: its import.meta.url). Built
 * to JavaScript (out/cli), the worker is its own entry `name.cjs` beside the caller's chunk; run from source,
 * `name.ts` is imported through the bootstrap above. The worker reads `workerData` as given (from source with
 * the bootstrap's three fields added).
 */
export function spawnModuleWorker(callerUrl: string, name: string, workerData: object): Worker {
  if (callerUrl.endsWith('.cjs')) return new Worker(new URL(`./${name}.cjs`, callerUrl), { workerData });
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: {
      ...workerData,
      tsxApi: import.meta.resolve('tsx/esm/api'),
      tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
      entry: new URL(`./${name}.ts`, callerUrl).href,
    },
  });
}
