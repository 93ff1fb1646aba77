import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinyinSortKey } from '../../core/pinyin-key';
import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { migration0016 } from './0016_pinyin_sort_keys';
import { MIGRATIONS } from './index';
import { addUserRow, NOW, queryPlan } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

const BEFORE = MIGRATIONS.slice(0, migration0016.version - 1);
const WITH = MIGRATIONS.slice(0, migration0016.version);

let folder: TempFolder;
let db: Db;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: BEFORE });
});
afterEach(() => {
  db.close();
  folder.remove();
});

function addLedgerLine(agreement: number, user: number, seq: number, payee: string): void {
  db.prepare(
    `INSERT INTO ledger_lines (agreement_id, voucher_year, voucher_seq, voucher_no, date, line_code, share, payee,
       summary, amount_fen, advance, budget_version, posted_by, posted_at)
     VALUES (?, 2015, ?, ?, '2015-06-01', '01', 'grant', ?, '活动物资', 100, 0, 1, ?, ?)`,
  ).run(agreement, seq, `2015-${String(seq).padStart(4, '0')}`, payee, user, NOW);
}

describe('0016 pinyin sort keys', () => {
  it('backfills a key for every existing name, so 重庆 sorts under C among the rest', () => {
    const user = addUserRow(db, 'finance');
    db.prepare('UPDATE users SET display_name = ? WHERE id = ?').run('张三', user);
    const program = addProgramRow(db);
    const names = ['张家口社工站', '重庆市善缘互助社', '北碚区志愿者协会', '大足区爱心社'];
    const orgs = names.map((n) => addOrganizationRow(db, n));
    const app = addApplicationRow(db, program, orgs[1]!, { state: 'approved', approved: 1000 });
    const agreement = Number(
      db
        .prepare(
          `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
           VALUES (?, 'YMF-1', '2015-03-01', '2015-12-31', 1000, ?)`,
        )
        .run(app, NOW).lastInsertRowid,
    );
    ['重庆印务', '北京物资', '重庆印务', '安顺旅行社'].forEach((p, i) => addLedgerLine(agreement, user, i + 1, p));

    migrate(db, WITH);

    expect(db.prepare('SELECT name FROM organizations ORDER BY name_key').pluck().all()).toEqual([
      '北碚区志愿者协会',
      '重庆市善缘互助社',
      '大足区爱心社',
      '张家口社工站',
    ]);
    expect(db.prepare('SELECT name_key FROM users WHERE id = ?').pluck().get(user)).toBe(pinyinSortKey('张三'));
    const appRow = db.prepare('SELECT name, name_key FROM applications WHERE id = ?').get(app) as {
      name: string;
      name_key: string;
    };
    expect(appRow.name_key).toBe(pinyinSortKey(appRow.name));
    const program_ = db.prepare('SELECT name, name_key FROM fund_programs').get() as { name: string; name_key: string };
    expect(program_.name_key).toBe(pinyinSortKey(program_.name));
    expect(db.prepare('SELECT payee FROM ledger_lines ORDER BY payee_key, id').pluck().all()).toEqual([
      '安顺旅行社',
      '北京物资',
      '重庆印务',
      '重庆印务',
    ]);
  });

  it('keeps ledger lines unchangeable after lifting the trigger for the backfill', () => {
    const before = db
      .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'ledger_lines_no_update'")
      .pluck()
      .get();
    migrate(db, WITH);
    const after = db
      .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'ledger_lines_no_update'")
      .pluck()
      .get();
    expect(after).toBe(before);
    expect(() => db.prepare("UPDATE ledger_lines SET payee_key = 'x'").run()).not.toThrow(); // no rows yet
    const user = addUserRow(db, 'finance');
    const app = addApplicationRow(db, addProgramRow(db), addOrganizationRow(db), { state: 'approved', approved: 1 });
    const agreement = Number(
      db
        .prepare(
          `INSERT INTO agreements (application_id, agreement_number, period_start, period_end, approved_fen, created_at)
           VALUES (?, 'YMF-1', '2015-03-01', '2015-12-31', 1, ?)`,
        )
        .run(app, NOW).lastInsertRowid,
    );
    addLedgerLine(agreement, user, 1, '某公司');
    expect(() => db.prepare("UPDATE ledger_lines SET payee_key = 'x'").run()).toThrow(/cannot be changed/);
  });

  it('sorts a page of organizations by walking the key index', () => {
    migrate(db, WITH);
    expect(queryPlan(db, 'SELECT id FROM organizations ORDER BY name_key, id LIMIT 20')).toMatch(
      /organizations_by_name_key/,
    );
    expect(queryPlan(db, 'SELECT id FROM ledger_lines WHERE agreement_id = 1 ORDER BY payee_key, id LIMIT 20')).toMatch(
      /ledger_lines_by_payee_key/,
    );
  });
});
