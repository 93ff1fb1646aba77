import type { Locale } from '../../contract/index';
import {
  evaluationLogEntries,
  inspectionLogEntries,
  organizationRectificationLogEntries,
} from '../../db/report-kinds-repo';
import { logEntriesAfter, type KeyedLogEntry } from '../../db/reports-repo';
import type { ServiceContext } from '../context';
import type { ReportSubject } from './generate';

/**
 * The log entries after a report's head that concern a 公告, 检查报告, 整改通知书 or 评估报告: the inspection with
 * its findings, addenda and items; the evaluation; the organization's items; for the year's notice, anything.
 * Null for the other kinds.
 */
export function formChangesSince(
  ctx: ServiceContext,
  subject: ReportSubject,
  afterId: number,
  limit: number,
): KeyedLogEntry[] | null {
  const locale: Locale = ctx.locale ?? 'zh';
  switch (subject.kind) {
    case 'disclosure':
      return logEntriesAfter(ctx.db, afterId, locale, limit);
    case 'inspection':
      return inspectionLogEntries(ctx.db, { inspectionId: subject.inspectionId, afterId, locale, limit });
    case 'evaluation':
      return evaluationLogEntries(ctx.db, { evaluationId: subject.evaluationId, afterId, locale, limit });
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
