import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { closeApp } from '../api';
import { recordActor } from '../services/audit';
import { logOperation } from '../services/operation-log/index';
import { spreadsheetFormat } from '../services/spreadsheet/read';
import { exportApplications } from '../services/transfer/index';
import type { CommandContext } from './context';
import { actingUser, cliContext } from './import';
import { openApp } from './open';
import { DataError, EXIT_OK, t, UsageError } from './output';

export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * grants export projects --out FILE [--as USERNAME]: every application with the template's columns and more,
 * as .xlsx or .csv by the file's extension. The export is logged (财会〔2024〕12号 第三十二条) in the same
 * transaction that reads the rows; the file is written before that transaction commits, so a file that could
 * not be written leaves no "exported" entry behind. Without --as the log names the operating-system account.
 * `grants export expenditures --project CODE` is expenditures.ts.
 */
export async function runExport(command: CommandContext): Promise<number> {
  const { io, locale, dbPath, values, positionals } = command;
  const [kind] = positionals as [string];
  if (kind === 'expenditures') return (await import('./expenditures')).runExportExpenditures(command);
  if (kind !== 'projects' && kind !== 'applications') throw new UsageError('usage.exportKind', { kind });
  if (values.project !== undefined) throw new UsageError('usage.projectOnlyForExpenditures');
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
    const path = resolve(out);
    const file = app.db
      .transaction(() => {
        const f = exportApplications(ctx, { format, search: '', filters: {}, sort: [] });
        logOperation(ctx, 'applications.export', 'succeeded');
        try {
          writeFileSync(path, Buffer.from(f.base64, 'base64'));
        } catch (e) {
          throw new DataError(t('transfer.cannotWrite', locale, { file: path, reason: (e as Error).message }));
        }
        return f;
      })
      .immediate();
    io.out(t('export.done', locale, { count: file.rowCount, file: path }));
    return EXIT_OK;
  } finally {
    closeApp(app);
  }
}
