#!/usr/bin/env node
'use strict';
// The `grants` command: the JavaScript build in out/cli when it is current, else the TypeScript sources
// compiled on the fly by tsx (see choose-entry.cjs). CommonJS, as the build is: a command is loaded by
// require() without starting the ES module loader, which cost about a fifth of a short command's time.
const { join } = require('node:path');
const { chooseEntry } = require('./choose-entry.cjs');

// `grants … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

const ROOT = join(__dirname, '..');

async function loadMain() {
  if (chooseEntry(ROOT) === 'build') return require('../out/cli/main.cjs');
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig is named explicitly so path aliases resolve from any cwd.
  register({ tsconfig: join(ROOT, 'tsconfig.json') });
  return import('../src-main/cli/main.ts');
}

loadMain()
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
