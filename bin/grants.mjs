#!/usr/bin/env node
// The `grants` command. tsx compiles the TypeScript sources on the fly, so the CLI and the browser host
// need no build step; the project's tsconfig is named explicitly so path aliases resolve from any cwd.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// `grants … | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });

const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
