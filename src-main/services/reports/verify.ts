import { logOpName } from '../../contract/index';
import { logEntriesAfter, projectLogEntries, type KeyedLogEntry } from '../../db/reports-repo';
import { getAgreementByApplication } from '../../db/agreements-repo';
import { AppError } from '../app-error';
import type { ServiceContext } from '../context';
import { formChangesSince } from './changes-forms';
import { recomputeFingerprint, registeredReport } from './generate';

/** An Info entry's ASCII string value, written inline or (as pdfkit does) as an indirect object. */
function infoString(text: string, key: string): string | undefined {
  const entry = new RegExp(`/${key}\\s*(?:\\(([^)]*)\\)|(\\d+) 0 R)`).exec(text);
  if (!entry) return undefined;
  if (entry[1] !== undefined) return entry[1];
  return new RegExp(`(?:^|[\\r\\n])${entry[2]} 0 obj\\s*\\(([^)]*)\\)`).exec(text)?.[1];
}

/** The number and full fingerprint a report carries in its PDF metadata (written by the document frame). */
export function readReportMetadata(pdf: Buffer): { number: string; fingerprint: string } | null {
  // The Info dictionary and its strings are not compressed; the values are plain ASCII.
  const text = pdf.toString('latin1');
  const number = infoString(text, 'GrantsReportNo');
  const fingerprint = infoString(text, 'GrantsFingerprint');
  if (!number || !/^BG-\d{4}-\d{4}$/.test(number) || !fingerprint || !/^[0-9a-f]{64}$/.test(fingerprint)) return null;
  return { number, fingerprint };
}

export interface ChangedRecord {
  id: number;
  at: string;
  username: string;
  op: string;
  object: string;
}

export interface VerifyOutcome {
  number: string;
  generatedAt: string;
  /** The operation log's entry count when the report was generated. */
  logEntries: number;
  /** The fingerprint in the PDF. */
  fingerprint: string;
  /** The fingerprint computed from the database now. */
  recomputed: string;
  /** The PDF's fingerprint is the registered one (its metadata was not edited). */
  registered: boolean;
  matches: boolean;
  /** Log entries after the recorded head that concern the report's subject (reports themselves left out). */
  changes: ChangedRecord[];
}

const CHANGES_SHOWN = 200;

function changesSince(ctx: ServiceContext, subject: ReturnType<typeof registeredReport>): KeyedLogEntry[] {
  if (!subject) return [];
  const locale = ctx.locale ?? 'zh';
  const after = subject.logEntries;
  const s = subject.parsed;
  if (s.kind === 'program') return logEntriesAfter(ctx.db, after, locale, CHANGES_SHOWN * 5);
  const form = formChangesSince(ctx, s, after, CHANGES_SHOWN * 5);
  if (form !== null || (s.kind !== 'project' && s.kind !== 'tranche')) return form ?? [];
  const agreement = getAgreementByApplication(ctx.db, s.applicationId);
  if (!agreement) return [];
  return projectLogEntries(ctx.db, {
    applicationId: s.applicationId,
    agreementId: agreement.id,
    afterId: after,
    upToId: Number.MAX_SAFE_INTEGER,
    locale,
    limit: CHANGES_SHOWN * 5,
  });
}

type RegisteredReport = NonNullable<ReturnType<typeof registeredReport>>;

/** Compares a fingerprint with the register and with one recomputed from the database as of generation. */
function compare(ctx: ServiceContext, row: RegisteredReport, fingerprint: string): VerifyOutcome {
  const recomputed = recomputeFingerprint(ctx, row);
  const registered = row.fingerprint === fingerprint;
  const matches = registered && recomputed === fingerprint;
  const locale = ctx.locale ?? 'zh';
  const changes = matches
    ? []
    : changesSince(ctx, row)
        .filter((e) => e.op !== 'reports.export')
        .slice(0, CHANGES_SHOWN)
        .map((e) => ({
          id: e.id,
          at: e.at,
          username: e.username,
          op: logOpName(e.op, locale),
          object: e.entityKey ?? '—',
        }));
  return {
    number: row.reportNo,
    generatedAt: row.generatedAt,
    logEntries: row.logEntries,
    fingerprint,
    recomputed,
    registered,
    matches,
    changes,
  };
}

/**
 * Checks a report's PDF against the database: the number must be registered with the PDF's fingerprint, and
 * the fingerprint recomputed from today's database (as of the recorded time and log head) must be the same.
 * When it is not, the entries of the operation log after the recorded head that concern the report are listed.
 */
export function verifyReport(ctx: ServiceContext, pdf: Buffer, fileName: string): VerifyOutcome {
  const found = readReportMetadata(pdf);
  if (!found) throw new AppError('Validation', 'report.notAReport', { file: fileName }, 'file');
  const row = registeredReport(ctx, found.number);
  if (!row) throw new AppError('NotFound', 'report.notRegistered', { number: found.number }, 'file');
  return compare(ctx, row, found.fingerprint);
}

/**
 * Checks a printed copy by its number: a paper copy carries only the short fingerprint, so the registered
 * full one stands for it, and the question is whether the database still gives the data it was made from.
 */
export function verifyReportNumber(ctx: ServiceContext, number: string): VerifyOutcome {
  const row = registeredReport(ctx, number);
  if (!row) throw new AppError('NotFound', 'report.notRegistered', { number }, 'number');
  return compare(ctx, row, row.fingerprint);
}
