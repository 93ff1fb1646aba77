import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locale } from '../contract/errors';
import { createApp, type AppContext } from '../api/app';
import { DatabaseOpenError } from '../db/errors';
import { DataError, t } from './output';
import { appVersion } from './paths';

/**
 * Opens (creating and migrating as needed) the database for a command. A refused file becomes a data
 * error in the user's language rather than a stack trace.
 */
export function openApp(dbPath: string, host: 'cli' | 'http', locale: Locale): AppContext {
  const dir = dirname(dbPath);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new DataError(t('db.dirFailed', locale, { dir, reason: (e as Error).message }));
  }
  try {
    return createApp({ dbPath, host, appVersion: appVersion() });
  } catch (e) {
    if (e instanceof DatabaseOpenError) throw new DataError(e.messageIn(locale));
    throw e;
  }
}
