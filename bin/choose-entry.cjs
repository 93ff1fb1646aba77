'use strict';
// Which code `grants` runs: the JavaScript build in out/cli (scripts/build-cli.mjs) when it is at least as new
// as every TypeScript source it was built from, else the sources themselves through tsx (a fresh checkout, a
// source edited since the build, or GRANTS_FROM_SOURCE=1). A stale build is never run: it would be code that
// no longer exists. The build lists its sources, so only those are looked at (a file added later matters once
// a listed one imports it, and that one is then newer); an installed copy without sources skips the check.
// CommonJS, like the build: the command starts without the ES module loader.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, sep } = require('node:path');

/** @returns {'build' | 'source'} */
function chooseEntry(root, env = process.env) {
  if (env.GRANTS_FROM_SOURCE === '1') return 'source';
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, 'out', 'cli', 'built.json'), 'utf8'));
  } catch {
    return 'source';
  }
  const builtAt = stamp && stamp.builtAt;
  if (typeof builtAt !== 'number') return 'source';
  const base = root.endsWith(sep) ? root : root + sep;
  if (!Array.isArray(stamp.sources)) return walkSources(base, builtAt);
  for (let i = 0; i < stamp.sources.length; i++) {
    const path = base + stamp.sources[i];
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined) {
      // No sources at all: an installed copy. One source gone: the code changed since the build.
      return statSync(base + 'src-main', { throwIfNoEntry: false }) === undefined ? 'build' : 'source';
    }
    if (st.mtimeMs > builtAt) return 'source';
  }
  return 'build';
}

/** A build that does not list its sources (written by an older build script): every source counts. */
function walkSources(base, builtAt) {
  let entries;
  try {
    entries = readdirSync(base + 'src-main', { recursive: true, withFileTypes: true });
  } catch {
    return 'build';
  }
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.ts') || e.name.endsWith('.test.ts')) continue;
    if (statSync(e.parentPath + sep + e.name).mtimeMs > builtAt) return 'source';
  }
  return 'build';
}

module.exports = { chooseEntry };
