import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, FileOutput, ReportGenerateResult, ReportSubjectInput } from '../contract/index';
import { caller } from '../testing/dispatch';
import { failed } from '../testing/dispatch-template';
import { reportKindsFixture, type ReportKindsFixture } from '../testing/report-kinds';
import { addUser, TEST_PASSWORD } from '../testing/services';
import { dispatch } from './dispatch';

/**
 * reports.export for the 彩票公益金使用情况公告, 检查报告, 整改通知书 and 评估报告: the subjects the renderer's buttons
 * send, checked and registered by main as the CLI registers them.
 */
let fx: ReportKindsFixture;

async function signIn(username: string, locale: 'zh' | 'en' = 'zh') {
  const c = caller(null, locale);
  const env = await dispatch(fx.f.app, 'auth.signIn', { username, password: TEST_PASSWORD }, c);
  expect(env.ok).toBe(true);
  return caller(c.issued.at(-1)!, locale);
}

function value<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`expected success, got ${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}

const count = (table: string) => fx.f.app.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

beforeAll(() => {
  fx = reportKindsFixture();
});
afterAll(() => fx?.f.close());

describe('reports.export of the forms and the annual notice', () => {
  it('registers each kind with the subject it names and returns its data under its title', async () => {
    const auditor = await signIn('auditor');
    const organizationId = fx.f.orgs[0]!;
    const cases: [ReportSubjectInput, string, Record<string, number>][] = [
      [{ kind: 'disclosure', year: 2016 }, '彩票公益金使用情况公告-2016.pdf', { year: 2016 }],
      [{ kind: 'inspection', inspectionId: fx.inspectionId }, '检查报告-', { inspectionId: fx.inspectionId }],
      [{ kind: 'rectificationNotice', organizationId }, '整改通知书-测试社会工作服务中心1.pdf', { organizationId }],
      [{ kind: 'evaluation', evaluationId: fx.evaluationId }, '评估报告-', { evaluationId: fx.evaluationId }],
    ];
    for (const [subject, fileName, stored] of cases) {
      const r = value<ReportGenerateResult>(await dispatch(fx.f.app, 'reports.export', subject, auditor));
      expect(r.report.kind).toBe(subject.kind);
      expect(r.meta.kind).toBe(subject.kind);
      expect(r.fileName.startsWith(fileName.replace(/\.pdf$/, '')), r.fileName).toBe(true);
      const row = fx.f.app.db
        .prepare('SELECT kind, subject, fingerprint FROM report_register WHERE report_no = ?')
        .get(r.meta.number) as { kind: string; subject: string; fingerprint: string };
      expect({ ...row, subject: JSON.parse(row.subject) as unknown }).toEqual({
        kind: subject.kind,
        subject: stored,
        fingerprint: r.meta.fingerprint,
      });
    }
    expect(count('report_register')).toBe(4);
  });

  it('exports the tables of each kind as Excel, taking no number', async () => {
    const before = count('report_register');
    const auditor = await signIn('auditor');
    const subjects: [ReportSubjectInput, string][] = [
      [{ kind: 'disclosure', year: 2016 }, '彩票公益金使用情况公告-2016.xlsx'],
      [{ kind: 'inspection', inspectionId: fx.inspectionId }, '检查报告-'],
      [{ kind: 'rectificationNotice', organizationId: fx.f.orgs[0]! }, '整改通知书-'],
      [{ kind: 'evaluation', evaluationId: fx.evaluationId }, '评估报告-'],
    ];
    for (const [subject, name] of subjects) {
      const file = value<FileOutput>(await dispatch(fx.f.app, 'reports.exportTables', subject, auditor));
      expect(
        file.fileName.startsWith(name.replace(/\.xlsx$/, '')) && file.fileName.endsWith('.xlsx'),
        file.fileName,
      ).toBe(true);
      expect(file.rowCount).toBeGreaterThan(0);
    }
    expect(count('report_register')).toBe(before);
  });

  it('refuses a kind without its field, naming the field in the caller language, and registers nothing', async () => {
    const before = count('report_register');
    const zh = await signIn('finance');
    const en = await signIn('finance2', 'en');
    const missing: [ReportSubjectInput, string, string][] = [
      [{ kind: 'disclosure' }, '公告年度：不能为空', 'Year of the notice'],
      [{ kind: 'inspection' }, '检查记录：不能为空', 'Inspection'],
      [{ kind: 'rectificationNotice' }, '整改机构：不能为空', 'Organization'],
      [{ kind: 'evaluation', inspectionId: fx.inspectionId }, '评估：不能为空', 'Evaluation'],
    ];
    for (const [subject, zhMessage, enField] of missing) {
      expect(failed(await dispatch(fx.f.app, 'reports.export', subject, zh), 'Validation').message).toBe(zhMessage);
      expect(failed(await dispatch(fx.f.app, 'reports.export', subject, en), 'Validation').message).toMatch(
        new RegExp(`^${enField}: `),
      );
    }
    const e = failed(await dispatch(fx.f.app, 'reports.export', { kind: 'disclosure', year: 2015 }, zh), 'NotFound');
    expect(e.message).toContain('2015 年度没有彩票公益金资金计划');
    expect(count('report_register')).toBe(before);
  });

  it('issues no 整改通知书 to an organization without open items, and takes no number', async () => {
    const before = count('report_register');
    const project = await signIn('project');
    const subject = { kind: 'rectificationNotice', organizationId: fx.f.orgs[1]! } as const;
    const e = failed(await dispatch(fx.f.app, 'reports.export', subject, project), 'RuleViolation');
    expect(e.message).toBe('测试社会工作服务中心2 没有未完成的整改事项，无需整改通知书');
    expect(count('report_register')).toBe(before);
  });

  it('checks the permission in main: an account without the right to export is refused', async () => {
    addUser(fx.f.app, 'no-roles', []);
    const nobody = await signIn('no-roles');
    const subject = { kind: 'evaluation', evaluationId: fx.evaluationId } as const;
    failed(await dispatch(fx.f.app, 'reports.export', subject, nobody), 'Forbidden');
    failed(await dispatch(fx.f.app, 'reports.exportTables', subject, nobody), 'Forbidden');
  });
});
