/**
 * Benchmark case for start-up: a `grants` command as a new process against `node -e 0` timed in the same run
 * (the anchor: what any Node program pays), and `grants serve` from spawn to its first answer on the 1M-line
 * ledger database. Targets: a command under 2× `node -e 0`; serve answering under 0.5 s.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScenarioResult } from './run';
import { round, summarize } from './stats';

export const STARTUP_TARGET_RATIO = 2;
export const SERVE_TARGET_MS = 500;

export interface StartupFigure {
  nodeMs: number;
  versionMs: number;
  commandMs: number;
  command: string;
  serveMs: number | null;
  /** From spawn to the first API answer. */
  serveApiMs: number | null;
  ratio: number;
}

function spawnMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** One request by node:http (fetch's first call would load undici in this process, timed as the server's). */
function ask(url: URL, method: 'GET' | 'POST', body = ''): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const req = request(
      url,
      { method, headers: { 'X-Grants-Client': '1', 'Content-Type': 'application/json' } },
      (r) => {
        r.resume();
        r.once('end', () => resolve(r.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

/**
 * From spawn to the first answer of `grants serve` (GET /, the page a browser asks for first), and to its
 * first API answer (the sign-in page's auth.status, which needs the database, dispatch and the op schemas
 * loaded), then a clean stop.
 */
async function serveOnce(bin: string, dbPath: string, rendererDir: string): Promise<{ first: number; api: number }> {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, '--db', dbPath, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GRANTS_RENDERER_DIR: rendererDir },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`grants serve exited ${code}: ${stderr}`)));
    });
    const status = await ask(new URL(url), 'GET');
    if (status !== 200) throw new Error(`grants serve answered GET / with ${status}`);
    const first = Number(process.hrtime.bigint() - start) / 1e6;
    const apiStatus = await ask(new URL('api/auth.status', url), 'POST', '{}');
    if (apiStatus !== 200) throw new Error(`grants serve answered auth.status with ${apiStatus}`);
    return { first, api: Number(process.hrtime.bigint() - start) / 1e6 };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function runStartupBench(
  projectRoot: string,
  dbPath: string | null,
  runs: number,
): Promise<StartupFigure> {
  // The command as installed: package.json's "bin".
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { bin: { grants: string } };
  const bin = join(projectRoot, pkg.bin.grants);
  const dir = mkdtempSync(join(tmpdir(), 'grants-bench-startup-'));
  try {
    const small = join(dir, 'grants.db');
    spawnMs([bin, '--db', small, 'init']);
    const renderer = join(dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>bench</title>');
    const command = ['--db', dbPath ?? small, 'audit', 'anchor'];
    // Alternated so both meet the same machine load; one unmeasured round first (disk cache).
    const nodes: number[] = [];
    const versions: number[] = [];
    const commands: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const n = spawnMs(['-e', '0']);
      const v = spawnMs([bin, '--version']);
      const c = spawnMs([bin, ...command]);
      if (i === 0) continue;
      nodes.push(n);
      versions.push(v);
      commands.push(c);
    }
    const serves: number[] = [];
    const apis: number[] = [];
    if (dbPath)
      for (let i = 0; i < Math.min(3, runs); i++) {
        const s = await serveOnce(bin, dbPath, renderer);
        serves.push(s.first);
        apis.push(s.api);
      }
    const nodeMs = summarize(nodes).medianMs;
    const commandMs = summarize(commands).medianMs;
    return {
      nodeMs: round(nodeMs, 1),
      versionMs: round(summarize(versions).medianMs, 1),
      commandMs: round(commandMs, 1),
      command: `grants ${command.slice(2).join(' ')}`,
      serveMs: serves.length > 0 ? round(summarize(serves).medianMs, 1) : null,
      serveApiMs: apis.length > 0 ? round(summarize(apis).medianMs, 1) : null,
      ratio: round(commandMs / nodeMs, 2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function startupScenarios(f: StartupFigure): ScenarioResult[] {
  const row = (scenario: string, ms: number, targetMs: number): ScenarioResult => ({
    scenario,
    path: 'cli',
    medianMs: ms,
    p95Ms: ms,
    minMs: ms,
    meanMs: ms,
    runs: 1,
    targetMs: round(targetMs, 1),
    ratio: round(ms / targetMs),
    ratioBasis: 'median',
    rows: 1,
    total: 1,
  });
  return [
    row(`start-up: ${f.command} (node -e 0 ${f.nodeMs} ms)`, f.commandMs, f.nodeMs * STARTUP_TARGET_RATIO),
    ...(f.serveMs === null ? [] : [row('start-up: grants serve to first answer', f.serveMs, SERVE_TARGET_MS)]),
  ];
}

export function startupSummary(f: StartupFigure): string {
  return (
    `start-up: node -e 0 ${f.nodeMs} ms; grants --version ${f.versionMs} ms; ${f.command} ${f.commandMs} ms, ` +
    `ratio ${f.ratio}× (target < ${STARTUP_TARGET_RATIO}×)` +
    (f.serveMs === null
      ? ''
      : `; grants serve answering ${f.serveMs} ms on the ledger database (${round(f.serveMs / f.nodeMs, 2)}× ` +
        `node -e 0; target < ${SERVE_TARGET_MS} ms), its first API answer ${f.serveApiMs} ms`)
  );
}
