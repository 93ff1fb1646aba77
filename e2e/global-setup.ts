import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The tests drive the built renderer, so build it once (the host would otherwise build it on first serve). The
 * sample data is built once too: 28 spec files ask for it, and each test copies this database (and its
 * attachment store) instead of running `grants init --demo` again.
 */
export default function globalSetup(): () => void {
  // `grants serve` runs from out/cli: build it from the code under test (a second or two).
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync('out/renderer/index.html')))
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });

  const dir = mkdtempSync(join(tmpdir(), 'grants-e2e-demo-'));
  execFileSync(process.execPath, ['bin/grants.mjs', '--db', join(dir, 'grants.db'), 'init', '--demo'], {
    stdio: 'pipe',
  });
  // Read by the fixture in every worker (Playwright passes global setup's environment on).
  process.env.GRANTS_E2E_DEMO_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
