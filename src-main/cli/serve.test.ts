import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, grants, tempDir } from '../testing/cli';

let tmp: ReturnType<typeof tempDir>;
let child: ChildProcess | null = null;

beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
  tmp.cleanup();
});

function fakeRenderer(): string {
  const dir = join(tmp.dir, 'renderer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>资金项目管理</title>');
  return dir;
}

/** Starts `grants serve` and resolves with its first stdout line. */
function startServe(
  args: string[],
  env: Record<string, string>,
): Promise<{ line: string; exit: Promise<number | null> }> {
  const proc = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout });
    lines.once('line', (line) => resolve({ line, exit }));
    void exit.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe('grants serve', () => {
  it('prints one line with the real port, serves the renderer and the API, and stops cleanly on SIGTERM', async () => {
    const db = join(tmp.dir, 'serve.db');
    expect(grants(['--db', db, 'init', '--demo']).code).toBe(0);
    const { line, exit } = await startServe(['--db', db, 'serve', '--port', '0'], {
      GRANTS_RENDERER_DIR: fakeRenderer(),
    });
    const m = /^Grants listening on http:\/\/127\.0\.0\.1:(\d+)\/$/.exec(line);
    expect(m, line).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    const base = line.slice('Grants listening on '.length);

    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('资金项目管理');
    expect(await (await fetch(`${base}healthz`)).text()).toBe('ok');
    const signIn = await fetch(`${base}api/auth.signIn`, {
      method: 'POST',
      headers: { 'X-Grants-Client': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
    });
    expect(((await signIn.json()) as { ok: boolean }).ok).toBe(true);
    expect(signIn.headers.get('set-cookie')).toMatch(/^grants_session=/);

    child!.kill('SIGTERM');
    expect(await exit).toBe(0);
    // A cleanly closed SQLite connection checkpoints and removes its WAL file.
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('also stops on SIGINT', async () => {
    const db = join(tmp.dir, 'int.db');
    const { exit } = await startServe(['--db', db, 'serve', '--port', '0'], { GRANTS_RENDERER_DIR: fakeRenderer() });
    child!.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('exits 1 when the port is taken', async () => {
    const db = join(tmp.dir, 'busy.db');
    const renderer = fakeRenderer();
    const { line } = await startServe(['--db', db, 'serve', '--port', '0'], { GRANTS_RENDERER_DIR: renderer });
    const port = /:(\d+)\/$/.exec(line)![1]!;
    const r = grants(['--db', join(tmp.dir, 'other.db'), 'serve', '--port', port], { GRANTS_RENDERER_DIR: renderer });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`端口 ${port} 已被占用`);
  });

  it('exits 1 when the renderer folder has no index.html', () => {
    const r = grants(['--db', join(tmp.dir, 'x.db'), 'serve', '--port', '0'], { GRANTS_RENDERER_DIR: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('index.html');
  });

  it('answers the first page before it opens the database, then stops naming a refused file', async () => {
    const db = join(tmp.dir, 'late.db');
    writeFileSync(db, 'not a database '.repeat(100));
    const proc = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0'], {
      // Only the first answer may open the database here, however slow the machine.
      env: { ...process.env, GRANTS_RENDERER_DIR: fakeRenderer(), GRANTS_SERVE_OPEN_AFTER_MS: '600000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const line = await new Promise<string>((resolve) => createInterface({ input: proc.stdout }).once('line', resolve));
    // A refused file is found only when the database is opened; the page was answered before that.
    const page = await fetch(line.slice('Grants listening on '.length));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('资金项目管理');
    expect(await exit).toBe(1);
    expect(stderr).toContain('不是 SQLite 数据库');
  });

  it('exits 1 with the database message when the database is refused', () => {
    const db = join(tmp.dir, 'bad.db');
    writeFileSync(db, 'not a database '.repeat(100));
    const r = grants(['--db', db, 'serve', '--port', '0'], { GRANTS_RENDERER_DIR: fakeRenderer() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是 SQLite 数据库');
  });
});
