import { rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, driveTo, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import { attachmentsDirOf, storedPath } from '../attachments/index';
import * as svc from './index';
import { closeProject, lockYear, milestoneProject, uploadAs } from '../../testing/milestones';

let f: AppsFixture;
let p: ReturnType<typeof milestoneProject>;
beforeEach(() => {
  f = openAppsFixture();
  p = milestoneProject(f);
});
afterEach(() => f.close());

const board = (user = f.users.project) => svc.list(f.as(user), { applicationId: p.id });
const evidence = (content?: string) => uploadAs(f, f.users.project, p.id, content).id;
const completeAs = (user = f.users.project, patch: Partial<Parameters<typeof svc.complete>[1]> = {}) =>
  svc.complete(f.as(user), {
    milestoneId: p.milestoneId,
    completedDate: '2015-11-01',
    evidenceAttachmentId: patch.evidenceAttachmentId === undefined ? evidence() : patch.evidenceAttachmentId,
    note: '活动记录、签到表',
    ...patch,
  });

describe('milestone board (milestones.list)', () => {
  it('has the milestone the tranche plan names, and the indicators with no reading yet', () => {
    const b = board();
    expect(b).toMatchObject({ agreementNumber: p.agreement.agreementNumber, closed: false });
    expect(b.availableActions).toEqual(['plan', 'record']);
    expect(b.milestones).toMatchObject([
      {
        name: '中期验收',
        plannedDate: '2015-12-31',
        state: 'planned',
        overdue: false,
        evidence: null,
        trancheSeqs: [2],
        availableActions: ['complete'],
      },
    ]);
    expect(b.indicators).toEqual([
      {
        indicatorId: p.indicatorId,
        name: '服务人次',
        unit: '人次',
        target: '1200',
        readings: [],
        latest: null,
        rate: null,
        rateBasisPoints: null,
        met: false,
      },
    ]);
    const auditor = board(f.users.auditor);
    expect([auditor.availableActions, auditor.milestones[0]!.availableActions]).toEqual([[], []]);
  });

  it('exists only for an approved application', () => {
    const draft = driveTo(f, 'finance_review', undefined);
    const e = caught(() => svc.list(f.as(f.users.project), { applicationId: draft }));
    expect(messagesOf(e)).toEqual(['申报项目当前状态为“财务审核中”，立项后才有里程碑和绩效指标记录']);
    expect(caught(() => svc.list(f.as(f.users.project), { applicationId: 999 })).rule).toBe('application.notFound');
  });
});

describe('planning (milestones.plan)', () => {
  it('adds a milestone with a unique name inside the project period, and logs it', () => {
    const ctx = f.as(f.users.evaluator);
    const m = svc.plan(ctx, { applicationId: p.id, name: '服务对象满意度调查', plannedDate: '2015-09-30' });
    expect(m).toMatchObject({ state: 'planned', overdue: true, trancheSeqs: [], availableActions: ['complete'] });
    expect(ctx.changes).toMatchObject([{ entityType: 'milestone', entityId: String(m.id), before: null }]);
    expect(board().milestones.map((x) => x.name)).toEqual(['服务对象满意度调查', '中期验收']);

    const taken = caught(() =>
      svc.plan(f.as(f.users.project), { applicationId: p.id, name: '中期验收', plannedDate: '2015-09-30' }),
    );
    expect([taken.field, ...messagesOf(taken)]).toEqual(['name', '本项目已有名为“中期验收”的里程碑']);
    const outside = caught(() =>
      svc.plan(f.as(f.users.project), { applicationId: p.id, name: '年终', plannedDate: '2016-01-05' }),
    );
    expect([outside.field, ...messagesOf(outside)]).toEqual([
      'plannedDate',
      '计划完成日期 2016-01-05 不在项目执行期 2015-03-01 至 2015-12-31 内',
    ]);
  });
});

describe('completion (milestones.complete)', () => {
  it('needs evidence, naming the milestone', () => {
    const e = caught(() => completeAs(f.users.project, { evidenceAttachmentId: null }));
    expect([e.field, ...messagesOf(e)]).toEqual(['evidenceAttachmentId', '里程碑“中期验收”完成须上传佐证材料']);
    const unknown = caught(() => completeAs(f.users.project, { evidenceAttachmentId: 999 }));
    expect(rulesOf(unknown)).toEqual(['milestone.evidenceNotFound']);
  });

  it('needs a date not in the future, not before the project period, not in a locked year', () => {
    const future = caught(() => completeAs(f.users.project, { completedDate: '2015-11-09' }));
    expect([future.field, ...messagesOf(future)]).toEqual([
      'completedDate',
      '完成日期 2015-11-09 晚于今天（2015-11-08），不能登记未来日期',
    ]);
    expect(rulesOf(caught(() => completeAs(f.users.project, { completedDate: '2015-02-28' })))).toEqual([
      'milestone.dateBeforePeriod',
    ]);
    lockYear(f, 2015);
    expect(messagesOf(caught(() => completeAs()))).toEqual(['2015 年度已结账，不能登记日期为 2015-11-01 的完成情况']);
    expect(board().milestones[0]!.state).toBe('planned');
  });

  it('refuses evidence of another project, and a file that is missing or altered', () => {
    const other = milestoneProject(f, f.orgs[2]!);
    const foreign = uploadAs(f, f.users.project, other.id, '别的项目的报告', '别的.pdf').id;
    expect(messagesOf(caught(() => completeAs(f.users.project, { evidenceAttachmentId: foreign })))).toEqual([
      '附件“别的.pdf”不属于本项目，不能作为佐证材料',
    ]);
    const meta = uploadAs(f, f.users.project, p.id, '会被改动的报告');
    const path = storedPath(attachmentsDirOf(f.app), meta.sha256);
    writeFileSync(path, '改过的报告');
    expect(rulesOf(caught(() => completeAs(f.users.project, { evidenceAttachmentId: meta.id })))).toEqual([
      'milestone.evidenceAltered',
    ]);
    rmSync(path);
    expect(messagesOf(caught(() => completeAs(f.users.project, { evidenceAttachmentId: meta.id })))).toEqual([
      '佐证材料“中期验收报告.pdf”的文件已丢失，请重新上传',
    ]);
  });

  it('records date, evidence and completer once, and logs it', () => {
    const ctx = f.as(f.users.project);
    const id = evidence();
    const m = svc.complete(ctx, {
      milestoneId: p.milestoneId,
      completedDate: '2015-11-01',
      evidenceAttachmentId: id,
      note: ' 见附件 ',
    });
    expect(m).toMatchObject({
      state: 'completed',
      completedDate: '2015-11-01',
      completedBy: { id: f.users.project.id },
      note: '见附件',
      evidence: { id, fileName: '中期验收报告.pdf', status: 'ok', check: 'size' },
      availableActions: [],
    });
    expect(ctx.changes).toMatchObject([
      {
        entityType: 'milestone',
        before: { state: 'planned' },
        after: { state: 'completed', completedDate: '2015-11-01' },
      },
    ]);
    expect(board(f.users.evaluator).milestones[0]!.availableActions).toEqual(['verify']);
    const again = caught(() => completeAs(f.users.evaluator));
    expect(messagesOf(again)).toEqual(['里程碑“中期验收”已于 2015-11-01 完成，不能重复登记']);
  });
});

describe('verification (milestones.verify)', () => {
  it('is refused before completion and to the completer, and done by another user', () => {
    const verify = (user = f.users.evaluator) => svc.verify(f.as(user), { milestoneId: p.milestoneId });
    expect(rulesOf(caught(() => verify()))).toEqual(['milestone.notCompleted']);
    completeAs(f.users.project);
    const same = caught(() => verify(f.users.project));
    expect([same.kind, ...messagesOf(same)]).toEqual(['RuleViolation', '里程碑“中期验收”须由完成登记人以外的人员验收']);
    expect(messagesOf(same, 'en')).toEqual([
      'milestone "中期验收" must be verified by someone other than the person who completed it',
    ]);
    const ctx = f.as(f.users.evaluator);
    const m = svc.verify(ctx, { milestoneId: p.milestoneId });
    expect(m).toMatchObject({ state: 'verified', verifiedBy: { id: f.users.evaluator.id }, availableActions: [] });
    expect(ctx.changes).toMatchObject([{ entityType: 'milestone', after: { state: 'verified' } }]);
    expect(rulesOf(caught(() => verify(f.users.finance)))).toEqual(['milestone.alreadyVerified']);
  });

  it('is refused when the evidence file was altered after completion', () => {
    const m = completeAs(f.users.project);
    writeFileSync(storedPath(attachmentsDirOf(f.app), m.evidence!.sha256), 'x');
    expect(board().milestones[0]!.evidence).toMatchObject({ status: 'altered' });
    const e = caught(() => svc.verify(f.as(f.users.evaluator), { milestoneId: p.milestoneId }));
    expect(rulesOf(e)).toEqual(['milestone.evidenceAltered']);
  });

  it('answers NotFound for an unknown milestone', () => {
    const e = caught(() => svc.verify(f.as(f.users.evaluator), { milestoneId: 999 }));
    expect([e.kind, e.rule, e.field]).toEqual(['NotFound', 'milestone.notFound', 'milestoneId']);
  });
});

describe('a closed project', () => {
  it('refuses every write and offers no action', () => {
    const planned = completeAs(f.users.project);
    closeProject(f, p.agreement.id);
    const b = board();
    expect([b.closed, b.availableActions, b.milestones.flatMap((m) => m.availableActions)]).toEqual([true, [], []]);
    const refusals = [
      () => svc.plan(f.as(f.users.project), { applicationId: p.id, name: '新', plannedDate: '2015-09-30' }),
      () => svc.verify(f.as(f.users.evaluator), { milestoneId: planned.id }),
      () => svc.record(f.as(f.users.project), { indicatorId: p.indicatorId, date: '2015-11-01', value: '1', note: '' }),
      () => uploadAs(f, f.users.project, p.id),
    ].map((fn) => caught(fn));
    expect(refusals.map((e) => e.rule)).toEqual([
      'milestone.projectClosed',
      'milestone.projectClosed',
      'indicator.projectClosed',
      'attachment.projectClosed',
    ]);
    expect(messagesOf(refusals[0]!)[0]).toBe(`项目 ${p.agreement.agreementNumber} 已结项，不能再修改里程碑`);
  });
});
