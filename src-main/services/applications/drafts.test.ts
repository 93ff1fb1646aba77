import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../db/system-repo';
import * as svc from './index';
import {
  caught,
  driveTo,
  messagesOf,
  openAppsFixture,
  rulesOf,
  validInput,
  type AppsFixture,
} from '../../testing/applications';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

const digest = () => databaseDigest(f.app.db, { excludeColumns: { sessions: ['last_seen_at'] } });

describe('creating and editing drafts', () => {
  it('numbers applications SB-{year}-{seq4} per program year, without gaps', () => {
    const ctx = f.as(f.users.project);
    const codes = [
      svc.createApplication(ctx, validInput(f.central, f.orgs[0]!)).code,
      svc.createApplication(
        ctx,
        validInput(f.lottery, f.orgs[0]!, { periodStart: '2016-03-01', periodEnd: '2016-12-31' }),
      ).code,
      svc.createApplication(ctx, validInput(f.central, f.orgs[1]!)).code,
    ];
    expect(codes).toEqual(['SB-2015-0001', 'SB-2016-0001', 'SB-2015-0002']);
    // A refused creation takes no number: the next one is still the next in line.
    caught(() => svc.createApplication(ctx, validInput(f.central, f.orgs[1]!)));
    expect(svc.createApplication(ctx, validInput(f.central, f.orgs[2]!)).code).toBe('SB-2015-0003');
  });

  it('stores everything entered and records who created it, with the change for the log', () => {
    const ctx = f.as(f.users.project);
    const d = svc.createApplication(ctx, validInput(f.central, f.orgs[0]!));
    expect(d).toMatchObject({
      state: 'draft',
      createdBy: { id: f.users.project.id },
      submittedBy: null,
      requestedFen: 4_000_000,
      matchingFen: 400_000,
      indicators: [{ name: '服务人次', unit: '人次', target: 1200 }],
      availableActions: ['update', 'submit'],
    });
    expect(d.budgetLines.map((l) => [l.categoryName, l.amountFen])).toEqual([
      ['人员经费', 1_400_000],
      ['活动经费', 2_300_000],
      ['宣传费', 300_000],
    ]);
    expect(ctx.changes).toHaveLength(1);
    expect(ctx.changes[0]).toMatchObject({ entityType: 'application', entityId: String(d.id), before: null });
    expect(ctx.changes[0]!.after).toMatchObject({ code: 'SB-2015-0001', state: 'draft', requestedFen: 4_000_000 });
  });

  it('refuses a second live application of an organization to the same program, naming the first', () => {
    const first = svc.createApplication(f.as(f.users.project), validInput(f.central, f.orgs[0]!));
    const before = digest();
    const e = caught(() => svc.createApplication(f.as(f.users.project2), validInput(f.central, f.orgs[0]!)));
    expect([e.kind, e.rule, e.field]).toEqual(['RuleViolation', 'application.duplicate', 'organizationId']);
    expect(messagesOf(e)).toEqual([`该机构已就本资金计划申报了项目 ${first.code}，不能重复申报`]);
    expect(digest()).toBe(before);
  });

  it('allows a new application once the earlier one was rejected', () => {
    const id = driveTo(f, 'submitted');
    svc.reject(f.as(f.users.finance), { id, reason: '不符合申报条件' });
    expect(svc.createApplication(f.as(f.users.project), validInput(f.central, f.orgs[0]!)).state).toBe('draft');
  });

  it('names the missing program or organization as the field', () => {
    const e = caught(() => svc.createApplication(f.as(f.users.project), validInput(999, f.orgs[0]!)));
    expect([e.kind, e.rule, e.field]).toEqual(['NotFound', 'fundProgram.notFound', 'fundProgramId']);
    const o = caught(() => svc.createApplication(f.as(f.users.project), validInput(f.central, 999)));
    expect([o.kind, o.rule, o.field]).toEqual(['NotFound', 'organization.notFound', 'organizationId']);
  });

  it('replaces fields, indicators and lines of a draft, logging before and after', () => {
    const d = svc.createApplication(f.as(f.users.project), validInput(f.central, f.orgs[0]!));
    f.clock.ms += 60_000;
    const ctx = f.as(f.users.project2);
    const input = validInput(f.central, f.orgs[0]!, {
      name: '“点亮心窗”青少年心理辅导服务项目',
      indicators: [
        { name: '个案', unit: '个', target: 30 },
        { name: '小组', unit: '个', target: 6 },
      ],
      budgetLines: [{ categoryCode: 'ACTIVITY', amountFen: 4_000_000 }],
    });
    const u = svc.updateApplication(ctx, { ...input, id: d.id });
    expect(u).toMatchObject({ code: d.code, name: '“点亮心窗”青少年心理辅导服务项目', createdAt: d.createdAt });
    expect(u.updatedAt).not.toBe(d.updatedAt);
    expect(u.indicators.map((i) => i.name)).toEqual(['个案', '小组']);
    expect(u.budgetLines).toHaveLength(1);
    const change = ctx.changes[0]!;
    expect(change.before).toMatchObject({ name: '“心语心愿”留守儿童关爱服务项目' });
    expect(change.after).toMatchObject({ name: '“点亮心窗”青少年心理辅导服务项目' });
  });

  it('refuses to edit a submitted application, naming its state in the user’s language', () => {
    const id = driveTo(f, 'submitted');
    const e = caught(() => svc.updateApplication(f.as(f.users.project), { ...validInput(f.central, f.orgs[0]!), id }));
    expect(rulesOf(e)).toEqual(['application.illegalTransition']);
    expect(e.kind).toBe('RuleViolation');
    expect(messagesOf(e)).toEqual(['当前状态为“已提交”，不能执行“修改”']);
    expect(messagesOf(e, 'en')).toEqual(['the application is "submitted"; "edit" is not possible now']);
  });

  it('refuses an update that would duplicate another live application', () => {
    svc.createApplication(f.as(f.users.project), validInput(f.central, f.orgs[0]!));
    const other = svc.createApplication(f.as(f.users.project), validInput(f.central, f.orgs[1]!));
    const e = caught(() =>
      svc.updateApplication(f.as(f.users.project), { ...validInput(f.central, f.orgs[0]!), id: other.id }),
    );
    expect(rulesOf(e)).toEqual(['application.duplicate']);
  });

  it('takes 配套资金 as the sum of the lines’ matching; a total given that disagrees is refused, naming the field', () => {
    const ctx = f.as(f.users.project);
    const base = validInput(f.central, f.orgs[0]!);
    const lines = base.budgetLines.map((l, i) => ({ ...l, matchingFen: [100_000, 250_000, 50_000][i]! }));
    const { matchingFen: _, ...withoutTotal } = { ...base, budgetLines: lines };
    const d = svc.createApplication(ctx, withoutTotal);
    expect(d.matchingFen).toBe(400_000);
    expect(d.budgetLines.map((l) => l.matchingFen)).toEqual([100_000, 250_000, 50_000]);
    const before = digest();
    const e = caught(() => svc.updateApplication(ctx, { ...base, id: d.id, budgetLines: lines, matchingFen: 400_001 }));
    expect([e.field, ...rulesOf(e)]).toEqual(['matchingFen', 'application.matchingSum']);
    expect(messagesOf(e)).toEqual(['预算明细的配套资金合计 4,000.00 元，与配套资金 4,000.01 元不一致']);
    expect(digest()).toBe(before);
    // Without lines (an unfinished draft, an imported row) the declared total is kept.
    const bare = svc.updateApplication(ctx, { ...base, id: d.id, budgetLines: [], matchingFen: 123_400 });
    expect([bare.matchingFen, bare.budgetLines]).toEqual([123_400, []]);
  });
});
