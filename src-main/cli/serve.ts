import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startHttpHost, type HttpHost } from '../hosts/http/server';
import { isLoopbackHost } from '../hosts/http/security';
import { intOption } from './args';
import type { CommandContext } from './context';
import { DEFAULT_PORT } from './help';
import { DataError, EXIT_OK, t, UsageError } from './output';
import { PROJECT_ROOT } from './paths';
import { serveDatabase } from './serve-database';

/** Tests point this at a tiny fake renderer; everyone else gets the real build. */
function rendererDir(): { dir: string; buildable: boolean } {
  const fromEnv = process.env.GRANTS_RENDERER_DIR;
  return fromEnv ? { dir: fromEnv, buildable: false } : { dir: join(PROJECT_ROOT, 'out', 'renderer'), buildable: true };
}

/** electron-vite builds main, preload and renderer; its output goes to stderr so stdout stays one line. */
async function buildRenderer(): Promise<number> {
  const { spawn } = await import('node:child_process');
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  const cli = join(require.resolve('electron-vite/package.json'), '..', 'bin', 'electron-vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runServe({ io, locale, dbPath, values }: CommandContext): Promise<number> {
  const port = intOption('port', values.port, 0, 65535) ?? DEFAULT_PORT;
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
  if (!isLoopbackHost(host)) throw new UsageError('usage.hostNotLoopback', { host });

  const renderer = rendererDir();
  if (!existsSync(join(renderer.dir, 'index.html'))) {
    if (!renderer.buildable) throw new DataError(t('serve.noRenderer', locale, { dir: renderer.dir }));
    io.err(t('serve.building', locale, { dir: renderer.dir }));
    const code = await buildRenderer();
    if (code !== 0 || !existsSync(join(renderer.dir, 'index.html'))) {
      throw new DataError(t('serve.buildFailed', locale, { code }));
    }
  }

  // Tests set how long an unasked open waits, so that only the first answer can trigger it.
  const openAfter = Number(process.env.GRANTS_SERVE_OPEN_AFTER_MS);
  const database = serveDatabase(dbPath, locale, io.err, openAfter > 0 ? openAfter : undefined);
  let server: HttpHost;
  try {
    server = await startHttpHost({ app: database.get, port, host, rendererDir: renderer.dir });
  } catch (e) {
    await database.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new DataError(t('serve.portInUse', locale, { port }));
    throw e;
  }
  // Listen for signals before announcing the address: whoever reads the line may stop us at once.
  const stopped = untilSignal();
  // Exactly one line on stdout: scripts and the end-to-end tests read the address from it.
  io.out(`Grants listening on ${server.url}`);
  let refusal: unknown = null;
  await Promise.race([stopped, database.refused.catch((e: unknown) => (refusal = e))]);
  await server.close();
  await database.close();
  if (refusal !== null) throw refusal;
  io.err(t('serve.stopped', locale));
  return EXIT_OK;
}
