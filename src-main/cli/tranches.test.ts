import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, createApp } from '../api';
import { grants, tempDir } from '../testing/cli';

let tmp: ReturnType<typeof tempDir>;
let db: string;
/** A demo project whose second tranche waits for a mid-term evaluation. */
let code: string;
beforeAll(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'grants.db');
  expect(grants(['--db', db, 'init', '--demo']).code).toBe(0);
  const app = createApp({ dbPath: db, host: 'test' });
  try {
    code = app.db
      .prepare(
        `SELECT a.agreement_number FROM agreements a JOIN agreement_tranches t ON t.agreement_id = a.id
         WHERE t.seq = 2 AND t.condition = 'midterm_passed' AND a.signed_date IS NOT NULL
         ORDER BY a.id LIMIT 1`,
      )
      .pluck()
      .get() as string;
  } finally {
    closeApp(app);
  }
  expect(code).toBeTruthy();
}, 120_000);
afterAll(() => tmp.cleanup());

describe('grants tranches', () => {
  it('lists every tranche with the state of each release condition', () => {
    const r = grants(['--db', db, 'tranches', code]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`项目 ${code}：批复金额`);
    expect(r.stdout).toMatch(/第 1 期 .*条件：协议签订后/);
    expect(r.stdout).toMatch(/✓ 项目协议已于 \d{4}-\d\d-\d\d 签订/);
    expect(r.stdout).toMatch(/第 2 期 .*条件：中期评估合格后/);
    expect(r.stdout).toContain('✗ 尚无中期评估');
  });

  it('with --seq reports one tranche and exits 1 when a condition fails, 0 when all hold', () => {
    const blocked = grants(['--db', db, '--lang', 'en', 'tranches', code, '--seq', '2']);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('✗ there is no mid-term evaluation yet');
    expect(blocked.stdout).not.toMatch(/^tranche 1 /m);
    const ready = grants(['--db', db, 'tranches', code, '--seq', '1']);
    expect(ready.code).toBe(0);
    expect(ready.stdout).not.toContain('✗');
  });

  it('names an unknown project or tranche, and refuses a malformed --seq as usage', () => {
    const unknown = grants(['--db', db, 'tranches', '渝民发〔1999〕9号']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有项目编号为“渝民发〔1999〕9号”的项目');
    const noSeq = grants(['--db', db, 'tranches', code, '--seq', '9']);
    expect(noSeq.code).toBe(1);
    expect(noSeq.stderr).toContain('没有第 9 期拨付');
    expect(grants(['--db', db, 'tranches', code, '--seq', 'x']).code).toBe(2);
  });
});
