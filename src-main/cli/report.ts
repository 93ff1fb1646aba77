import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeApp, type AppContext } from '../api';
import { appErrorBody } from '../api/dispatch';
import type { Locale } from '../contract';
import { reportTitle, type ReportData, type ReportMeta } from '../reports/index';
import { AppError } from '../services/app-error';
import { recordActor } from '../services/audit';
import { logOperation } from '../services/operation-log/index';
import { generateReport, pageCount, renderPdf, type ReportSubject } from '../services/reports/index';
import type { CommandContext } from './context';
import { osUser } from './export';
import { actingUser, cliContext } from './import';
import { subjectFromArgs } from './report-subjects';
import { openApp } from './open';
import { DataError, EXIT_OK, t, UsageError } from './output';

/** The context a report is generated in: --as USERNAME, else the operating-system account named in the log. */
export function reportContext(app: AppContext, asName: string | undefined, locale: Locale) {
  const user = asName === undefined ? null : actingUser(app, asName, 'applications.export', locale);
  const ctx = cliContext(app, user, locale);
  if (!user) recordActor(ctx, { userId: null, username: `cli:${osUser()}`, roles: [] });
  return ctx;
}

/** Numbers, registers and logs the report in one write transaction; renders it after. */
export function registerReport(
  app: AppContext,
  asName: string | undefined,
  locale: Locale,
  subjectOf: (ctx: ReturnType<typeof reportContext>) => ReportSubject,
): { meta: ReportMeta; report: ReportData } {
  const ctx = reportContext(app, asName, locale);
  try {
    return app.db
      .transaction(() => {
        const r = generateReport(ctx, subjectOf(ctx));
        logOperation(ctx, 'reports.export', 'succeeded');
        return r;
      })
      .immediate();
  } catch (e) {
    if (e instanceof AppError) throw new DataError(appErrorBody(e, locale).message);
    throw e;
  }
}

export async function writeReport(
  generated: { meta: ReportMeta; report: ReportData },
  out: string,
  locale: Locale,
): Promise<{ path: string; pages: number }> {
  const pdf = await renderPdf(generated.report, generated.meta);
  const path = resolve(out);
  try {
    writeFileSync(path, pdf);
  } catch (e) {
    throw new DataError(t('report.cannotWrite', locale, { file: path, reason: (e as Error).message }));
  }
  return { path, pages: pageCount(pdf) };
}

/**
 * grants report project CODE | tranche CODE --seq N | program CODE --year Y | disclosure --year Y | inspection ID
 * | rectification-notice --org CREDITCODE | evaluation ID, each with --out FILE.pdf [--as USERNAME] [--lang en];
 * or batch --program CODE --year Y --out-dir DIR.
 */
export async function runReport(command: CommandContext): Promise<number> {
  const { io, locale, dbPath, values, positionals } = command;
  if (positionals[0] === 'batch') return (await import('./report-batch')).runReportBatch(command);
  const { subjectOf } = subjectFromArgs(command);
  const out = values.out;
  if (typeof out !== 'string') throw new UsageError('usage.reportOut');
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const app = openApp(dbPath, 'cli', locale);
  try {
    const generated = registerReport(app, asName, locale, subjectOf);
    const { path, pages } = await writeReport(generated, out, locale);
    const { meta } = generated;
    io.out(
      t('report.done', locale, {
        title: reportTitle(meta.kind, locale),
        number: meta.number,
        pages: locale === 'zh' ? `${pages} 页` : `${pages} pages`,
        file: path,
        fingerprint: meta.fingerprint,
        draft: meta.draft ? t('report.draft', locale) : '',
      }),
    );
    return EXIT_OK;
  } finally {
    closeApp(app);
  }
}
