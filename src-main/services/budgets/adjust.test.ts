import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, driveTo, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as apps from '../applications/index';
import * as ledger from '../ledger/index';
import { centralProject, closeProject, expense } from '../../testing/ledger';
import * as svc from './index';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

type Lines = { lineCode: string; categoryCode?: string; costType?: 'hospitality' | 'fine' | null; amountFen: number }[];
const MOVE: Lines = [
  { lineCode: '01', amountFen: 1_300_000 },
  { lineCode: '02', amountFen: 2_400_000 },
];
const request = (applicationId: number, lines: Lines = MOVE, user = f.users.finance, baseVersion = 1) =>
  svc.requestAdjustment(f.as(user), { applicationId, baseVersion, reason: '活动场次增加', lines });
const view = (applicationId: number, user = f.users.finance) => svc.view(f.as(user), { applicationId });

describe('version 1', () => {
  it('is the approved budget, written with the approval', () => {
    const { id } = centralProject(f);
    const v = view(id);
    expect(v.currentVersion).toBe(1);
    expect(v.versions).toHaveLength(1);
    expect(v.versions[0]).toMatchObject({
      version: 1,
      totalFen: 4_000_000,
      reason: null,
      adjustmentId: null,
      approvedBy: { id: f.users.finance2.id },
      matchingTotalFen: 400_000,
      lines: [
        { lineCode: '01', categoryCode: 'STAFF', categoryName: '人员经费', amountFen: 1_400_000, matchingFen: 140_000 },
        {
          lineCode: '02',
          categoryCode: 'ACTIVITY',
          categoryName: '活动经费',
          amountFen: 2_300_000,
          matchingFen: 230_000,
        },
        { lineCode: '03', categoryCode: 'PUBLICITY', categoryName: '宣传费', amountFen: 300_000, matchingFen: 30_000 },
      ],
    });
    expect(v.nextLineCode).toBe('04');
    expect(v.execution.total.grant).toMatchObject({ originalFen: 4_000_000, currentFen: 4_000_000, actualFen: 0 });
    expect(v.execution.total.matching).toMatchObject({ originalFen: 400_000, currentFen: 400_000, actualFen: 0 });
    expect(v.execution.total.total).toMatchObject({ originalFen: 4_400_000, balanceFen: 4_400_000 });
    expect(v.execution.total.grant.executionRate).toEqual({ basisPoints: 0, text: '0.00%' });
    expect(v.availableActions).toEqual(['requestAdjustment', 'post', 'reverse']);
    expect(view(id, f.users.auditor).availableActions).toEqual([]);
  });

  it('is cut in proportion when approval grants less than the finance review kept', () => {
    const id = driveTo(f, 'notice_ended');
    apps.approve(f.as(f.users.finance2), { id, approvedFen: 3_000_000, approvalNumber: '渝民发〔2015〕9号' });
    const v = view(id);
    expect(v.versions[0]!.lines.map((l) => l.amountFen)).toEqual([1_050_000, 1_725_000, 225_000]);
    expect(v.versions[0]!.totalFen).toBe(3_000_000);
    // The cut is the grant's; the organization's matching funds stay as budgeted.
    expect(v.versions[0]!.lines.map((l) => l.matchingFen)).toEqual([140_000, 230_000, 30_000]);
  });
});

