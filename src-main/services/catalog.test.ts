import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCreditCode, ops, ruleSetTemplate, type OpInput, type OpName } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { AppError } from './app-error';
import * as fundPrograms from './fund-programs';
import * as organizations from './organizations';
import * as system from './system';
import { addUser, contextFor, openTestApp, type TestApp } from '../testing/services';

let t: TestApp;
let officer: ReturnType<typeof addUser>;
beforeEach(() => {
  t = openTestApp();
  officer = addUser(t.app, 'zhang', ['admin', 'project']);
});
afterEach(() => t.close());

const parse = <N extends OpName>(op: N, input: OpInput<N>) => ops[op].input.parse(input) as never;
const ctx = () => contextFor(t.app, officer, officer.token);

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

/** A view minus its timestamps: what an edit form sends back. */
function editable<T extends { createdAt: string; updatedAt: string }>(v: T): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = v;
  return rest;
}

const CODE_A = makeCreditCode('52', '500103', 'MJ0000001');
const CODE_B = makeCreditCode('51', '500101', 'MJ0000002');
const org = (name: string, creditCode: string | null, kind: 'social_service' | 'social_group' = 'social_service') =>
  parse('organizations.create', {
    name,
    creditCode,
    kind,
    registration: creditCode ? 'registered' : 'filed',
    districtCode: '500103',
  });

describe('organizations', () => {
  it('creates, reads and updates, recording who created it', () => {
    const created = organizations.create(ctx(), org('重庆市渝中区心语社会工作服务中心', CODE_A));
    expect(created).toMatchObject({
      creditCode: CODE_A,
      registration: 'registered',
      createdAt: t.app.clock().toISOString(),
    });
    expect(t.app.db.prepare('SELECT created_by FROM organizations').pluck().get()).toBe(officer.id);
    expect(organizations.get(ctx(), { id: created.id })).toEqual(created);
    t.clock.advanceMinutes(5);
    const updated = organizations.update(
      ctx(),
      parse('organizations.update', { ...editable(created), rating: '4A', phone: '023-6300 0000' }),
    );
    expect(updated).toMatchObject({
      rating: '4A',
      createdAt: created.createdAt,
      updatedAt: t.app.clock().toISOString(),
    });
  });

  it('refuses a credit code another organization holds, naming it, and changes nothing', () => {
    organizations.create(ctx(), org('万州区守护天使志愿者协会', CODE_B, 'social_group'));
    const mine = organizations.create(ctx(), org('重庆市渝中区心语社会工作服务中心', CODE_A));
    const before = databaseDigest(t.app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
    const dup = caught(() => organizations.create(ctx(), org('另一个协会', CODE_B, 'social_group')));
    expect([dup.kind, dup.rule, dup.params, dup.field]).toEqual([
      'Conflict',
      'organization.creditCodeTaken',
      { code: CODE_B, name: '万州区守护天使志愿者协会' },
      'creditCode',
    ]);
    const steal = caught(() =>
      organizations.update(
        ctx(),
        parse('organizations.update', { ...editable(mine), creditCode: CODE_B, kind: 'social_group' }),
      ),
    );
    expect(steal.rule).toBe('organization.creditCodeTaken');
    expect(databaseDigest(t.app.db, { excludeColumns: { sessions: ['last_seen_at'] } })).toBe(before);
    // Keeping one's own code is not a conflict; many filed organizations may have none.
    expect(organizations.update(ctx(), parse('organizations.update', { ...editable(mine), name: '新名字' })).name).toBe(
      '新名字',
    );
    organizations.create(ctx(), org('社区志愿服务队一', null));
    organizations.create(ctx(), org('社区志愿服务队二', null));
  });

  it('reports missing organizations as NotFound', () => {
    for (const fn of [
      () => organizations.get(ctx(), { id: 404 }),
      () =>
        organizations.update(
          ctx(),
          parse('organizations.update', {
            id: 404,
            name: 'x',
            kind: 'other',
            registration: 'filed',
            districtCode: '500000',
          }),
        ),
    ]) {
      const e = caught(fn);
      expect([e.kind, e.rule, e.params]).toEqual(['NotFound', 'organization.notFound', { id: 404 }]);
    }
  });

  it('lists through the repository', () => {
    organizations.create(ctx(), org('乙', CODE_A));
    organizations.create(ctx(), org('甲', null));
    const out = organizations.list(ctx(), parse('organizations.list', { sort: [{ id: 'creditCode', desc: true }] }));
    expect(out).toMatchObject({ total: 2, rows: [{ name: '乙' }, { name: '甲' }] });
  });
});

describe('fund programs', () => {
  const program = (code: string) =>
    parse('fundPrograms.create', {
      code,
      name: '2015年中央财政支持社会组织参与社会服务项目（重庆）',
      source: 'CENTRAL',
      year: 2015,
      totalAllocationFen: 1_200_000_000,
      ruleSet: ruleSetTemplate('CENTRAL'),
    });

  it('creates and updates, keeping the rule set as data', () => {
    const p = fundPrograms.create(ctx(), program('CQ-ZY-2015'));
    expect(p).toMatchObject({
      code: 'CQ-ZY-2015',
      notes: '',
      applicationStart: null,
      ruleSet: ruleSetTemplate('CENTRAL'),
    });
    const rs = { ...p.ruleSet, budgetTolerancePercent: 15 };
    const u = fundPrograms.update(
      ctx(),
      parse('fundPrograms.update', { ...editable(p), ruleSet: rs, notes: '专款专用' }),
    );
    expect(fundPrograms.get(ctx(), { id: p.id })).toEqual(u);
    expect(u.ruleSet.budgetTolerancePercent).toBe(15);
    expect(fundPrograms.list(ctx(), parse('fundPrograms.list', {})).total).toBe(1);
  });

  it("refuses a duplicate code regardless of case, but not the program's own", () => {
    const p = fundPrograms.create(ctx(), program('CQ-ZY-2015'));
    const other = fundPrograms.create(ctx(), program('CQ-ZY-2016'));
    const e = caught(() => fundPrograms.create(ctx(), program('cq-zy-2015')));
    expect([e.kind, e.rule, e.params.code, e.field]).toEqual([
      'Conflict',
      'fundProgram.codeTaken',
      'cq-zy-2015',
      'code',
    ]);
    expect(
      caught(() => fundPrograms.update(ctx(), parse('fundPrograms.update', { ...editable(other), code: 'CQ-ZY-2015' })))
        .rule,
    ).toBe('fundProgram.codeTaken');
    expect(fundPrograms.update(ctx(), parse('fundPrograms.update', { ...editable(p), code: 'cq-zy-2015' })).code).toBe(
      'cq-zy-2015',
    );
  });

  it('reports missing programs as NotFound', () => {
    const e = caught(() => fundPrograms.get(ctx(), { id: 7 }));
    expect([e.kind, e.rule, e.params]).toEqual(['NotFound', 'fundProgram.notFound', { id: 7 }]);
    const u = caught(() =>
      fundPrograms.update(ctx(), parse('fundPrograms.update', { id: 7, ...(program('X1') as object) } as never)),
    );
    expect(u.kind).toBe('NotFound');
  });
});

describe('system info', () => {
  it('describes the database and the host', () => {
    expect(system.info(ctx(), {})).toEqual({
      appVersion: '9.9.9-test',
      dbPath: t.app.dbPath,
      dbSizeBytes: 4096,
      schemaVersion: LATEST_SCHEMA_VERSION,
      sqliteVersion: expect.stringMatching(/^3\.\d+\.\d+$/),
      journalMode: 'wal',
      host: 'test',
    });
  });
});
