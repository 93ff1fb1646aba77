import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertOrganization } from '../db/organizations-repo';
import { AppError } from './app-error';
import * as orgBars from './organization-bars';
import { addUser, contextFor, openTestApp, type TestApp } from '../testing/services';

let t: TestApp;
let officer: ReturnType<typeof addUser>;
let org: number;
beforeEach(() => {
  t = openTestApp();
  officer = addUser(t.app, 'finance', ['finance']);
  org = insertOrganization(
    t.app.db,
    {
      name: '万州区守护天使志愿者协会',
      creditCode: null,
      kind: 'social_group',
      registration: 'filed',
      districtCode: '500101',
      legalRepresentative: '',
      contactPerson: '',
      phone: '',
      foundedDate: null,
      rating: null,
    },
    { now: t.clock.now().toISOString(), createdBy: officer.id },
  );
});
afterEach(() => t.close());

describe('organization bars (取消申报资格)', () => {
  it('records a bar with its years and reason, listed by year, and logs it', () => {
    const ctx = contextFor(t.app, officer);
    const bar = orgBars.bar(ctx, {
      organizationId: org,
      fromYear: 2017,
      toYear: 2018,
      reason: '2016年度结项评估不合格',
    });
    expect(bar).toMatchObject({
      organizationId: org,
      fromYear: 2017,
      toYear: 2018,
      createdAt: t.clock.now().toISOString(),
    });
    orgBars.bar(contextFor(t.app, officer), { organizationId: org, fromYear: 2016, toYear: 2016, reason: '挪用资金' });
    expect(orgBars.bars(contextFor(t.app, officer), { organizationId: org }).map((b) => b.fromYear)).toEqual([
      2016, 2017,
    ]);
    expect(ctx.changes).toEqual([
      { entityType: 'organizationBar', entityId: String(bar.id), before: null, after: bar },
    ]);
  });

  it('names the organization field when the organization does not exist', () => {
    let error: unknown;
    try {
      orgBars.bar(contextFor(t.app, officer), { organizationId: 99, fromYear: 2016, toYear: 2016, reason: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect([(error as AppError).rule, (error as AppError).field]).toEqual(['organization.notFound', 'organizationId']);
  });
});
