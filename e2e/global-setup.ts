import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The tests drive the built renderer, so build it once (the host would otherwise build it on first serve). */
export default function globalSetup(): void {
  // `grants serve` runs from out/cli: build it from the code under test (a second or two).
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('out/renderer/index.html')) return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
