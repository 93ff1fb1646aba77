import { afterEach, describe, expect, it } from 'vitest';
import {
  DISTRICTS,
  fundProgramViewSchema,
  organizationInput,
  organizationViewSchema,
  validateCreditCode,
} from '../../contract/index';
import { getFundProgram } from '../../db/fund-programs-repo';
import { listOrganizations } from '../../db/organizations-repo';
import { databaseDigest } from '../../db/system-repo';
import { findUserByUsername } from '../../db/users-repo';
import { AppError } from '../app-error';
import { verifyPassword } from '../passwords';
import { contextFor, openTestApp, type TestApp } from '../../testing/services';
import { DEMO_BASE_TOTAL_FEN, DEMO_PASSWORD, DEMO_PROJECT_NAMES, DEMO_USERS, seedDemo } from './index';

const apps: TestApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});

function seeded(opts: Parameters<typeof seedDemo>[1] = { includeAdmin: true }): TestApp {
  const t = openTestApp();
  apps.push(t);
  seedDemo(contextFor(t.app), opts);
  return t;
}

const all = <T>(t: TestApp, sql: string) => t.app.db.prepare(sql).all() as T[];
const KIND_PREFIX = { social_group: '51', social_service: '52', foundation: '53' } as const;

describe('demo data', () => {
  it('is deterministic: two fresh databases get identical contents', () => {
    const a = seeded();
    const b = seeded();
    // Sessions are not part of the seed; everything else must match row for row.
    expect(databaseDigest(a.app.db)).toBe(databaseDigest(b.app.db));
  });

  it('funds 2015–2016 with exactly 5,400万元 across central and lottery programs', () => {
    const t = seeded();
    const programs = all<{ code: string; source: string; year: number; total_allocation_fen: number }>(
      t,
      'SELECT code, source, year, total_allocation_fen FROM fund_programs ORDER BY year, code',
    );
    expect(programs.map((p) => `${p.year} ${p.source}`)).toEqual([
      '2015 LOTTERY',
      '2015 CENTRAL',
      '2016 LOTTERY',
      '2016 CENTRAL',
      '2016 CENTRAL_LOTTERY',
    ]);
    expect(programs.reduce((s, p) => s + p.total_allocation_fen, 0)).toBe(5_400_000_000);
    expect(DEMO_BASE_TOTAL_FEN).toBe(5_400_000_000);
    expect(programs.map((p) => p.code)).toContain('CQ-ZY-2015');
    for (let id = 1; id <= 5; id++)
      expect(fundProgramViewSchema.safeParse(getFundProgram(t.app.db, id)).success).toBe(true);
  });

  it('creates about 300 organizations that pass the contract, with valid codes matching kind and district', () => {
    const t = seeded();
    const { rows, total } = listOrganizations(t.app.db, { page: 1, pageSize: 500, sort: [], search: '', filters: {} });
    expect(total).toBe(300);
    const names = rows.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '重庆市渝中区心语社会工作服务中心',
        '万州区守护天使志愿者协会',
        '重庆市点亮心窗公益基金会',
      ]),
    );
    expect(new Set(names).size).toBe(300);
    let registered = 0;
    for (const o of rows) {
      expect(organizationViewSchema.safeParse(o).success).toBe(true);
      const { id: _i, createdAt: _c, updatedAt: _u, ...input } = o;
      expect(organizationInput.safeParse(input).error?.issues).toBeUndefined();
      if (o.registration === 'registered') {
        registered++;
        const info = validateCreditCode(o.creditCode!);
        expect(info.ok).toBe(true);
        if (info.ok && o.kind !== 'other') {
          expect(info.value.kindCode).toBe(KIND_PREFIX[o.kind]);
          expect(info.value.regionCode).toBe(o.districtCode);
        }
      } else {
        expect(o.creditCode).toBeNull();
      }
    }
    expect(registered / total).toBeGreaterThan(0.7);
    expect(registered).toBeLessThan(total);
    expect(new Set(rows.map((o) => o.kind))).toEqual(
      new Set(['social_group', 'social_service', 'foundation', 'other']),
    );
    expect(new Set(rows.map((o) => o.rating)).size).toBe(6);
    expect(new Set(rows.map((o) => o.districtCode))).toEqual(new Set(DISTRICTS.map((d) => d.code)));
    expect(DISTRICTS).toHaveLength(39);
  });

  it('creates a demo user for each role with the documented password', () => {
    const t = seeded();
    expect(DEMO_USERS.map((u) => u.username)).toEqual([
      'admin',
      'finance',
      'finance2',
      'project',
      'evaluator',
      'auditor',
    ]);
    for (const u of DEMO_USERS) {
      const row = findUserByUsername(t.app.db, u.username)!;
      expect(row).toMatchObject({ displayName: u.displayName, roles: u.roles });
      expect(verifyPassword(DEMO_PASSWORD, row.passwordHash)).toBe(true);
    }
    const noAdmin = seeded({ includeAdmin: false });
    expect(findUserByUsername(noAdmin.app.db, 'admin')).toBeUndefined();
    expect(findUserByUsername(noAdmin.app.db, 'finance2')?.displayName).toBe('李强');
  });

  it("offers 400 distinct project names, the bureau's own first", () => {
    expect(DEMO_PROJECT_NAMES).toHaveLength(400);
    expect(new Set(DEMO_PROJECT_NAMES).size).toBe(400);
    expect(DEMO_PROJECT_NAMES.slice(0, 5)).toEqual(['心语心愿', '点亮心窗', '守护天使', '社区益童', '守望幸福']);
    expect(Object.isFrozen(DEMO_PROJECT_NAMES)).toBe(true);
  });

  it('refuses a database that already holds programs or organizations, changing nothing', () => {
    const t = seeded();
    const before = databaseDigest(t.app.db);
    let error: unknown;
    try {
      seedDemo(contextFor(t.app), { includeAdmin: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).rule).toBe('demo.notEmpty');
    expect(databaseDigest(t.app.db)).toBe(before);
  });

  it('scales: projects N gives N organizations and N/100 more programs over 2017–2024', () => {
    const t = seeded({ includeAdmin: true, projects: 2_000 });
    const count = (sql: string) => t.app.db.prepare(sql).pluck().get();
    expect(count('SELECT count(*) FROM organizations')).toBe(2_000);
    expect(count('SELECT count(*) FROM fund_programs')).toBe(25);
    expect(count('SELECT count(*) FROM fund_programs WHERE year BETWEEN 2017 AND 2024')).toBe(20);
    expect(count('SELECT sum(total_allocation_fen) FROM fund_programs WHERE year < 2017')).toBe(5_400_000_000);
    for (let id = 6; id <= 25; id++)
      expect(fundProgramViewSchema.safeParse(getFundProgram(t.app.db, id)).success).toBe(true);
  });

  // How long seeding takes at 100,000 is a benchmark figure (npm run bench), not a unit-test limit: these
  // machines are shared and noisy. Here the scaled set only has to be right.
  it('scales to 30,000 organizations, every credit code distinct', () => {
    const t = seeded({ includeAdmin: true, projects: 30_000 });
    expect(t.app.db.prepare('SELECT count(*) FROM organizations').pluck().get()).toBe(30_000);
    expect(
      t.app.db.prepare('SELECT count(DISTINCT credit_code) = count(credit_code) FROM organizations').pluck().get(),
    ).toBe(1);
    // Seeding 30,000 organizations takes 15–45 s on a shared 2-core machine; its time is a benchmark figure.
  }, 120_000);
});
