import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root: bin/, src-main/ and out/ hang off it whatever the current directory is. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
