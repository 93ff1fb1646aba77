import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportRowError, Locale } from '../contract';
import { closeApp, type AppContext } from '../api';
import { appErrorBody } from '../api/dispatch';
import { formatFen } from '../core/money';
import { findAgreementNumber } from '../db/agreements-repo';
import { AppError } from '../services/app-error';
import { recordActor } from '../services/audit';
import type { SessionUser } from '../services/context';
import { logOperation } from '../services/operation-log/index';
import { spreadsheetFormat } from '../services/spreadsheet/read';
import { rowErrorLine } from '../services/transfer/index';
import { exportExpenditures, importExpenditures, type ProjectOutcome } from '../services/transfer/expenditures/index';
import type { CommandContext } from './context';
import { osUser } from './export';
import { actingUser, cliContext, readInputFile, usersWith } from './import';
import { openApp } from './open';
import { DataError, EXIT_OK, t, UsageError } from './output';

/** A dry run writes nothing, so without --as any active account that may post stands in for the checks. */
function importUser(app: AppContext, asName: string | undefined, dryRun: boolean, locale: Locale): SessionUser {
  if (dryRun && asName === undefined) {
    const first = usersWith(app, 'ledger.post')[0];
    if (first !== undefined) return actingUser(app, first, 'ledger.post', locale);
  }
  return actingUser(app, asName, 'ledger.post', locale);
}

function projectLines(projects: readonly ProjectOutcome[], locale: Locale, dryRun: boolean): string[] {
  return projects.map((p) =>
    t(dryRun || p.firstVoucher === null ? 'expenditures.projectChecked' : 'expenditures.projectDone', locale, {
      code: p.code,
      lines: p.lines,
      reversals: p.reversals,
      sum: formatFen(p.sumFen),
      first: p.firstVoucher ?? '',
      last: p.lastVoucher ?? '',
    }),
  );
}

/**
 * grants import expenditures FILE [--dry-run] [--as USERNAME]: all or nothing across the file, with the
 * ledger's posting rules, in one transaction that also writes the operation log. Every failing cell goes to
 * stderr as 第N行 列名: 原因, and the exit code is 1.
 */
export function runImportExpenditures({ io, locale, dbPath, values }: CommandContext, file: string): number {
  const dryRun = values['dry-run'] === true;
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const bytes = readInputFile(file, locale);
  const app = openApp(dbPath, 'cli', locale);
  try {
    const user = importUser(app, asName, dryRun, locale);
    const ctx = cliContext(app, user, locale);
    let result;
    try {
      result = app.db
        .transaction(() => {
          const r = importExpenditures(ctx, { fileName: basename(file), bytes }, { dryRun });
          if (!dryRun) logOperation(ctx, 'ledger.import', 'succeeded');
          return r;
        })
        .immediate();
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const rowErrors = (e.params.rowErrors as ImportRowError[] | undefined) ?? [];
      for (const r of rowErrors) io.err(rowErrorLine(r, locale));
      throw new DataError(appErrorBody(e, locale).message);
    }
    const sum = formatFen(result.sumFen);
    if (dryRun) io.out(t('expenditures.checked', locale, { rows: result.rows, sum }));
    else io.out(t('expenditures.done', locale, { count: result.imported, sum, user: user.username }));
    for (const line of projectLines(result.projects, locale, dryRun)) io.out(line);
    return EXIT_OK;
  } finally {
    closeApp(app);
  }
}

/**
 * grants export expenditures --project CODE --out FILE [--as USERNAME]: one project's ledger in voucher order,
 * .xlsx or .csv by the extension, logged in the transaction that reads it (the file is written before that
 * commits, so a file that could not be written leaves no "exported" entry). Without --as the log names the
 * operating-system account.
 */
export function runExportExpenditures({ io, locale, dbPath, values }: CommandContext): number {
  const code = values.project;
  if (typeof code !== 'string' || code.trim() === '') throw new UsageError('usage.projectRequired');
  const out = values.out;
  if (typeof out !== 'string') throw new UsageError('usage.outRequired');
  const format = spreadsheetFormat(out);
  if (!format) throw new UsageError('usage.fileExtension', { file: out });
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const app = openApp(dbPath, 'cli', locale);
  try {
    const user = asName === undefined ? null : actingUser(app, asName, 'applications.export', locale);
    const ctx = cliContext(app, user, locale);
    if (!user) recordActor(ctx, { userId: null, username: `cli:${osUser()}`, roles: [] });
    const applicationId = findAgreementNumber(app.db, code.trim());
    if (applicationId === null) throw new DataError(t('expenditures.projectNotFound', locale, { code: code.trim() }));
    const path = resolve(out);
    let file;
    try {
      file = app.db
        .transaction(() => {
          const f = exportExpenditures(ctx, { applicationId, format });
          logOperation(ctx, 'ledger.export', 'succeeded');
          try {
            writeFileSync(path, f.buffer);
          } catch (e) {
            throw new DataError(t('transfer.cannotWrite', locale, { file: path, reason: (e as Error).message }));
          }
          return f;
        })
        .immediate();
    } catch (e) {
      if (e instanceof AppError) throw new DataError(appErrorBody(e, locale).message);
      throw e;
    }
    io.out(
      t('expenditures.exported', locale, {
        code: code.trim(),
        count: file.rowCount,
        sum: formatFen(file.sumFen),
        file: path,
      }),
    );
    return EXIT_OK;
  } finally {
    closeApp(app);
  }
}
