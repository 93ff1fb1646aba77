import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ops, type Envelope, type OpName, type OpOutput, type Role } from '../contract/index';
import { databaseDigest } from '../db/system-repo';
import { storedPath } from '../services/attachments/index';
import { closeApp, type AppContext } from './app';
import { failed, templateFixture } from '../testing/dispatch-template';
import { dispatch as untyped, type CallContext } from './dispatch';
import { caller } from '../testing/dispatch';
import { milestoneSamples, SAMPLE_FILE } from '../testing/dispatch-milestones';

/** Milestones, indicator readings and attachments through dispatch: permissions, separation of duties, the log. */
const { fixture, fresh } = templateFixture();

/** dispatch with the op's own output type. */
const dispatch = <N extends OpName>(app: AppContext, op: N, input: unknown, who: CallContext) =>
  untyped(app, op, input, who) as Promise<Envelope<OpOutput<N>>>;

function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value;
}

const samples = milestoneSamples();
const digest = (app: AppContext) => databaseDigest(app.db, { excludeColumns: { sessions: ['last_seen_at'] } });
const MILESTONE_WRITES = ['milestones.plan', 'milestones.complete', 'milestones.verify', 'indicators.record'] as const;

describe('milestone and attachment ops through dispatch', () => {
  it('keeps attachment files in the database folder', () => {
    const app = fresh();
    expect(app.attachmentsDir).toBe(join(dirname(app.dbPath), 'attachments'));
    closeApp(app);
  });

  it.each(['admin', 'auditor'] as Role[])('a %s may read the board but not change milestones', async (role) => {
    const app = fresh();
    const who = caller(fixture.tokens[role]);
    const board = ok(await dispatch(app, 'milestones.list', samples['milestones.list'], who));
    expect(board).toMatchObject({ closed: false, milestones: [], availableActions: [] });
    expect(board.indicators.map((i) => i.indicatorId)).toEqual([samples['indicators.record'].indicatorId]);
    const before = digest(app);
    for (const op of MILESTONE_WRITES) {
      const e = failed(await dispatch(app, op, samples[op], who), 'Forbidden');
      expect(e.message).toBe('没有权限：此操作需要“里程碑与绩效指标”权限');
    }
    expect(digest(app)).toBe(before);
    const upload = await dispatch(app, 'attachments.upload', samples['attachments.upload'], who);
    if (role === 'auditor') expect(failed(upload, 'Forbidden').message).toBe('没有权限：此操作需要“上传附件”权限');
    else expect(ok(upload).fileName).toBe('中期验收报告.txt');
    closeApp(app);
  });

  it('one user completes, the same user cannot verify, another one can; every write is logged', async () => {
    const app = fresh();
    const project = caller(fixture.tokens.project);
    const evaluator = caller(fixture.tokens.evaluator, 'en');
    const meta = ok(await dispatch(app, 'attachments.upload', samples['attachments.upload'], project));
    const m = ok(await dispatch(app, 'milestones.plan', samples['milestones.plan'], project));
    const done = ok(
      await dispatch(
        app,
        'milestones.complete',
        { ...samples['milestones.complete'], milestoneId: m.id, evidenceAttachmentId: meta.id },
        project,
      ),
    );
    expect(done).toMatchObject({ state: 'completed', evidence: { id: meta.id, status: 'ok' }, availableActions: [] });

    const same = failed(await dispatch(app, 'milestones.verify', { milestoneId: m.id }, project), 'RuleViolation');
    expect(same.message).toBe('里程碑“中期验收”须由完成登记人以外的人员验收');
    expect(same.details).toMatchObject({ rule: 'milestone.sameUser', field: '里程碑' });
    const verified = ok(await dispatch(app, 'milestones.verify', { milestoneId: m.id }, evaluator));
    expect(verified).toMatchObject({ state: 'verified', verifiedBy: { id: fixture.userIds.evaluator } });
    const again = failed(await dispatch(app, 'milestones.verify', { milestoneId: m.id }, evaluator), 'RuleViolation');
    expect(again.message).toBe('milestone "中期验收" is already verified');

    const reading = ok(await dispatch(app, 'indicators.record', samples['indicators.record'], evaluator));
    expect(reading).toMatchObject({ target: '30', latest: { value: '12.5' }, rate: '41.67%' });

    const logged = app.db
      .prepare(
        `SELECT op, entity_type FROM operation_log
         WHERE op LIKE 'milestones.%' OR op LIKE 'attachments.%' OR op LIKE 'indicators.%' ORDER BY id`,
      )
      .all();
    expect(logged).toEqual([
      { op: 'attachments.upload', entity_type: 'attachment' },
      { op: 'milestones.plan', entity_type: 'milestone' },
      { op: 'milestones.complete', entity_type: 'milestone' },
      { op: 'milestones.verify', entity_type: 'milestone' },
      { op: 'indicators.record', entity_type: 'indicatorReading' },
    ]);
    closeApp(app);
  });

  it('opens a file by rehashing it, and says so when it was altered', async () => {
    const app = fresh();
    const auditor = caller(fixture.tokens.auditor);
    const content = Buffer.concat([SAMPLE_FILE, Buffer.from('opened through dispatch')]);
    const upload = { ...samples['attachments.upload'], contentBase64: content.toString('base64') };
    const meta = ok(await dispatch(app, 'attachments.upload', upload, caller(fixture.tokens.finance)));
    const opened = ok(await dispatch(app, 'attachments.open', { attachmentId: meta.id }, auditor));
    expect(opened.status).toBe('ok');
    expect(Buffer.from(opened.contentBase64!, 'base64').equals(content)).toBe(true);
    writeFileSync(storedPath(app.attachmentsDir!, meta.sha256), Buffer.alloc(content.length));
    const altered = ok(await dispatch(app, 'attachments.open', { attachmentId: meta.id }, auditor));
    expect([altered.status, altered.contentBase64]).toEqual(['altered', null]);
    closeApp(app);
  });

  it('refuses invalid input naming the field, and rolls back a refused upload', async () => {
    const app = fresh();
    const project = caller(fixture.tokens.project);
    const bad = await dispatch(
      app,
      'milestones.complete',
      { ...samples['milestones.complete'], completedDate: '2015-02-30' },
      project,
    );
    expect(failed(bad, 'Validation').message).toContain('完成日期');
    const before = digest(app);
    const empty = await dispatch(
      app,
      'attachments.upload',
      { ...samples['attachments.upload'], contentBase64: '' },
      project,
    );
    expect(failed(empty, 'RuleViolation').message).toBe('文件为空');
    expect(digest(app)).toBe(before);
    expect(ops['attachments.open'].mutation).toBe(false);
    closeApp(app);
  });
});
