import { describe, expect, it } from 'vitest';
import type { Envelope, InspectionView, OpInput, OpName, OpOutput } from '../contract/index';
import { addUser } from '../testing/services';
import { closeApp, type AppContext } from './app';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { inspectionSamples } from '../testing/dispatch-inspections';
import { failed, templateFixture } from '../testing/dispatch-template';
import { jpegWithExif } from '../testing/photos';

/** 签字确认 by every inspector, and the EXIF of photos attached to an inspection, through dispatch. */
const { fixture, fresh } = templateFixture();

async function ok<N extends OpName>(app: AppContext, op: N, input: OpInput<N>, token: string) {
  const env = (await dispatch(app, op, input, caller(token))) as Envelope<OpOutput<N>>;
  if (!env.ok) throw new Error(`${op}: ${env.error.message}`);
  return env.value;
}
const call = (app: AppContext, op: OpName, input: unknown, token: string) => dispatch(app, op, input, caller(token));

const answersOf = (v: InspectionView) =>
  v.checklist.items.map((i) => ({
    itemId: i.id,
    value: { yes_no: 'yes', score: '8', number: '12', text: '总体良好' }[i.answerType],
    note: '',
  }));
const signatures = (v: InspectionView) => v.inspectors.map((i) => i.signature?.recordedBy.displayName ?? null);
/** The ops of the log entries that record a signature. */
const logged = (app: AppContext) =>
  app.db
    .prepare("SELECT op FROM operation_log WHERE after_json LIKE '%signedBy%' ORDER BY id")
    .pluck()
    .all() as string[];

/** A draft with every item answered by two evaluator accounts and an external expert, and one finding. */
async function draftOfThree(app: AppContext) {
  const first = fixture.tokens.evaluator;
  const second = addUser(app, 'evaluator2', ['evaluator']);
  const samples = inspectionSamples(fixture.userIds);
  const draft = await ok(
    app,
    'inspections.create',
    {
      ...samples['inspections.create'],
      inspectors: [
        { userId: fixture.userIds.evaluator, name: '', unit: '' },
        { userId: second.id, name: '', unit: '' },
        { userId: null, name: '张敏', unit: '重庆市社会工作协会' },
      ],
    },
    first,
  );
  await ok(app, 'inspections.saveAnswers', { inspectionId: draft.id, answers: answersOf(draft) }, first);
  await ok(app, 'inspections.addFinding', { ...samples['inspections.addFinding'], inspectionId: draft.id }, first);
  return { id: draft.id, first, second: second.token };
}

describe('签字确认 by every inspector', () => {
  it('stays a draft until every account inspector has signed; the expert is recorded by an inspector, named', async () => {
    const app = fresh();
    const { id, first, second } = await draftOfThree(app);
    const one = await ok(app, 'inspections.signOff', { inspectionId: id }, first);
    expect(one.signedOff).toBeNull();
    expect(signatures(one)).toEqual(['evaluator', null, null]);
    expect(one.findings[0]!.rectificationId).toBeNull();
    const twice = failed(await call(app, 'inspections.signOff', { inspectionId: id }, first), 'RuleViolation');
    expect(twice.details?.rule).toBe('inspection.alreadySigned');
    // An account's own signature cannot be entered by a colleague as if it were an expert's.
    const notExpert = failed(
      await call(app, 'inspections.recordExpertSignature', { inspectionId: id, inspectorSeq: 2 }, first),
      'RuleViolation',
    );
    expect(notExpert.message).toContain('不是外部专家');
    const expert = await ok(app, 'inspections.recordExpertSignature', { inspectionId: id, inspectorSeq: 3 }, first);
    expect(expert.inspectors[2]).toMatchObject({
      name: '张敏',
      signature: { recordedBy: { displayName: 'evaluator' } },
    });
    // Someone who is not an inspector of it signs nothing.
    const outsider = addUser(app, 'evaluator3', ['evaluator']).token;
    const refused = failed(await call(app, 'inspections.signOff', { inspectionId: id }, outsider), 'RuleViolation');
    expect(refused.details?.rule).toBe('inspection.notInspector');

    const last = await ok(app, 'inspections.signOff', { inspectionId: id }, second);
    expect(last.signedOff).toMatchObject({ by: { displayName: 'evaluator2' } });
    expect(signatures(last)).toEqual(['evaluator', 'evaluator2', 'evaluator']);
    expect(last.findings[0]!.rectificationId).not.toBeNull();
    expect(last.inspectors.every((i) => !i.canSign)).toBe(true);
    expect(last.availableActions).toEqual(['addAddendum']);
    const locked = failed(
      await call(app, 'inspections.saveAnswers', { inspectionId: id, answers: [] }, first),
      'RuleViolation',
    );
    expect(locked.details?.rule).toBe('inspection.signedOff');
    closeApp(app);
  });

  it('a change to the draft withdraws the signatures given to it, and the log says whose', async () => {
    const app = fresh();
    const { id, first, second } = await draftOfThree(app);
    await ok(app, 'inspections.signOff', { inspectionId: id }, first);
    await ok(app, 'inspections.recordExpertSignature', { inspectionId: id, inspectorSeq: 3 }, first);
    const item = (await ok(app, 'inspections.get', { inspectionId: id }, second)).checklist.items[0]!;
    const changed = await ok(
      app,
      'inspections.saveAnswers',
      { inspectionId: id, answers: [{ itemId: item.id, value: 'no', note: '' }] },
      second,
    );
    expect(signatures(changed)).toEqual([null, null, null]);
    const entry = app.db
      .prepare(
        "SELECT group_concat(coalesce(before_json, ''), ' ') FROM operation_log WHERE op = 'inspections.saveAnswers'",
      )
      .pluck()
      .get() as string;
    expect(entry).toContain('evaluator、张敏');
    // The second inspector's signature alone does not close it: the first must sign the changed record again.
    expect((await ok(app, 'inspections.signOff', { inspectionId: id }, second)).signedOff).toBeNull();
    expect((await ok(app, 'inspections.signOff', { inspectionId: id }, first)).signedOff).not.toBeNull();
    expect(logged(app).filter((op) => op === 'inspections.signOff')).toHaveLength(3);
    closeApp(app);
  });

  it('the database refuses a sign-off without every account signature, and a signature after it', async () => {
    const app = fresh();
    const { id, first } = await draftOfThree(app);
    await ok(app, 'inspections.signOff', { inspectionId: id }, first);
    const bypass = () =>
      app.db
        .prepare("UPDATE inspections SET signed_off_by = ?, signed_off_at = '2024-05-01T08:00:00.000Z' WHERE id = ?")
        .run(fixture.userIds.evaluator, id);
    expect(bypass).toThrow(/every inspector with an account has signed/);
    const forged = () =>
      app.db
        .prepare("INSERT INTO inspection_signatures VALUES (?, 2, ?, '2024-05-01T08:00:00.000Z')")
        .run(id, fixture.userIds.evaluator);
    expect(forged).toThrow(/signs for themself/);
    closeApp(app);
  });
});

