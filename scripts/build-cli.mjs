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

/**
 * import.meta has no meaning in CommonJS (the bundler would leave an empty object): the chunk's own file URL
 * stands in for import.meta.url (paths resolve from the chunk, as they did in the ES build), and require's
 * resolution for import.meta.resolve.
 */
function commonJsImportMeta() {
  return {
    name: 'grants-cjs-import-meta',
    transform(code, id) {
      if (!id.includes('/src-main/') || !code.includes('import.meta')) return null;
      const out = code
        .replaceAll('import.meta.url', '__grantsFileUrl(__filename).href')
        .replaceAll('import.meta.resolve(', '__grantsResolve(')
        .replaceAll('import.meta.dirname', '__dirname');
      if (out.includes('import.meta')) throw new Error(`${id}: import.meta left that CommonJS cannot express`);
      // Imports rather than require(): a module may name a variable of its own `require` (createRequire).
      const head =
        "import { pathToFileURL as __grantsFileUrl } from 'node:url';\n" +
        "import { createRequire as __grantsRequire } from 'node:module';\n" +
        'const __grantsResolve = (s) => __grantsFileUrl(__grantsRequire(__filename).resolve(s)).href;\n';
      return { code: head + out, map: null };
    },
  };
}

/** The project's own modules in the build, relative to the root with forward slashes, sorted. */
function builtSources(result) {
  const ids = new Set();
  for (const output of [result].flat())
    for (const item of output.output) if (item.type === 'chunk') for (const id of item.moduleIds) ids.add(id);
  const prefix = ROOT.replaceAll('\\', '/');
  return [...ids]
    .map((id) => id.replaceAll('\\', '/'))
    .filter((id) => id.startsWith(prefix) && !id.includes('/node_modules/'))
    .map((id) => id.slice(prefix.length))
    .sort();
}

export async function buildCli() {
  // Sources saved after this instant may be missing from the build, so they make it stale.
  const startedAt = Date.now();
  const suffix = `${process.pid}-${startedAt}`;
  const temp = `${OUT}.new-${suffix}`;
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    resolve: { alias: { '@contract': join(ROOT, 'src-main', 'contract') } },
    // Node built-ins and packages stay imports resolved from node_modules at run time (better-sqlite3 is
    // native; the others are loaded lazily by the commands that need them), except zod: every command that
    // loads the contract loads it, and as one file inside the build it loads in about half the time of its
    // hundred-odd modules resolved one by one.
    ssr: { noExternal: ['zod'] },
    plugins: [commonJsImportMeta()],
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
        // CommonJS: a command loaded by require() skips the ES module loader's own start (fs/promises, a
        // facade over every built-in it imports, a lexer pass over each CommonJS package), about a fifth of a
        // short command's time. Each command's chunk is still required only when that command runs.
        output: {
          format: 'cjs',
          dynamicImportInCjs: false,
          // .cjs: the package is "type": "module" (a package.json of its own here would be taken for the
          // project's by the code that looks for the checkout's root above itself).
          entryFileNames: '[name].cjs',
          chunkFileNames: '[name]-[hash].cjs',
        },
      },
    },
  });
  // bin/grants.mjs compares this with the sources' times to notice a build older than the code.
  // It also lists the sources the build holds, so that check need not walk the whole tree: a source added
  // later matters only once a listed one imports it, and that one is then newer than the build.
  writeFileSync(join(temp, 'built.json'), JSON.stringify({ builtAt: startedAt, sources: builtSources(result) }) + '\n');
  const old = `${OUT}.old-${suffix}`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(temp, OUT);
  rmSync(old, { recursive: true, force: true });
}

/** vitest's globalSetup: the tests that spawn `grants` run the build of the code under test. */
export default buildCli;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