describe('budget adjustments', () => {
  it('becomes version 2 when another finance officer approves; the requester may not', () => {
    const { id } = centralProject(f);
    const r = request(id);
    expect(r).toMatchObject({ state: 'pending', baseVersion: 1, resultVersion: null, availableActions: ['withdraw'] });
    expect(r.changes.map((c) => [c.lineCode, c.fromFen, c.toFen, c.deltaFen])).toEqual([
      ['01', 1_400_000, 1_300_000, -100_000],
      ['02', 2_300_000, 2_400_000, 100_000],
    ]);
    const own = caught(() => svc.approveAdjustment(f.as(f.users.finance), { adjustmentId: r.id }));
    expect([own.kind, own.field, ...rulesOf(own)]).toEqual(['RuleViolation', 'adjustmentId', 'budget.sameUser']);
    expect(messagesOf(own)).toEqual(['预算调整须由另一名财务人员审批，申请人不能审批自己的申请']);
    expect(view(id, f.users.finance2).adjustments[0]!.availableActions).toEqual(['approve', 'reject']);

    const ctx = f.as(f.users.finance2);
    const approved = svc.approveAdjustment(ctx, { adjustmentId: r.id });
    expect(approved).toMatchObject({ state: 'approved', resultVersion: 2, decidedBy: { id: f.users.finance2.id } });
    expect(ctx.changes.map((c) => c.entityType)).toEqual(['budgetAdjustment', 'budgetVersion']);
    const v = view(id);
    expect(v.currentVersion).toBe(2);
    expect(v.versions[1]).toMatchObject({
      version: 2,
      reason: '活动场次增加',
      totalFen: 4_000_000,
      adjustmentId: r.id,
    });
    // The original and the revised budget side by side, never added together.
    expect(v.execution.rows.map((x) => [x.lineCode, x.grant.originalFen, x.grant.currentFen])).toEqual([
      ['01', 1_400_000, 1_300_000],
      ['02', 2_300_000, 2_400_000],
      ['03', 300_000, 300_000],
    ]);
    expect(v.execution.total.grant).toMatchObject({ originalFen: 4_000_000, currentFen: 4_000_000 });
    const again = caught(() => svc.approveAdjustment(f.as(f.users.finance2), { adjustmentId: r.id }));
    expect(rulesOf(again)).toEqual(['budget.adjustmentApproved']);
    // Named by its place in the project's requests and decided in Beijing time, not by row id and UTC.
    expect(messagesOf(again)).toEqual([
      expect.stringMatching(/^第 1 次调整申请已于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）批准，不能再处理$/),
    ]);
  });

  it('refuses a request made against an older version', () => {
    const { id } = centralProject(f);
    const first = request(id);
    const second = request(
      id,
      [
        { lineCode: '03', amountFen: 200_000 },
        { lineCode: '02', amountFen: 2_400_000 },
      ],
      f.users.project,
    );
    svc.approveAdjustment(f.as(f.users.finance2), { adjustmentId: first.id });
    const stale = caught(() => svc.approveAdjustment(f.as(f.users.finance2), { adjustmentId: second.id }));
    expect([stale.field, ...rulesOf(stale)]).toContain('budget.staleRequest');
    expect(messagesOf(stale)[0]).toBe('该申请基于第 1 版预算，当前已是第 2 版，请按最新版本重新申请');
    const late = caught(() => request(id, MOVE, f.users.project, 1));
    expect([late.field, ...rulesOf(late)]).toEqual(['baseVersion', 'budget.staleRequest', 'budget.noChange']);
  });

  it('refuses cutting a line below what was already spent on it', () => {
    const { id } = centralProject(f);
    const grant = (amountFen: number) => expense({ lineCode: '01', share: 'grant', amountFen });
    ledger.post(f.as(f.users.finance), { applicationId: id, ...grant(1_350_000) });
    const e = caught(() => request(id));
    expect(rulesOf(e)).toEqual(['budget.belowActual']);
    expect(messagesOf(e)).toEqual(['预算行 01 的财政资金调整为 13,000.00 元，低于已支出的 13,500.00 元']);
    // And again at approval, when the spending came after the request.
    const { id: other } = centralProject(f, { org: 2 });
    const r = request(other);
    ledger.post(f.as(f.users.finance), { applicationId: other, ...grant(1_350_000) });
    expect(rulesOf(caught(() => svc.approveAdjustment(f.as(f.users.finance2), { adjustmentId: r.id })))).toEqual([
      'budget.belowActual',
    ]);
  });

  it('refuses a changed total, no change, a new line without category or with a forbidden cost type', () => {
    const { id } = centralProject(f);
    expect(messagesOf(caught(() => request(id, [{ lineCode: '01', amountFen: 1_500_000 }])))).toEqual([
      '预算调整只能在预算行之间调剂，合计须保持 40,000.00 元不变（调整后为 41,000.00 元）',
      '调整后预算合计 41,000.00 元，超过批复金额 40,000.00 元',
    ]);
    expect(rulesOf(caught(() => request(id, [{ lineCode: '01', amountFen: 1_400_000 }])))).toEqual(['budget.noChange']);
    const newLine = caught(() =>
      request(id, [
        { lineCode: '01', amountFen: 1_300_000 },
        { lineCode: '04', amountFen: 100_000 },
      ]),
    );
    expect(rulesOf(newLine)).toEqual(['budget.newLineCategory']);
    const forbidden = caught(() =>
      request(id, [
        { lineCode: '01', amountFen: 1_300_000 },
        { lineCode: '04', categoryCode: 'ACTIVITY', costType: 'fine', amountFen: 100_000 },
      ]),
    );
    expect(messagesOf(forbidden)).toEqual(['预算行 04：中央财政资金不得列支罚款（财社〔2012〕138号）']);
    const added = request(id, [
      { lineCode: '01', amountFen: 1_300_000 },
      { lineCode: '04', categoryCode: 'TRAINING', amountFen: 100_000 },
    ]);
    expect(added.changes[1]).toMatchObject({ lineCode: '04', isNew: true, fromFen: 0, categoryName: '培训费' });
    expect(view(id).nextLineCode).toBe('05');
    svc.approveAdjustment(f.as(f.users.finance2), { adjustmentId: added.id });
    expect(view(id).execution.rows.at(-1)).toMatchObject({
      lineCode: '04',
      grant: { originalFen: 0, currentFen: 100_000 },
      matching: { originalFen: 0, currentFen: 0 },
    });
  });

  it('is rejected with a reason by another officer, or withdrawn by its requester only', () => {
    const { id } = centralProject(f);
    const r = request(id);
    expect(
      rulesOf(caught(() => svc.rejectAdjustment(f.as(f.users.finance), { adjustmentId: r.id, reason: '不同意' }))),
    ).toEqual(['budget.rejectOwn']);
    expect(messagesOf(caught(() => svc.withdrawAdjustment(f.as(f.users.finance2), { adjustmentId: r.id })))).toEqual([
      '只有申请人（finance）可以撤回该调整申请',
    ]);
    const rejected = svc.rejectAdjustment(f.as(f.users.finance2), { adjustmentId: r.id, reason: '依据不足' });
    expect(rejected).toMatchObject({ state: 'rejected', decisionReason: '依据不足', availableActions: [] });
    expect(rulesOf(caught(() => svc.withdrawAdjustment(f.as(f.users.finance), { adjustmentId: r.id })))).toEqual([
      'budget.adjustmentRejected',
    ]);
    const w = svc.withdrawAdjustment(f.as(f.users.project), { adjustmentId: request(id, MOVE, f.users.project).id });
    expect(w.state).toBe('withdrawn');
    expect(view(id).currentVersion).toBe(1);
  });

  it('refuses everything in a closed project', () => {
    const { id, agreementId } = centralProject(f);
    const r = request(id);
    closeProject(f, agreementId);
    expect(rulesOf(caught(() => request(id)))).toEqual(['budget.projectClosed']);
    expect(rulesOf(caught(() => svc.approveAdjustment(f.as(f.users.finance2), { adjustmentId: r.id })))).toEqual([
      'budget.projectClosed',
    ]);
    expect(view(id).adjustments[0]!.availableActions).toEqual([]);
  });
});
