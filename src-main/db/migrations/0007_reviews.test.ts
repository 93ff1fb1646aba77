import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { Db } from '../statements';
import { TempFolder } from '../../testing/db';
import { MIGRATIONS } from './index';
import { addUserRow, NOW, queryPlan } from '../../testing/migrations';
import { addApplicationRow, addOrganizationRow, addProgramRow } from '../../testing/migration-rows';

let folder: TempFolder;
let db: Db;
let app: number;
let org: number;
let user: number;
let expert: number;
beforeEach(() => {
  folder = new TempFolder();
  db = openDatabase(folder.file(), { migrations: MIGRATIONS.slice(0, 7) });
  org = addOrganizationRow(db);
  app = addApplicationRow(db, addProgramRow(db), org);
  user = addUserRow(db, 'finance');
  expert = addUserRow(db, 'expert');
});
afterEach(() => {
  db.close();
  folder.remove();
});

const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);

describe('0007 reviews', () => {
  it('needs a reason to return an application at the formal check', () => {
    const formal = (decision: string, reason: string) =>
      run(
        'INSERT INTO application_formal_reviews (application_id, decision, reason, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?)',
        app,
        decision,
        reason,
        user,
        NOW,
      );
    formal('pass', '');
    formal('return', '预算不完整');
    expect(() => formal('return', '')).toThrow(/CHECK/);
    expect(() => formal('maybe', 'x')).toThrow(/CHECK/);
  });

  it('assigns an expert once, and keeps the declaration, conflict reason and scores consistent', () => {
    const assign = () =>
      run(
        'INSERT INTO review_assignments (application_id, evaluator_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)',
        app,
        expert,
        user,
        NOW,
      );
    const id = Number(assign().lastInsertRowid);
    expect(() => assign()).toThrow(/UNIQUE/);
    const set =
      (sql: string, ...params: unknown[]) =>
      () =>
        run(`UPDATE review_assignments SET ${sql} WHERE id = ?`, ...params, id);
    // Scores before a declaration of no conflict, or a conflict without a reason, cannot be stored.
    expect(set("scores = '[]', total_half = 0, scored_at = ?", NOW)).toThrow(/CHECK/);
    expect(set("declaration = 'conflict', declared_at = ?", NOW)).toThrow(/CHECK/);
    expect(set("declaration = 'no_conflict'")).toThrow(/CHECK/);
    set("declaration = 'no_conflict', declared_at = ?", NOW)();
    expect(set("scores = 'not json', total_half = 1, scored_at = ?", NOW)).toThrow(/CHECK|JSON/);
    set("scores = '[]', total_half = 0, scored_at = ?", NOW)();
    expect(db.prepare('SELECT scored_at FROM review_assignments').pluck().get()).toBe(NOW);
  });

  it('finds an expert’s conflicts with an organization and their queue through indexes', () => {
    run(
      'INSERT INTO reviewer_conflicts (evaluator_id, organization_id, application_id, reason, declared_at) VALUES (?, ?, ?, ?, ?)',
      expert,
      org,
      app,
      '曾任该机构理事',
      NOW,
    );
    expect(queryPlan(db, 'SELECT 1 FROM reviewer_conflicts WHERE evaluator_id = 1 AND organization_id = 2')).toMatch(
      /reviewer_conflicts_by_evaluator/,
    );
    expect(queryPlan(db, 'SELECT * FROM review_assignments WHERE evaluator_id = 1')).toMatch(
      /review_assignments_by_evaluator/,
    );
  });

  it('keeps one finance review, one notice and one final decision per application', () => {
    const review = () =>
      run(
        'INSERT INTO finance_reviews (application_id, reviewed_fen, reviewed_by, reviewed_at) VALUES (?, 900, ?, ?)',
        app,
        user,
        NOW,
      );
    review();
    expect(review).toThrow(/UNIQUE|PRIMARY KEY/);
    const notice = (start: string, end: string) =>
      run(
        'INSERT INTO application_notices (application_id, start_date, end_date, started_by, started_at) VALUES (?, ?, ?, ?, ?)',
        app,
        start,
        end,
        user,
        NOW,
      );
    expect(() => notice('2015-11-07', '2015-11-01')).toThrow(/CHECK/);
    notice('2015-11-01', '2015-11-07');
    const decide = (appId: number, kind: string, number: string | null, fen: number | null, reason: string) =>
      run(
        `INSERT INTO application_decisions (application_id, kind, approval_number, approved_fen, reason, decided_by, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        appId,
        kind,
        number,
        fen,
        reason,
        user,
        NOW,
      );
    const other = addApplicationRow(db, addProgramRow(db, 'P2'), org);
    expect(() => decide(app, 'approved', null, 900, '')).toThrow(/CHECK/);
    expect(() => decide(app, 'rejected', null, null, '')).toThrow(/CHECK/);
    decide(app, 'approved', '渝民〔2015〕1号', 900, '');
    expect(() => decide(other, 'approved', '渝民〔2015〕1号', 900, '')).toThrow(/UNIQUE/);
    expect(() => decide(app, 'rejected', null, null, '重复')).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});
