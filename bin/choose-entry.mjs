// Which code `grants` runs: the JavaScript build in out/cli (scripts/build-cli.mjs) when it is at least as new
// as every TypeScript source under src-main, else the sources themselves through tsx (a fresh checkout, a
// source edited since the build, or GRANTS_FROM_SOURCE=1). A stale build is never run: it would be code that
// no longer exists. Walking src-main costs a few milliseconds; an installed copy without sources skips it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** @returns {'build' | 'source'} */
export function chooseEntry(root, env = process.env) {
  if (env.GRANTS_FROM_SOURCE === '1') return 'source';
  let builtAt;
  try {
    builtAt = JSON.parse(readFileSync(join(root, 'out', 'cli', 'built.json'), 'utf8')).builtAt;
  } catch {
    return 'source';
  }
  if (typeof builtAt !== 'number') return 'source';
  let entries;
  try {
    entries = readdirSync(join(root, 'src-main'), { recursive: true, withFileTypes: true });
  } catch {
    return 'build';
  }
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.ts') || e.name.endsWith('.test.ts')) continue;
    // parentPath is already absolute and normal: path.join's normalising cost a quarter of a start's CPU time.
    if (statSync(e.parentPath + sep + e.name).mtimeMs > builtAt) return 'source';
  }
  return 'build';
}
