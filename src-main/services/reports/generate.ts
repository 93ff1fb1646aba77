import { shanghaiDate } from '../../core/calendar';
import { findReport, insertReport, logHashAt, nextReportSeq, type ReportRegisterRow } from '../../db/reports-repo';
import { fingerprintInput, type ReportData, type ReportMeta } from '../../reports/index';
import { AppError } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { logHead } from '../operation-log/head';
import { sha256Hex, ZERO_HASH } from '../operation-log/index';
import { loadProgramReport } from './load-program';
import { loadProjectReport } from './load-project';
import { loadTrancheReport } from './load-tranche';
import { loadFormData } from './load-forms';

/** What a report is about; stored in the register as JSON so verification can load the same data again. */
export type ReportSubject =
  | { kind: 'project'; applicationId: number }
  | { kind: 'tranche'; applicationId: number; seq: number }
  | { kind: 'program'; programId: number }
  | { kind: 'disclosure'; year: number }
  | { kind: 'inspection'; inspectionId: number }
  | { kind: 'rectificationNotice'; organizationId: number }
  | { kind: 'evaluation'; evaluationId: number };

/** The data a report shows, as of `ctx.now`, with the log extract up to entry `logUpTo`, and whether it is final. */
export function loadReportData(
  ctx: ServiceContext,
  subject: ReportSubject,
  logUpTo: number,
): { report: ReportData; draft: boolean } {
  switch (subject.kind) {
    case 'project': {
      const data = loadProjectReport(ctx, subject.applicationId, logUpTo);
      return { report: { kind: 'project', data }, draft: data.closeOut.closed === null };
    }
    case 'tranche': {
      const data = loadTrancheReport(ctx, subject.applicationId, subject.seq);
      return { report: { kind: 'tranche', data }, draft: data.tranche.releasedBy === null };
    }
    case 'program': {
      const data = loadProgramReport(ctx, subject.programId);
      return { report: { kind: 'program', data }, draft: !data.yearLocked };
    }
    default:
      return loadFormData(ctx, subject);
  }
}

export function computeFingerprint(
  meta: Omit<ReportMeta, 'fingerprint'>,
  report: ReportData,
  headHash: string,
): string {
  return sha256Hex(fingerprintInput(meta, report.data, headHash));
}

function generatedByName(ctx: ServiceContext): string {
  if (ctx.user) return ctx.user.displayName;
  return ctx.auditActor?.username || 'cli';
}

/**
 * Generates a report's data and registers it: the next number BG-YYYY-NNNN of the Shanghai year, the
 * fingerprint over the data and the operation-log head as it stands now, a register row and a log entry (the
 * caller's logOperation writes it, in this same transaction). Rendering the PDF comes after, outside the
 * write lock: a report number once given is never reused, even if its file could not be written.
 */
export function generateReport(ctx: ServiceContext, subject: ReportSubject): { meta: ReportMeta; report: ReportData } {
  if (!ctx.db.inTransaction) throw new Error('reports are registered inside a write transaction');
  const head = logHead(ctx.db) ?? { entries: 0, hash: ZERO_HASH };
  const { report, draft } = loadReportData(ctx, subject, head.entries);
  // A notice is issued for items still to be done; with none there is nothing to notify, and no number is taken.
  if (report.kind === 'rectificationNotice' && report.data.items.length === 0)
    throw new AppError('RuleViolation', 'report.noOpenRectifications', { name: report.data.organization.name });
  const generatedAt = ctx.now.toISOString();
  const year = Number(shanghaiDate(ctx.now).slice(0, 4));
  const seq = nextReportSeq(ctx.db, year);
  const base: Omit<ReportMeta, 'fingerprint'> = {
    kind: subject.kind,
    number: `BG-${year}-${String(seq).padStart(4, '0')}`,
    generatedAt,
    generatedBy: generatedByName(ctx),
    locale: ctx.locale ?? 'zh',
    draft,
    logEntries: head.entries,
    logHeadHash: head.hash,
  };
  const meta: ReportMeta = { ...base, fingerprint: computeFingerprint(base, report, head.hash) };
  const { kind: _kind, ...subjectFields } = subject;
  const id = insertReport(ctx.db, {
    year,
    seq,
    reportNo: meta.number,
    kind: meta.kind,
    subject: JSON.stringify(subjectFields),
    locale: meta.locale,
    draft,
    generatedAt,
    generatedBy: ctx.user?.id ?? null,
    generatedByName: meta.generatedBy,
    logEntries: head.entries,
    logHeadHash: head.hash,
    fingerprint: meta.fingerprint,
  });
  recordChange(ctx, 'report', id, null, {
    number: meta.number,
    kind: meta.kind,
    ...subjectFields,
    fingerprint: meta.fingerprint,
  });
  return { meta, report };
}

/** The register row behind a number, with its subject parsed. */
export function registeredReport(
  ctx: ServiceContext,
  number: string,
): (ReportRegisterRow & { parsed: ReportSubject }) | null {
  const row = findReport(ctx.db, number);
  if (!row) return null;
  const fields = JSON.parse(row.subject) as Record<string, number>;
  return { ...row, parsed: { kind: row.kind, ...fields } as ReportSubject };
}

/** Recomputes a registered report's fingerprint from the database as it is now (time and log head as recorded). */
export function recomputeFingerprint(ctx: ServiceContext, row: ReportRegisterRow & { parsed: ReportSubject }): string {
  const asOf: ServiceContext = { ...ctx, now: new Date(row.generatedAt), locale: row.locale, changes: [] };
  const { report } = loadReportData(asOf, row.parsed, row.logEntries);
  const headHash = row.logEntries === 0 ? ZERO_HASH : (logHashAt(ctx.db, row.logEntries) ?? '');
  const base: Omit<ReportMeta, 'fingerprint'> = {
    kind: row.kind as ReportMeta['kind'],
    number: row.reportNo,
    generatedAt: row.generatedAt,
    generatedBy: row.generatedByName,
    locale: row.locale,
    draft: row.draft,
    logEntries: row.logEntries,
    logHeadHash: row.logHeadHash,
  };
  return computeFingerprint(base, report, headHash);
}
