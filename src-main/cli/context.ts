import type { Locale } from '../contract';
import type { ParsedArgs } from './args';
import type { Io } from './output';

export interface CommandContext {
  io: Io;
  locale: Locale;
  /** The database file: --db, else GRANTS_DB, else the default data folder. */
  dbPath: string;
  values: ParsedArgs['values'];
  positionals: string[];
}
