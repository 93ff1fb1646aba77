#!/usr/bin/env node
// The `grants` command: the JavaScript build in out/cli when it is current, else the TypeScript sources
// compiled on the fly by tsx (see choose-entry.mjs).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseEntry } from './choose-entry.mjs';

// `grants … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function loadMain() {
  if (chooseEntry(ROOT) === 'build') return import('../out/cli/main.js');
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig is named explicitly so path aliases resolve from any cwd.
  register({ tsconfig: join(ROOT, 'tsconfig.json') });
  return import('../src-main/cli/main.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
