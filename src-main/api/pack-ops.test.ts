import { describe, expect, it } from 'vitest';
import type { Envelope, InspectionView, OpName, OpOutput } from '../contract/index';
import { getAgreementByApplication } from '../db/agreements-repo';
import { databaseDigest } from '../db/system-repo';
import { TempFolder } from '../testing/db';
import { caller, validInputs } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { inspectionSamples } from '../testing/dispatch-inspections';
import { failed, templateFixture } from '../testing/dispatch-template';
import { FieldLaptop } from '../testing/packs';
import { addUser, TEST_PASSWORD } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { dispatch as untyped, type CallContext } from './dispatch';

/** 检查包 end to end through dispatch at the office and the services on a field database: real files both sides. */
const { fixture, fresh } = templateFixture();

const dispatch = <N extends OpName>(app: AppContext, op: N, input: unknown, who: CallContext) =>
  untyped(app, op, input, who) as Promise<Envelope<OpOutput<N>>>;

function ok<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value;
}

/** Data only: the log and sessions change with every call, reads included. */
const dataDigest = (app: AppContext) =>
  databaseDigest(app.db, { excludeTables: ['schema_migrations', 'operation_log', 'sessions', 'log_protection'] });

async function office() {
  const app = fresh();
  addUser(app, 'evaluator2', ['evaluator']);
  const evaluator = caller(fixture.tokens.evaluator);
  const project = getAgreementByApplication(app.db, FIXTURE_APPS.approved)!.agreementNumber;
  return { app, evaluator, project };
}

async function exportPack(app: AppContext, who: CallContext, project: string) {
  const out = ok(
    await dispatch(app, 'packs.export', { projects: [project], inspectors: ['evaluator', 'evaluator2'] }, who),
  );
  return { ...out, bytes: Buffer.from(out.base64, 'base64') };
}

function fieldWork(folder: TempFolder, pack: Buffer, place = '渝中区解放碑街道社区服务中心活动室') {
  const field = new FieldLaptop(folder, pack);
  const body = JSON.parse(pack.toString('utf8').split('\n')[1]!) as {
    projects: { inspection: { id: number }; openRectifications: { id: number }[] }[];
    templates: { items: { id: number; answerType: string }[] }[];
  };
  const inspectionId = body.projects[0]!.inspection.id;
  const photo = field.photo('evaluator2', '活动室.jpg', Buffer.from('jpeg bytes of the activity room'));
  const value = { yes_no: 'yes', score: '8', number: '12', text: '良好' } as Record<string, string>;
  field.inspection('evaluator2', {
    inspectionId,
    kind: 'field',
    date: '2024-04-30',
    place,
    notes: '负责人陪同',
    answers: body.templates[0]!.items.map((i) => ({ itemId: i.id, value: value[i.answerType]!, note: '' })),
    findings: [
      {
        itemId: null,
        severity: 'major',
        description: '活动签到表缺少服务对象签名',
        requirement: '补齐签到记录',
        responsiblePerson: '王芳',
        deadline: '2024-06-30',
      },
    ],
    photos: [photo],
  });
  return { field, inspectionId, body };
}

