import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../cli/paths';

export const BIN = join(PROJECT_ROOT, 'bin', 'grants.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a user would: a separate node process, from an unrelated working directory. */
export function grants(
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd = tmpdir(),
  timeout = 60_000,
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GRANTS_DB: undefined, ...env },
    timeout,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'grants-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
