#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into build-electron/better_sqlite3.node, which the Electron host
// passes to better-sqlite3 as nativeBinding. node_modules/better-sqlite3/build keeps the Node build that the
// tests, the CLI and the browser host load, so both runtimes work from one checkout.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = join(root, 'node_modules');
const outDir = join(root, 'build-electron');
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');

function version(pkg) {
  return JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
}

function fail(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

if (!existsSync(join(modules, 'electron', 'dist'))) {
  fail([
    'The Electron binary is not installed (node_modules/electron/dist is missing), so the desktop app cannot start here.',
    '未安装 Electron 可执行文件，无法在此启动桌面版。',
    '',
    'Use the browser host instead:   npm run serve      (then open the printed http://127.0.0.1 address)',
    'Or install Electron:            npm rebuild electron   (needs network access to download the binary)',
  ]);
}

const electronVersion = version('electron');
const stamp = {
  electron: electronVersion,
  betterSqlite3: version('better-sqlite3'),
  platform: process.platform,
  arch: process.arch,
};
if (existsSync(outFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) {
  console.log(`build-electron/better_sqlite3.node is up to date (Electron ${electronVersion}).`);
  process.exit(0);
}

// npm ships node-gyp and tells scripts where it is; fall back to the copy inside Node's own npm.
const nodeGyp = [
  process.env.npm_config_node_gyp,
  join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
].find((p) => p && existsSync(p));
if (!nodeGyp) {
  fail([
    `better-sqlite3 has not been built for Electron ${electronVersion} yet, and node-gyp was not found.`,
    'Run `npm start` through npm (which provides node-gyp), or build by hand into build-electron/:',
    '  tmp=$(mktemp -d) && cp -r node_modules/better-sqlite3 "$tmp"/ && rm -rf "$tmp"/better-sqlite3/build',
    `  (cd "$tmp"/better-sqlite3 && npx node-gyp rebuild --release --runtime=electron --target=${electronVersion} \\`,
    '      --dist-url=https://electronjs.org/headers)',
    '  mkdir -p build-electron && cp "$tmp"/better-sqlite3/build/Release/better_sqlite3.node build-electron/',
    '',
    'Where Electron cannot run at all, use the browser host: npm run serve',
  ]);
}

// Work on a copy so that node_modules/better-sqlite3/build, the Node build, is never touched.
const work = mkdtempSync(join(tmpdir(), 'grants-electron-rebuild-'));
try {
  const source = join(modules, 'better-sqlite3');
  const target = join(work, 'node_modules', 'better-sqlite3');
  cpSync(source, target, {
    recursive: true,
    filter: (file) => {
      const rel = relative(source, file);
      return rel !== 'build' && !rel.startsWith(`build${sep}`);
    },
  });
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      name: 'grants-electron-rebuild',
      version: '0.0.0',
      dependencies: { 'better-sqlite3': stamp.betterSqlite3 },
    }),
  );
  console.log(`Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${electronVersion} (${process.arch})…`);
  // Electron's headers come from its own download host: this step needs the network once per Electron version.
  execFileSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: target, stdio: 'inherit' },
  );
  mkdirSync(outDir, { recursive: true });
  cpSync(join(target, 'build', 'Release', 'better_sqlite3.node'), outFile);
  writeFileSync(stampFile, JSON.stringify(stamp));
  console.log('Wrote build-electron/better_sqlite3.node');
} catch (e) {
  console.error(`Building better-sqlite3 for Electron failed: ${e instanceof Error ? e.message : String(e)}`);
  console.error('Where Electron cannot run, use: npm run serve');
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
