import type { ReportData } from '../../reports/index';
import type { ServiceContext } from '../context';
import type { ReportSubject } from './generate';
import { loadDisclosureReport } from './load-disclosure';
import { loadEvaluationReport } from './load-evaluation';
import { loadInspectionReport } from './load-inspection';
import { loadRectificationNotice } from './load-notice';

type FormSubject = Exclude<ReportSubject, { kind: 'project' | 'tranche' | 'program' }>;

/**
 * The data of the 彩票公益金使用情况公告, 检查报告, 整改通知书 and 评估报告, and whether it is final: the year
 * locked, the inspection signed off, the evaluation finalized. A notice states the open items as of its day.
 */
export function loadFormData(ctx: ServiceContext, subject: FormSubject): { report: ReportData; draft: boolean } {
  switch (subject.kind) {
    case 'disclosure': {
      const data = loadDisclosureReport(ctx, subject.year);
      return { report: { kind: 'disclosure', data }, draft: !data.yearLocked };
    }
    case 'inspection': {
      const data = loadInspectionReport(ctx, subject.inspectionId);
      return { report: { kind: 'inspection', data }, draft: data.signedOffBy === null };
    }
    case 'rectificationNotice': {
      const data = loadRectificationNotice(ctx, subject.organizationId);
      return { report: { kind: 'rectificationNotice', data }, draft: false };
    }
    case 'evaluation': {
      const data = loadEvaluationReport(ctx, subject.evaluationId);
      return { report: { kind: 'evaluation', data }, draft: data.evaluation.score === null };
    }
  }
}
