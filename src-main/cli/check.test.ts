import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damageDatabase } from '../testing/db';
import { PROJECT_ROOT } from './paths';
import { grants, tempDir } from '../testing/cli';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('grants check', () => {
  it('says a sound database is sound, in either language', () => {
    const db = join(tmp.dir, 'grants.db');
    expect(grants(['--db', db, 'init']).code).toBe(0);
    expect(grants(['--db', db, 'check'])).toEqual({
      code: 0,
      stdout: `数据库完好（完整性检查通过）：${db}\n`,
      stderr: '',
    });
    expect(grants(['--db', db, '--lang', 'en', 'check']).stdout).toBe(
      `the database is sound (integrity check passed): ${db}\n`,
    );
  });

  it('finds damage that a clean open no longer looks for, and exits 1', () => {
    const db = join(tmp.dir, 'grants.db');
    damageDatabase(db);
    const r = grants(['--db', db, '--lang', 'en', 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/damaged \(integrity check failed/);
  });

  it('prints its own usage', () => {
    const r = grants(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：grants [--db PATH] check');
  });
});

describe('start-up of the built command', () => {
  it('opens and checks a database without loading the pinyin dictionary', () => {
    const db = join(tmp.dir, 'grants.db');
    const seen = join(tmp.dir, 'imports.txt');
    // Every module the process imports (ESM, seen by a loader hook) or requires (CommonJS, in the cache).
    const hooks = join(tmp.dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';
       export async function resolve(specifier, context, next) {
         const r = await next(specifier, context);
         appendFileSync(${JSON.stringify(seen)}, r.url + '\\n');
         return r;
       }`,
    );
    const main = pathToFileURL(join(PROJECT_ROOT, 'out/cli/main.cjs')).href;
    const script = `
      import { createRequire, register } from 'node:module';
      import { readFileSync } from 'node:fs';
      register(${JSON.stringify(pathToFileURL(hooks).href)});
      const { main } = await import(${JSON.stringify(main)});
      const io = { out: () => {}, err: (s) => process.stderr.write(s + '\\n') };
      const db = ${JSON.stringify(db)};
      const codes = [await main(['--db', db, 'init'], io), await main(['--db', db, 'check'], io)];
      const loaded = [...Object.keys(createRequire(import.meta.url).cache), ...readFileSync(${JSON.stringify(seen)}, 'utf8').split('\\n')];
      const has = (name) => loaded.some((k) => k.includes('/node_modules/' + name + '/'));
      console.log(JSON.stringify({ codes, pinyin: has('pinyin-pro'), sqlite: has('better-sqlite3') }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: tmp.dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ codes: [0, 0], pinyin: false, sqlite: true });
  });
});
