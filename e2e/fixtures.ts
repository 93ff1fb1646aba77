import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Server {
  url: string;
  dbPath: string;
  /** Runs the real CLI against this server's database. */
  cli(args: string[]): { code: number; stdout: string; stderr: string };
}

const BIN = join(process.cwd(), 'bin/grants.mjs');

function runCli(dbPath: string, args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('node', [BIN, '--db', dbPath, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

export async function startServer(dbPath: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn('node', [BIN, '--db', dbPath, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errText = '';
  proc.stderr?.on('data', (d: Buffer) => (errText += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${errText}`)), 60_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`server exited with ${code}: ${errText}`)));
  });
  return { url, proc };
}

/**
 * The sample data global setup built once, copied with its attachment store (the files of the database's open
 * marks and backups are left behind: a copy is a database no process has open). Without it (a spec run on its
 * own through another setup) the CLI builds it.
 */
function seedDemo(dir: string, dbPath: string): void {
  const template = process.env.GRANTS_E2E_DEMO_DIR;
  if (template && existsSync(join(template, 'grants.db'))) {
    cpSync(join(template, 'grants.db'), dbPath);
    if (existsSync(join(template, 'attachments')))
      cpSync(join(template, 'attachments'), join(dir, 'attachments'), { recursive: true });
    return;
  }
  const r = runCli(dbPath, ['init', '--demo']);
  if (r.code !== 0) throw new Error(`init --demo failed: ${r.stderr}`);
}

/**
 * Each test gets its own database and its own browser-host process, so tests never see each other's data.
 * `demo: true` seeds the sample data (with its demo accounts) before the server starts.
 */
export const test = base.extend<{ demo: boolean; server: Server }>({
  demo: [false, { option: true }],
  server: async ({ demo }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'grants-e2e-'));
    const dbPath = join(dir, 'grants.db');
    if (demo) seedDemo(dir, dbPath);
    const { url, proc } = await startServer(dbPath);
    await use({ url, dbPath, cli: (args) => runCli(dbPath, args) });
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

export const DEMO_PASSWORD = 'demo1234';

export async function signIn(page: Page, server: Server, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
}

/** Calls an op the way the renderer does, from inside the page (same cookie, same CSRF header). */
export async function callOp(
  page: Page,
  op: string,
  input: unknown,
): Promise<{ ok: boolean; error?: { kind: string; message: string } }> {
  return page.evaluate(
    async ([o, i]) => {
      const r = await fetch(`/api/${o}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Grants-Client': '1', 'X-Grants-Locale': 'zh' },
        body: JSON.stringify(i),
      });
      return r.json();
    },
    [op, input] as const,
  );
}

/** An op's value, called as the renderer calls it; a refusal fails the test with main's message. */
export async function opValue<T>(page: Page, op: string, input: unknown): Promise<T> {
  const r = (await callOp(page, op, input)) as { ok: boolean; value?: T; error?: { message: string } };
  expect(r.ok, r.error?.message).toBe(true);
  return r.value as T;
}

/**
 * Opens a select and picks one option, then waits until its dropdown has closed and the field shows the choice.
 * Without the wait the still-closing dropdown can sit over the next button (seen in CI: 沙坪坝区 intercepting
 * 保存); a click that lands while the list is still opening can be lost (seen: 区县 left empty), so the pick is
 * tried again, at most three times, until the field shows it.
 */
export async function choose(page: Page, field: Locator, option: string | RegExp, exact = false): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const select = field.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  // antd 6 draws a single select's choice as the text (and title) of .ant-select-content.
  const shown = select.locator('.ant-select-content');
  const matches = (text: string) =>
    typeof option === 'string' ? (exact ? text === option : text.includes(option)) : option.test(text);
  for (let attempt = 1; ; attempt++) {
    try {
      await field.click({ timeout: attempt === 1 ? undefined : 5_000 });
    } catch (e) {
      // A retry finds the field gone: the pick took after all (the language picker relabels itself late).
      if (attempt > 1 && (await field.count()) === 0) return;
      throw e;
    }
    await page.getByRole('option', { name: option, exact }).click();
    try {
      await expect(open).toHaveCount(0, { timeout: 2_000 });
    } catch {
      await page.keyboard.press('Escape');
      await expect(open).toHaveCount(0);
    }
    // Done when the field shows the pick, or went away with it (the language picker relabels itself once the
    // other language has loaded, which can take seconds on a busy machine): wait for either before trying again.
    const done = async () => {
      if ((await field.count()) === 0) return true;
      if ((await shown.count()) === 0) return false;
      const texts = [await shown.first().innerText(), (await shown.first().getAttribute('title')) ?? ''];
      return texts.some(matches);
    };
    try {
      await expect.poll(done, { timeout: 3_000 }).toBe(true);
      return;
    } catch {
      if (attempt === 3 || (await field.count()) === 0) return;
    }
  }
}
