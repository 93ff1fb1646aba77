import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp } from '../api/app';
import { getAgreementByApplication } from '../db/agreements-repo';
import { dispatch } from '../api/dispatch';
import { TempFolder } from '../testing/db';
import { caller, openFixture } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { FieldLaptop } from '../testing/packs';
import { addUser } from '../testing/services';
import { main } from './main';

/** Every command but `grants pack` (and those that never change data behind dispatch) refuses a field database. */
let folder: TempFolder;
let office: string;
let fieldDb: string;

beforeAll(async () => {
  folder = new TempFolder();
  const f = openFixture(folder);
  addUser(f.app, 'evaluator2', ['evaluator']);
  const project = getAgreementByApplication(f.app.db, FIXTURE_APPS.approved)!.agreementNumber;
  const input = { projects: [project], inspectors: ['evaluator', 'evaluator2'] };
  const exported = await dispatch(f.app, 'packs.export', input, caller(f.tokens.evaluator));
  if (!exported.ok) throw new Error(exported.error.message);
  const pack = exported.value as { base64: string };
  office = folder.file();
  closeApp(f.app);
  const field = new FieldLaptop(folder, Buffer.from(pack.base64, 'base64'));
  fieldDb = folder.file('field.sqlite');
  closeApp(field.app);
}, 60_000);
afterAll(() => folder.remove());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('a field database', () => {
  it.each([
    ['init', '--demo'],
    ['check'],
    ['audit', 'verify'],
    ['tranches', '渝民发〔2015〕10号'],
    ['import', 'expenditures', 'lines.csv'],
  ])('refuses grants %s with exit 1, naming the pack, and leaves the file as it was', async (...args) => {
    const before = readFileSync(fieldDb);
    const r = await run('--db', fieldDb, ...args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`是检查包 JCB-`);
    expect(r.err).toContain(`“grants ${args[0]}”不能在现场数据库上运行`);
    expect(readFileSync(fieldDb).equals(before)).toBe(true);
  });

  it('says so in English, and still runs grants pack and commands without a database', async () => {
    const r = await run('--lang', 'en', '--db', fieldDb, 'check');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /is the field database of pack JCB-\d{4}-\d{4}; "grants check" does not run on a field database/,
    );
    expect((await run('--db', fieldDb, 'amount-words', '1.5')).code).toBe(0);
    const results = folder.file('results.grantsresult');
    expect(await run('--db', fieldDb, 'pack', 'results', '--out', results)).toMatchObject({ code: 0 });
  });

  it('leaves the office database alone', async () => {
    expect(await run('--db', office, 'check')).toMatchObject({ code: 0 });
  });
});
