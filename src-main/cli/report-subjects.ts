import type { Locale } from '../contract';
import { findAgreementNumber } from '../db/agreements-repo';
import { findOrganizationId } from '../services/reports/load-notice';
import { findProgram, type ReportSubject } from '../services/reports/index';
import type { ServiceContext } from '../services/context';
import type { CommandContext } from './context';
import { intOption } from './args';
import { DataError, t, UsageError } from './output';

/** The report kinds `grants report` writes to one file (batch writes a folder), as typed on the command line. */
export const REPORT_KINDS = [
  'project',
  'tranche',
  'program',
  'disclosure',
  'inspection',
  'rectification-notice',
  'evaluation',
] as const;
export type CliReportKind = (typeof REPORT_KINDS)[number];

function projectId(ctx: ServiceContext, code: string, locale: Locale): number {
  const id = findAgreementNumber(ctx.db, code.trim());
  if (id === null) throw new DataError(t('report.projectNotFound', locale, { code: code.trim() }));
  return id;
}

/**
 * Reads what the report is about from the command line, checking the options first (usage errors, exit 2);
 * the returned function finds it in the database inside the write transaction (data errors, exit 1).
 */
export function subjectFromArgs(command: CommandContext): {
  kind: CliReportKind;
  subjectOf: (ctx: ServiceContext) => ReportSubject;
} {
  const { locale, values, positionals } = command;
  const [rawKind, code] = positionals as [string, string | undefined];
  const kind = REPORT_KINDS.find((k) => k === rawKind);
  if (!kind) throw new UsageError('usage.reportKind', { kind: rawKind });
  const needsCode = kind !== 'disclosure' && kind !== 'rectification-notice';
  if (needsCode && (code === undefined || code.trim() === '')) throw new UsageError('usage.reportCode');
  const seq = intOption('seq', values.seq, 1, 99);
  const year = intOption('year', values.year, 1000, 9999);
  if (kind === 'tranche' && seq === undefined) throw new UsageError('usage.reportSeq');
  if ((kind === 'program' || kind === 'disclosure') && year === undefined) throw new UsageError('usage.reportYear');
  const org = typeof values.org === 'string' ? values.org.trim() : '';
  if (kind === 'rectification-notice' && org === '') throw new UsageError('usage.reportOrg');
  const id = kind === 'inspection' || kind === 'evaluation' ? intOption('ID', code, 1, Number.MAX_SAFE_INTEGER) : 0;
  const subjectOf = (ctx: ServiceContext): ReportSubject => {
    switch (kind) {
      case 'program':
        return { kind, programId: findProgram(ctx, code!.trim(), year!) };
      case 'project':
        return { kind, applicationId: projectId(ctx, code!, locale) };
      case 'tranche':
        return { kind, applicationId: projectId(ctx, code!, locale), seq: seq! };
      case 'disclosure':
        return { kind, year: year! };
      case 'inspection':
        return { kind, inspectionId: id! };
      case 'evaluation':
        return { kind, evaluationId: id! };
      case 'rectification-notice':
        return { kind: 'rectificationNotice', organizationId: findOrganizationId(ctx, org) };
    }
  };
  return { kind, subjectOf };
}
