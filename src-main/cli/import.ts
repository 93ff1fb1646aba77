import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  PERMISSION_LABELS,
  ROLE_PERMISSIONS,
  ROLES,
  hasPermission,
  type ImportRowError,
  type Locale,
  type Permission,
} from '../contract';
import { closeApp, type AppContext, type ServiceContext } from '../api';
import type { SessionUser } from '../services/context';
import { appErrorBody } from '../api/dispatch';
import { findUserByUsername, listUsers } from '../db/users-repo';
import { AppError } from '../services/app-error';
import { logOperation } from '../services/operation-log/index';
import { spreadsheetFormat } from '../services/spreadsheet/read';
import { importApplications, importPreview, rowErrorLine } from '../services/transfer/index';
import type { CommandContext } from './context';
import { openApp } from './open';
import { DataError, EXIT_DATA, EXIT_OK, t, UsageError } from './output';

/** Active users holding a permission, by user name (list pages are capped, so read page by page). */
export function usersWith(app: AppContext, permission: Permission): string[] {
  const names = new Set<string>();
  for (const role of ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(permission))) {
    for (let page = 1; ; page++) {
      const q = { page, pageSize: 500, sort: [], search: '', filters: { role, disabled: false } };
      const { rows, total } = listUsers(app.db, q);
      for (const u of rows) names.add(u.username);
      if (page * 500 >= total) break;
    }
  }
  return [...names].sort();
}

/**
 * Whom a command acts for, so the operation log names a person: `--as USERNAME` (active, with the
 * permission), or the only active account that has the permission. With several and no --as, the command
 * refuses (exit 2) and lists them rather than guess.
 */
export function actingUser(
  app: AppContext,
  asName: string | undefined,
  permission: Permission,
  locale: Locale,
): SessionUser {
  const label = PERMISSION_LABELS[permission]?.[locale] ?? permission;
  let username = asName;
  if (username === undefined) {
    const candidates = usersWith(app, permission);
    if (candidates.length === 0) throw new DataError(t('transfer.noUserWithPermission', locale, { permission: label }));
    if (candidates.length > 1)
      throw new UsageError('usage.asRequired', {
        count: candidates.length,
        permission: label,
        users: candidates.join('、'),
      });
    username = candidates[0]!;
  }
  const u = findUserByUsername(app.db, username);
  if (!u) throw new DataError(t('transfer.userNotFound', locale, { username }));
  if (u.disabled) throw new DataError(t('transfer.userDisabled', locale, { username: u.username }));
  if (!hasPermission(u.roles, permission))
    throw new DataError(t('transfer.userNotAllowed', locale, { username: u.username, permission: label }));
  // No session: the CLI runs on the machine that holds the database file.
  return { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, sessionId: 0 };
}

export function cliContext(app: AppContext, user: SessionUser | null, locale: Locale): ServiceContext {
  return { db: app.db, app, user, now: app.clock(), session: { current: null }, changes: [], locale };
}

export function readInputFile(file: string, locale: Locale): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new DataError(t('transfer.cannotRead', locale, { file, reason: (e as Error).message }));
  }
}

function printRowErrors(errors: readonly ImportRowError[], err: (line: string) => void, locale: Locale): void {
  for (const e of errors) err(rowErrorLine(e, locale));
}

/**
 * grants import applications FILE [--dry-run] [--as USERNAME]: all or nothing, through the same service as
 * the UI, in one transaction, logged like the op. Every failing cell goes to stderr as 第N行 列名: 原因.
 * `grants import expenditures FILE` is expenditures.ts.
 */
export async function runImport(command: CommandContext): Promise<number> {
  const { io, locale, dbPath, values, positionals } = command;
  const [kind, file] = positionals as [string, string];
  if (kind !== 'applications' && kind !== 'expenditures') throw new UsageError('usage.importKind', { kind });
  if (!spreadsheetFormat(file)) throw new UsageError('usage.fileExtension', { file });
  if (kind === 'expenditures') return (await import('./expenditures')).runImportExpenditures(command, file);
  const dryRun = values['dry-run'] === true;
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const bytes = readInputFile(file, locale);
  const app = openApp(dbPath, 'cli', locale);
  try {
    // A dry run writes nothing, so it needs nobody to act for unless --as is given (then it is checked too).
    const user = dryRun && asName === undefined ? null : actingUser(app, asName, 'applications.import', locale);
    const ctx = cliContext(app, user, locale);
    const input = { fileName: basename(file), contentBase64: bytes.toString('base64') };
    let result;
    try {
      result = app.db
        .transaction(() => {
          if (dryRun) return importPreview(ctx, input);
          const r = importApplications(ctx, input);
          logOperation(ctx, 'applications.import', 'succeeded');
          return r;
        })
        .immediate();
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      printRowErrors((e.params.rowErrors as ImportRowError[] | undefined) ?? [], io.err, locale);
      throw new DataError(appErrorBody(e, locale).message);
    }
    if (result.errors.length > 0) {
      printRowErrors(result.errors, io.err, locale);
      const badRows = new Set(result.errors.map((e) => e.row)).size;
      const summary = appErrorBody(
        new AppError('RuleViolation', 'import.rowErrors', { rows: result.rows, badRows, count: result.errors.length }),
        locale,
      ).message;
      io.err(t('error.prefix', locale, { message: summary }));
      return EXIT_DATA;
    }
    if (dryRun) io.out(t('import.checked', locale, { rows: result.rows }));
    else io.out(t('import.done', locale, { count: result.imported, ...codeRange(ctx), user: user?.username ?? '' }));
    return EXIT_OK;
  } finally {
    closeApp(app);
  }
}

/** The first and last application codes this import created, from what it recorded for the log. */
function codeRange(ctx: ServiceContext): { first: string; last: string } {
  const summary = ctx.changes.find((c) => c.entityType === 'import')?.after as
    { firstCode?: string | null; lastCode?: string | null } | undefined;
  return { first: summary?.firstCode ?? '', last: summary?.lastCode ?? '' };
}
