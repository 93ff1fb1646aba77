import type { Locale } from '../../contract/index';
import { getAgreementByApplication } from '../../db/agreements-repo';
import { getEvaluation } from '../../db/evaluations-repo';
import { getInspection } from '../../db/inspections-repo';
import { organizationRectificationLogEntries } from '../../db/report-kinds-repo';
import { logEntriesAfter, projectLogEntries, type KeyedLogEntry } from '../../db/reports-repo';
import type { ServiceContext } from '../context';
import type { ReportSubject } from './generate';

/**
 * The log entries after a report's head that concern a 公告, 检查报告, 整改通知书 or 评估报告: for an inspection or
 * an evaluation, its project's (the inspection, findings, addenda, items and evaluations are among them); the
 * organization's items; for the year's notice, anything.
 * Null for the other kinds.
 */
export function formChangesSince(
  ctx: ServiceContext,
  subject: ReportSubject,
  afterId: number,
  limit: number,
): KeyedLogEntry[] | null {
  const locale: Locale = ctx.locale ?? 'zh';
  // An inspection's or evaluation's report also shows its project's facts and money: its project's entries.
  const projectEntries = (applicationId: number | undefined): KeyedLogEntry[] => {
    const agreement = applicationId === undefined ? null : getAgreementByApplication(ctx.db, applicationId);
    if (!agreement) return [];
    return projectLogEntries(ctx.db, {
      applicationId: applicationId!,
      agreementId: agreement.id,
      afterId,
      upToId: Number.MAX_SAFE_INTEGER,
      locale,
      limit,
    });
  };
  switch (subject.kind) {
    case 'disclosure':
      return logEntriesAfter(ctx.db, afterId, locale, limit);
    case 'inspection':
      return projectEntries(getInspection(ctx.db, subject.inspectionId)?.applicationId);
    case 'evaluation':
      return projectEntries(getEvaluation(ctx.db, subject.evaluationId)?.applicationId);
    case 'rectificationNotice':
      return organizationRectificationLogEntries(ctx.db, {
        organizationId: subject.organizationId,
        afterId,
        locale,
        limit,
      });
    default:
      return null;
  }
}
