import { DatabaseOpenError } from '../db/errors';
import { integrityProblems } from '../db/backup-repo';
import { openDatabase } from '../db/connection';
import type { CommandContext } from './context';
import { DataError, EXIT_OK, t } from './output';

/**
 * `grants check`: the full integrity_check on demand. Opening runs quick_check first, so a file too damaged
 * to migrate is refused with the same words the app uses.
 */
export function runCheck({ io, locale, dbPath }: CommandContext): number {
  let db;
  try {
    db = openDatabase(dbPath, { alwaysCheck: true });
  } catch (e) {
    if (e instanceof DatabaseOpenError) throw new DataError(e.messageIn(locale));
    throw e;
  }
  try {
    const problems = integrityProblems(db, 20);
    if (problems.length > 0) {
      throw new DataError(t('check.damaged', locale, { path: db.name, problems: problems.join('\n') }));
    }
    io.out(t('check.ok', locale, { path: db.name }));
    return EXIT_OK;
  } finally {
    db.close();
  }
}
