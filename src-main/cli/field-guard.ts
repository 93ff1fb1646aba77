import { DataError, t } from './output';
import type { Locale } from '../contract';

/**
 * Commands that may run on a field database: `pack` (field work itself), `serve` (every change goes through
 * dispatch, which keeps a field database to field records), and those that never open a database. Every other
 * command calls services directly and would change or report on a copy that is not the office's data.
 */
const FIELD_SAFE = new Set(['pack', 'serve', 'amount-words', 'help']);

/**
 * Refuses a command on a field database before it opens it. Exit 1 (data), not 2 (usage): the command line
 * is well formed and runs on an office database; it is the file --db names that is the wrong kind of data.
 */
export async function refuseOnFieldDatabase(command: string, dbPath: string, locale: Locale): Promise<void> {
  if (FIELD_SAFE.has(command)) return;
  // Loaded here, not up front: SQLite is no part of what `serve` needs before its first answer.
  const { fieldPackOfFile } = await import('../db/field-pack-repo');
  const pack = fieldPackOfFile(dbPath);
  if (pack !== null) throw new DataError(t('pack.fieldDatabaseOnly', locale, { db: dbPath, pack, command }));
}