describe('inspection photos', () => {
  it('keeps the capture day and GPS read from EXIF, and flags a photo taken on another day', async () => {
    const app = fresh();
    const token = fixture.tokens.evaluator;
    const samples = inspectionSamples(fixture.userIds);
    const draft = await ok(app, 'inspections.create', samples['inspections.create'], token);
    expect(draft.date).toBe('2015-06-20');
    const upload = (fileName: string, mimeType: string, bytes: Buffer) =>
      ok(
        app,
        'attachments.upload',
        { applicationId: FIXTURE_APPS.approved, fileName, mimeType, contentBase64: bytes.toString('base64') },
        token,
      );
    const files = [
      // 23:30 UTC on the 19th is 07:30 on the 20th in Shanghai: the inspection's day.
      await upload(
        '现场.jpg',
        'image/jpeg',
        jpegWithExif({
          dateTimeOriginal: '2015:06:19 23:30:00',
          offsetTimeOriginal: '+00:00',
          gps: { latitude: 29.5576, longitude: 106.5775 },
        }),
      ),
      // No offset: read as Beijing time, two days before.
      await upload('旧照片.jpg', 'image/jpeg', jpegWithExif({ dateTimeOriginal: '2015:06:18 10:00:00' })),
      await upload('无信息.jpg', 'image/jpeg', jpegWithExif(null)),
      await upload('扫描件.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
    ];
    let view = draft;
    for (const f of files)
      view = await ok(app, 'inspections.attach', { inspectionId: draft.id, attachmentId: f.id }, token);
    const byName = new Map(view.attachments.map((a) => [a.fileName, a.photo]));
    expect(byName.get('现场.jpg')).toMatchObject({
      takenOn: '2015-06-20',
      takenAt: '2015-06-19T23:30:00.000Z',
      offsetRecorded: true,
      day: 'sameDay',
    });
    expect(byName.get('现场.jpg')!.latitude).toBeCloseTo(29.5576, 4);
    expect(byName.get('现场.jpg')!.longitude).toBeCloseTo(106.5775, 4);
    expect(byName.get('旧照片.jpg')).toMatchObject({
      takenOn: '2015-06-18',
      offsetRecorded: false,
      latitude: null,
      day: 'otherDay',
      daysApart: 2,
    });
    expect(byName.get('无信息.jpg')).toMatchObject({ takenOn: null, day: 'unknown' });
    expect(byName.get('扫描件.pdf')).toBeNull();
    // The inspection's date moved: the same photos are judged against the new day.
    const moved = await ok(
      app,
      'inspections.update',
      { ...samples['inspections.update'], inspectionId: draft.id, date: '2015-06-18' },
      token,
    );
    const again = new Map(moved.attachments.map((a) => [a.fileName, a.photo?.day]));
    expect([again.get('现场.jpg'), again.get('旧照片.jpg')]).toEqual(['otherDay', 'sameDay']);
    const entry = app.db
      .prepare("SELECT after_json FROM operation_log WHERE op = 'inspections.attach' ORDER BY id LIMIT 1")
      .pluck()
      .get() as string;
    expect(entry).toContain('2015-06-20');
    closeApp(app);
  });
});
