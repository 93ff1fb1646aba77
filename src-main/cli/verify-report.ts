import { closeApp } from '../api';
import { appErrorBody } from '../api/dispatch';
import { shanghaiTime } from '../contract';
import { AppError } from '../services/app-error';
import { verifyReport, type VerifyOutcome } from '../services/reports/index';
import type { CommandContext } from './context';
import { cliContext, readInputFile } from './import';
import { openApp } from './open';
import { DataError, EXIT_DATA, EXIT_OK, t } from './output';

/**
 * grants verify-report FILE.pdf: recomputes the report's fingerprint from the database (as of the time and
 * operation-log head it was generated at) and says whether the PDF still matches. If not, lists the log
 * entries about the report's subject made since, and exits 1. Reads only: nothing is written or logged.
 */
export function runVerifyReport({ io, locale, dbPath, positionals }: CommandContext): number {
  const [file] = positionals as [string];
  const pdf = readInputFile(file, locale);
  const app = openApp(dbPath, 'cli', locale);
  try {
    let outcome: VerifyOutcome;
    try {
      outcome = verifyReport(cliContext(app, null, locale), pdf, file);
    } catch (e) {
      if (e instanceof AppError) throw new DataError(appErrorBody(e, locale).message);
      throw e;
    }
    if (outcome.matches) {
      io.out(
        t('verify.match', locale, {
          number: outcome.number,
          at: shanghaiTime(outcome.generatedAt),
          fingerprint: outcome.fingerprint,
        }),
      );
      return EXIT_OK;
    }
    io.out(t('verify.mismatch', locale, { ...outcome }));
    if (!outcome.registered) io.out(t('verify.edited', locale));
    if (outcome.changes.length === 0) io.out(t('verify.noLoggedChange', locale));
    else {
      io.out(t('verify.changes', locale, { after: outcome.logEntries }));
      for (const c of outcome.changes)
        io.out(
          t('verify.change', locale, {
            id: c.id,
            at: shanghaiTime(c.at),
            user: c.username,
            op: c.op,
            object: c.object,
          }),
        );
    }
    return EXIT_DATA;
  } finally {
    closeApp(app);
  }
}