describe('field packs', () => {
  it('exports, records in the field, imports once, and a second import changes nothing', async () => {
    const { app, evaluator, project } = await office();
    const folder = new TempFolder();
    const pack = await exportPack(app, evaluator, project);
    expect(pack.packNo).toBe('JCB-2024-0001');
    const { field, inspectionId } = fieldWork(folder, pack.bytes);
    // The field database records only field work.
    const admin = addUser(field.app, 'fieldadmin', ['admin']);
    const refused = failed(
      await dispatch(
        field.app,
        'organizations.create',
        validInputs(fixture)['organizations.create'],
        caller(admin.token),
      ),
      'RuleViolation',
    );
    expect(refused.message).toContain('这是检查包 JCB-2024-0001 的现场数据库');
    const results = field.results().toString('base64');
    const file = { fileName: 'r.grantsresult', contentBase64: results };

    const before = dataDigest(app);
    const preview = ok(await dispatch(app, 'packs.preview', file, evaluator));
    expect(preview).toMatchObject({
      outcome: 'checked',
      records: [{ key: `inspection-${inspectionId}`, action: 'apply' }],
    });
    expect(dataDigest(app)).toBe(before);

    const imported = ok(await dispatch(app, 'packs.import', file, evaluator));
    expect(imported.outcome).toBe('imported');
    const v: InspectionView = ok(await dispatch(app, 'inspections.get', { inspectionId }, evaluator));
    expect(v.place).toBe('渝中区解放碑街道社区服务中心活动室');
    expect(v.answers).toHaveLength(v.checklist.items.length);
    expect(v.findings.map((f) => f.description)).toEqual(['活动签到表缺少服务对象签名']);
    expect(v.attachments.map((a) => a.fileName)).toEqual(['活动室.jpg']);
    const afterFirst = dataDigest(app);

    const again = ok(await dispatch(app, 'packs.import', file, evaluator));
    expect(again).toMatchObject({ outcome: 'unchanged', records: [{ action: 'unchanged' }] });
    expect(dataDigest(app)).toBe(afterFirst);
    const ops = app.db.prepare("SELECT op FROM operation_log WHERE op LIKE 'packs.%' ORDER BY id").pluck().all();
    // Export: the new inspection and the pack; import: the inspection and the pack; the repeat: the pack.
    expect(ops).toEqual(['packs.export', 'packs.export', 'packs.import', 'packs.import', 'packs.import']);
    const list = ok(await dispatch(app, 'packs.list', {}, evaluator));
    expect(list.packs).toMatchObject([{ packNo: 'JCB-2024-0001', state: 'imported', projects: [project] }]);
    closeApp(field.app);
    closeApp(app);
    folder.remove();
  });

  it('refuses an altered result whole and a result of a pack this office never exported', async () => {
    const { app, evaluator, project } = await office();
    const folder = new TempFolder();
    const pack = await exportPack(app, evaluator, project);
    const results = fieldWork(folder, pack.bytes).field.results();
    const before = dataDigest(app);
    const altered = Buffer.from(results);
    altered[Math.floor(altered.length / 2)]! ^= 0x01;
    const e = failed(
      await dispatch(app, 'packs.import', { fileName: 'r', contentBase64: altered.toString('base64') }, evaluator),
      'RuleViolation',
    );
    expect(e.message).toMatch(/检查包 JCB-2024-0001 的签名不符|不是检查包或检查结果文件/);
    const elsewhere = fresh();
    const unknown = failed(
      await dispatch(
        elsewhere,
        'packs.import',
        { fileName: 'r', contentBase64: results.toString('base64') },
        caller(fixture.tokens.evaluator),
      ),
      'NotFound',
    );
    expect(unknown.message).toContain('本数据库没有导出过检查包 JCB-2024-0001');
    expect(dataDigest(app)).toBe(before);
    closeApp(elsewhere);
    closeApp(app);
    folder.remove();
  });

  it('stops at a record the office changed since export, shows both versions, and a person decides', async () => {
    const { app, evaluator, project } = await office();
    const folder = new TempFolder();
    const pack = await exportPack(app, evaluator, project);
    const { field, inspectionId } = fieldWork(folder, pack.bytes);
    const samples = inspectionSamples(fixture.userIds);
    ok(
      await dispatch(
        app,
        'inspections.update',
        { ...samples['inspections.update'], inspectionId, place: '办公室改过的地点', date: '2024-04-29' },
        evaluator,
      ),
    );
    const file = { fileName: 'r', contentBase64: field.results().toString('base64') };
    const before = dataDigest(app);
    const stopped = ok(await dispatch(app, 'packs.import', file, evaluator));
    expect(stopped.outcome).toBe('conflicts');
    expect(stopped.conflicts).toHaveLength(1);
    const rows = stopped.conflicts[0]!.rows;
    expect(rows).toContainEqual({
      label: '检查地点',
      office: '办公室改过的地点',
      field: '渝中区解放碑街道社区服务中心活动室',
    });
    expect(rows).toContainEqual({ label: '检查类型', office: '专项检查', field: '实地检查' });
    expect(ok(await dispatch(app, 'inspections.get', { inspectionId }, evaluator)).place).toBe('办公室改过的地点');
    // Nothing but the register's state moved.
    expect(dataDigest(app)).not.toBe(before);
    expect(ok(await dispatch(app, 'packs.list', {}, evaluator)).packs[0]!.state).toBe('conflict');

    const key = stopped.conflicts[0]!.key;
    const keep = ok(await dispatch(app, 'packs.preview', { ...file, resolutions: { [key]: 'office' } }, evaluator));
    expect(keep.records[0]!.action).toBe('keepOffice');
    const taken = ok(await dispatch(app, 'packs.import', { ...file, resolutions: { [key]: 'field' } }, evaluator));
    expect(taken.outcome).toBe('imported');
    const v = ok(await dispatch(app, 'inspections.get', { inspectionId }, evaluator));
    expect([v.place, v.kind, v.date]).toEqual(['渝中区解放碑街道社区服务中心活动室', 'field', '2024-04-30']);
    expect(ok(await dispatch(app, 'packs.import', file, evaluator)).outcome).toBe('unchanged');
    closeApp(field.app);
    closeApp(app);
    folder.remove();
  });

  it('a field finding carries a 核减 on ledger lines by 凭证号, checked in the field as at the office, and imported', async () => {
    const { app, evaluator, project } = await office();
    const finance = caller(fixture.tokens.finance);
    const finance2 = caller(addUser(app, 'finance2', ['finance']).token);
    const applicationId = FIXTURE_APPS.approved;
    ok(await dispatch(app, 'agreements.sign', { applicationId, signedDate: '2024-05-01' }, finance));
    const trancheId = ok(await dispatch(app, 'tranches.list', { applicationId }, finance)).tranches[0]!.id;
    const prepare = { trancheId, voucherNo: '记-2024-0001', voucherDate: '2024-05-01' };
    ok(await dispatch(app, 'tranches.prepare', prepare, finance));
    ok(await dispatch(app, 'tranches.release', { trancheId }, finance2));
    const line = { applicationId, date: '2015-06-01', invoiceNo: '', lineCode: '02', advance: false, costType: null };
    const spend = { ...line, share: 'grant', payee: '某餐饮店', summary: '活动餐费', amountFen: 50_000 };
    const posted = ok(await dispatch(app, 'ledger.post', spend, caller(fixture.tokens.project)));
    const folder = new TempFolder();
    const pack = await exportPack(app, evaluator, project);
    const { field, inspectionId, body } = fieldWork(folder, pack.bytes);
    const answers = body.templates[0]!.items.map((i) => ({
      itemId: i.id,
      value: i.answerType === 'yes_no' ? 'yes' : '8',
      note: '',
    }));
    const finding = {
      itemId: null,
      severity: 'major' as const,
      description: '餐费列支无活动记录',
      requirement: '退回餐费',
      responsiblePerson: '王芳',
      deadline: '2024-06-30',
      disallowFen: 60_000,
      voucherNos: [posted.voucherNo],
    };
    const record = (f: typeof finding) =>
      field.inspection('evaluator2', {
        inspectionId,
        kind: 'finance',
        date: '2024-04-30',
        place: '机构财务室',
        notes: '',
        answers,
        findings: [f],
        photos: [],
      });
    // The field database has no message catalogue call in between: the refusal is the rule with its values.
    const refusal = (f: typeof finding) => {
      try {
        record(f);
      } catch (e) {
        const { rule, params } = e as { rule: string; params: Record<string, unknown> };
        return [rule, params];
      }
      return null;
    };
    expect(refusal(finding)).toMatchObject(['finding.disallowOverLines', { amount: '600.00', lines: '500.00' }]);
    expect(refusal({ ...finding, voucherNos: ['2015-0099'] })?.[0]).toBe('finding.voucherUnknown');
    expect(refusal({ ...finding, voucherNos: [] })?.[0]).toBe('finding.disallowWithoutLines');
    record({ ...finding, disallowFen: 30_000 });
    const results = field.results();
    expect(results.toString('utf8')).toContain(`"voucherNos":["${posted.voucherNo}"]`);

    const file = { fileName: 'r.grantsresult', contentBase64: results.toString('base64') };
    expect(ok(await dispatch(app, 'packs.import', file, evaluator)).outcome).toBe('imported');
    const v: InspectionView = ok(await dispatch(app, 'inspections.get', { inspectionId }, evaluator));
    expect(v.findings.map((f) => [f.description, f.disallowFen, f.ledgerLines.map((l) => l.voucherNo)])).toEqual([
      ['餐费列支无活动记录', 30_000, [posted.voucherNo]],
    ]);
    // The imported record is settled: the same result again changes nothing.
    expect(ok(await dispatch(app, 'packs.import', file, evaluator)).outcome).toBe('unchanged');
    closeApp(field.app);
    closeApp(app);
    folder.remove();
  });
});

