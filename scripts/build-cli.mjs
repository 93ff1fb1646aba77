#!/usr/bin/env node
// Builds the `grants` command (CLI and browser host) to JavaScript in out/cli, so a command starts without
// compiling TypeScript. Each command's module stays its own chunk, loaded only when that command runs.
// The new build is written beside out/cli and swapped in whole: a command started meanwhile never sees
// half a build. `node scripts/build-cli.mjs` (npm run build:cli); vitest and Playwright run it first.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out', 'cli');

export async function buildCli() {
  // Sources saved after this instant may be missing from the build, so they make it stale.
  const startedAt = Date.now();
  const suffix = `${process.pid}-${startedAt}`;
  const temp = `${OUT}.new-${suffix}`;
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    resolve: { alias: { '@contract': join(ROOT, 'src-main', 'contract') } },
    // Node built-ins and packages stay imports resolved from node_modules at run time (better-sqlite3 is
    // native; the others are loaded lazily by the commands that need them), except zod: every command that
    // loads the contract loads it, and as one file inside the build it loads in about half the time of its
    // hundred-odd modules resolved one by one.
    ssr: { noExternal: ['zod'] },
    build: {
      ssr: true,
      target: 'node20',
      outDir: temp,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: {
        // The report batch's worker thread loads its own entry, beside the chunks (cli/report-batch.ts).
        input: {
          main: join(ROOT, 'src-main', 'cli', 'main.ts'),
          'report-worker': join(ROOT, 'src-main', 'cli', 'report-worker.ts'),
          // The browser host reads uploaded spreadsheets on a worker thread (hosts/http/read-uploads.ts).
          'read-worker': join(ROOT, 'src-main', 'hosts', 'http', 'read-worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  // bin/grants.mjs compares this with the sources' times to notice a build older than the code.
  writeFileSync(join(temp, 'built.json'), JSON.stringify({ builtAt: startedAt }) + '\n');
  const old = `${OUT}.old-${suffix}`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(temp, OUT);
  rmSync(old, { recursive: true, force: true });
}

/** vitest's globalSetup: the tests that spawn `grants` run the build of the code under test. */
export default buildCli;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
