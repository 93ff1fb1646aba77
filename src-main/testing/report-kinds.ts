import { makeCreditCode } from '../contract/index';
import { getAgreementByApplication } from '../db/agreements-repo';
import * as attachments from '../services/attachments/index';
import * as inspections from '../services/inspections/index';
import { logOperation } from '../services/operation-log/index';
import type { ServiceContext } from '../services/context';
import { openAppsFixture, type AppsFixture } from './applications';
import { spend } from './close-out';
import { finishedEvaluation } from './evaluations';
import { centralProject, lotteryProject } from './ledger';
import { jpegWithExif } from './photos';

/** Runs a service call as dispatch does, logging it: all or nothing, and in the operation log. */
export function logged<T>(ctx: ServiceContext, op: string, fn: () => T): T {
  return ctx.db
    .transaction(() => {
      const r = fn();
      logOperation(ctx, op as Parameters<typeof logOperation>[1], 'succeeded');
      return r;
    })
    .immediate();
}

export interface ReportKindsFixture {
  f: AppsFixture;
  dbPath: string;
  applicationId: number;
  agreementNumber: string;
  inspectionId: number;
  evaluationId: number;
  /** The organization of the central project, with two open rectification items. */
  creditCode: string;
  /** The disallowed amount of the severe finding, and the voucher it names. */
  disallowFen: number;
  voucherNo: string;
  /** The photo's capture time as the report prints it (Beijing time). */
  photoTakenAt: string;
}

/**
 * A small database for the 检查报告, 整改通知书, 评估报告 and 彩票公益金使用情况公告: the central test project with
 * spending, a signed-off field inspection (all items answered, a major and a severe finding, the severe one
 * disallowing part of a voucher, a photo with an EXIF capture time, an addendum), a finalized mid-term
 * evaluation (80.00, 良好), and an approved lottery 2016 project. Every step is logged as dispatch logs it.
 */
export function reportKindsFixture(): ReportKindsFixture {
  const f = openAppsFixture(2);
  const { id: applicationId } = centralProject(f);
  const agreementNumber = getAgreementByApplication(f.app.db, applicationId)!.agreementNumber;
  f.clock.ms = Date.UTC(2015, 11, 1, 2);
  const fin = f.as(f.users.finance);
  const line = logged(fin, 'ledger.post', () => spend(f, applicationId, 500_000, { date: '2015-11-20' }));
  const ev = f.as(f.users.evaluator);
  const draft = logged(ev, 'inspections.create', () =>
    inspections.create(ev, {
      applicationId,
      templateId: 1,
      kind: 'field',
      date: '2015-11-25',
      place: '渝中区解放碑街道社区服务中心',
      inspectors: [
        { userId: f.users.evaluator.id, name: '', unit: '' },
        { userId: null, name: '张敏', unit: '重庆市社会工作协会' },
      ],
      notes: '项目负责人陪同检查',
    }),
  );
  const value = { yes_no: 'yes', score: '8', number: '12', text: '总体良好' } as const;
  logged(ev, 'inspections.saveAnswers', () =>
    inspections.saveAnswers(ev, {
      inspectionId: draft.id,
      answers: draft.checklist.items.map((i) => ({ itemId: i.id, value: value[i.answerType], note: '' })),
    }),
  );
  const finding = (severity: 'major' | 'severe', description: string, disallowFen: number, voucherNos: string[]) =>
    logged(ev, 'inspections.addFinding', () =>
      inspections.addFinding(ev, {
        inspectionId: draft.id,
        itemId: null,
        severity,
        description,
        requirement: `整改：${description}`,
        responsiblePerson: '王芳',
        deadline: '2015-12-31',
        disallowFen,
        voucherNos,
      }),
    );
  finding('major', '项目团队未配备持证社会工作者', 0, []);
  finding('severe', '活动经费列支与项目无关的支出', 123_456, [line.voucherNo]);
  const photo = logged(ev, 'attachments.upload', () =>
    attachments.upload(ev, {
      applicationId,
      fileName: '活动现场.jpg',
      mimeType: 'image/jpeg',
      contentBase64: jpegWithExif({ dateTimeOriginal: '2015:11:25 10:30:05' }).toString('base64'),
    }),
  );
  logged(ev, 'inspections.attach', () => inspections.attach(ev, { inspectionId: draft.id, attachmentId: photo.id }));
  logged(ev, 'inspections.signOff', () => inspections.signOff(ev, { inspectionId: draft.id }));
  logged(ev, 'inspections.addAddendum', () =>
    inspections.addAddendum(ev, { inspectionId: draft.id, date: '2015-12-01', text: '补充：负责人出示了督导记录' }),
  );
  const evaluation = finishedEvaluation(f, applicationId, 'midterm', '2015-11-28');
  lotteryProject(f);
  return {
    f,
    dbPath: f.app.dbPath,
    applicationId,
    agreementNumber,
    inspectionId: draft.id,
    evaluationId: evaluation.id,
    creditCode: makeCreditCode('52', '500103', 'MJ0000001'),
    disallowFen: 123_456,
    voucherNo: line.voucherNo,
    photoTakenAt: '2015-11-25 10:30:05',
  };
}