describe('the app served on a field database', () => {
  it('signs the pack inspectors in with their office passwords, shows the pack, and refuses all but field work', async () => {
    const { app, evaluator, project } = await office();
    expect(ok(await dispatch(app, 'packs.field', {}, evaluator))).toBeNull();
    const folder = new TempFolder();
    const pack = await exportPack(app, evaluator, project);
    const { field, inspectionId } = fieldWork(folder, pack.bytes);
    try {
      const who = caller(null);
      ok(await dispatch(field.app, 'auth.signIn', { username: 'evaluator2', password: TEST_PASSWORD }, who));
      const inspector = caller(who.issued.at(-1)!);
      const summary = ok(await dispatch(field.app, 'packs.field', {}, inspector))!;
      expect(summary.packNo).toBe(pack.packNo);
      expect(summary.inspections).toEqual([expect.objectContaining({ inspectionId, agreementNumber: project })]);
      expect(summary.inspections[0]!.recordedAt).not.toBeNull();
      expect(JSON.stringify(summary)).not.toContain('scrypt');
      const view = ok(await dispatch(field.app, 'packs.fieldInspection', { inspectionId }, inspector));
      expect(view.content.place).toBe('渝中区解放碑街道社区服务中心活动室');
      expect(view.photos.map((p) => p.fileName)).toEqual(['活动室.jpg']);
      expect(view.mayRecord).toBe(true);
      // Recording through dispatch, as the field form does; anything else is refused, naming the pack.
      ok(
        await dispatch(
          field.app,
          'packs.fieldRecordInspection',
          { ...view.content, inspectionId, notes: '复核' },
          inspector,
        ),
      );
      expect(ok(await dispatch(field.app, 'packs.fieldInspection', { inspectionId }, inspector)).content.notes).toBe(
        '复核',
      );
      const refused = await dispatch(
        field.app,
        'inspections.saveAnswers',
        { inspectionId, answers: [{ itemId: view.checklist.items[0]!.id, value: 'no', note: '' }] },
        inspector,
      );
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toContain(pack.packNo);
    } finally {
      closeApp(field.app);
      closeApp(app);
      folder.remove();
    }
  });
});
