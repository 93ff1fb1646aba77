import { dirname, join } from 'node:path';
import { openDatabase } from '../../db/connection';
import type { Db } from '../../db/statements';
import { createBackupSync } from './create';
import { backupName, backupsDirOf } from './kept';

export interface AppDatabaseOptions {
  appVersion: string;
  clock: () => Date;
  nativeBinding?: string;
}

/**
 * Opens the app's database as every host does, writing a full backup into the data folder's backups/
 * before any migration of an existing file, so an upgrade that goes wrong can be undone by a restore.
 */
export function openAppDatabase(path: string, opts: AppDatabaseOptions): Db {
  return openDatabase(path, {
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    beforeMigrate: (db, fromVersion) => {
      const now = opts.clock();
      createBackupSync({
        db,
        attachmentsDir: join(dirname(db.name), 'attachments'),
        out: join(backupsDirOf(db.name), backupName('pre-migration', now, fromVersion)),
        kind: 'pre-migration',
        appVersion: opts.appVersion,
        now,
        nativeBinding: opts.nativeBinding,
      });
    },
  });
}
