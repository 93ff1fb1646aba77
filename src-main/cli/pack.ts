import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { ops, validationError, type Locale, type OpName, type OpParsedInput, type PackImportView } from '../contract';
import { closeApp, type AppContext, type ServiceContext } from '../api';
import { appErrorBody } from '../api/dispatch';
import { AppError } from '../services/app-error';
import { logOperation } from '../services/operation-log/index';
import * as packs from '../services/packs/index';
import type { CommandContext } from './context';
import { actingUser, cliContext, readInputFile } from './import';
import { openApp } from './open';
import { DataError, EXIT_DATA, EXIT_OK, t, UsageError, type Io } from './output';

function asDataError(e: unknown, locale: Locale): never {
  if (e instanceof AppError) throw new DataError(appErrorBody(e, locale, 'packs').message);
  throw e;
}

/** Runs a service in one write transaction with its operation-log entry, as dispatch would. */
function logged<T>(app: AppContext, ctx: ServiceContext, op: string, run: () => T): T {
  try {
    return app.db
      .transaction(() => {
        const r = run();
        logOperation(ctx, op, 'succeeded');
        return r;
      })
      .immediate();
  } catch (e) {
    asDataError(e, ctx.locale ?? 'zh');
  }
}

function parsed<N extends OpName>(op: N, input: unknown, locale: Locale): OpParsedInput<N> {
  const r = ops[op].input.safeParse(input);
  if (!r.success) throw new DataError(validationError(r.error, locale, 'packs').message);
  return r.data as OpParsedInput<N>;
}

const list = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/[,，]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function writeOut(file: string, bytes: Buffer, locale: Locale): void {
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    throw new DataError(t('db.dirFailed', locale, { dir: file, reason: (e as Error).message }));
  }
}

function exportCommand(c: CommandContext, app: AppContext): number {
  const { values, locale, io } = c;
  const projects = list(values.projects);
  const inspectors = list(values.inspectors);
  if (projects.length === 0 || inspectors.length === 0 || typeof values.out !== 'string')
    throw new UsageError('usage.packExportOptions');
  const out = values.out;
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const ctx = cliContext(app, actingUser(app, asName, 'inspections.record', locale), locale);
  const input = parsed('packs.export', { projects, inspectors }, locale);
  // The file is written inside the transaction: a pack that cannot be written is not registered either.
  const r = logged(app, ctx, 'packs.export', () => {
    const v = packs.exportPack(ctx, input);
    writeOut(out, Buffer.from(v.base64, 'base64'), locale);
    return v;
  });
  io.out(t('pack.exported', locale, { packNo: r.packNo, count: r.projectCount, file: out }));
  return EXIT_OK;
}

function openCommand(c: CommandContext, file: string): number {
  const { locale, io, dbPath } = c;
  const bytes = readInputFile(file, locale);
  const app = openApp(dbPath, 'cli', locale);
  try {
    const ctx = cliContext(app, null, locale);
    const body = logged(app, ctx, 'packs.open', () => packs.openPack(ctx, bytes));
    io.out(
      t('pack.opened', locale, {
        packNo: body.packNo,
        db: dbPath,
        count: body.projects.length,
        inspectors: body.inspectors.map((i) => `${i.displayName}（${i.username}）`).join('、'),
      }),
    );
    for (const p of body.projects)
      io.out(
        t('pack.openedProject', locale, {
          agreement: p.agreementNumber,
          project: p.projectName,
          organization: p.organizationName,
          inspection: p.inspection.id,
          open: p.openRectifications.length,
        }),
      );
    return EXIT_OK;
  } finally {
    closeApp(app);
  }
}

function recordCommand(c: CommandContext, app: AppContext, file: string): number {
  const { locale, io, values } = c;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(readInputFile(file, locale).toString('utf8')) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new UsageError('usage.packRecordJson', { file, reason: (e as Error).message });
  }
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const ctx = cliContext(app, actingUser(app, asName, 'inspections.record', locale), locale);
  const photoPaths = Array.isArray(json.photos) ? (json.photos as unknown[]).map(String) : [];
  const photos = photoPaths.map((p) => {
    const path = resolvePath(dirname(file), p);
    const input = parsed(
      'packs.fieldAddPhoto',
      { fileName: basename(path), contentBase64: readInputFile(path, locale).toString('base64') },
      locale,
    );
    return logged(app, ctx, 'packs.fieldAddPhoto', () => packs.fieldAddPhoto(ctx, input)).sha256;
  });
  const { inspection, rectification, ...rest } = json;
  if (rectification !== undefined) {
    const input = parsed('packs.fieldRecordEvidence', { ...rest, rectificationId: rectification, photos }, locale);
    logged(app, ctx, 'packs.fieldRecordEvidence', () => packs.fieldRecordEvidence(ctx, input));
  } else {
    const input = parsed('packs.fieldRecordInspection', { ...rest, inspectionId: inspection, photos }, locale);
    logged(app, ctx, 'packs.fieldRecordInspection', () => packs.fieldRecordInspection(ctx, input));
  }
  io.out(t('pack.recorded', locale, { what: file }));
  return EXIT_OK;
}

function resultsCommand(c: CommandContext, app: AppContext): number {
  const { locale, io, values } = c;
  if (typeof values.out !== 'string') throw new UsageError('usage.packOut');
  const out = values.out;
  const ctx = cliContext(app, null, locale);
  const r = logged(app, ctx, 'packs.results', () => {
    const v = packs.packResults(ctx);
    writeOut(out, v.bytes, locale);
    return v;
  });
  io.out(t('pack.results', locale, { packNo: r.packNo, count: r.records, file: out }));
  return EXIT_OK;
}

function resolutions(value: unknown): Record<string, 'office' | 'field'> {
  const out: Record<string, 'office' | 'field'> = {};
  for (const part of list(value)) {
    const m = /^((?:inspection|rectification)-\d{1,12})=(office|field)$/.exec(part);
    if (!m) throw new UsageError('usage.packResolve', { value: part });
    out[m[1]!] = m[2] as 'office' | 'field';
  }
  return out;
}

function printImport(io: Io, v: PackImportView, locale: Locale): void {
  for (const r of v.records) io.out(t(`pack.record.${r.action}`, locale, { label: r.label }));
  for (const c of v.conflicts) {
    io.out(t('pack.conflictHeader', locale, { key: c.key, label: c.label }));
    for (const row of c.rows) io.out(t('pack.conflictRow', locale, row));
  }
}

function importCommand(c: CommandContext, app: AppContext, file: string): number {
  const { locale, io, values } = c;
  const dryRun = values['dry-run'] === true;
  const input = parsed(
    'packs.import',
    {
      fileName: basename(file),
      contentBase64: readInputFile(file, locale).toString('base64'),
      resolutions: resolutions(values.resolve),
    },
    locale,
  );
  const asName = typeof values.as === 'string' ? values.as : undefined;
  const user = dryRun && asName === undefined ? null : actingUser(app, asName, 'inspections.record', locale);
  const ctx = cliContext(app, user, locale);
  let v: PackImportView;
  if (dryRun)
    try {
      v = app.db.transaction(() => packs.preview(ctx, input)).deferred();
    } catch (e) {
      asDataError(e, locale);
    }
  else v = logged(app, ctx, 'packs.import', () => packs.importResults(ctx, input));
  printImport(io, v, locale);
  if (v.outcome === 'conflicts') {
    io.err(t('pack.stopped', locale));
    return EXIT_DATA;
  }
  io.out(t(`pack.${v.outcome === 'imported' ? 'imported' : v.outcome}`, locale, { packNo: v.packNo }));
  return EXIT_OK;
}

/**
 * grants pack export|open|record|results|import: the same services as the 检查包 screen, each write in one
 * transaction with its operation-log entry. `open` makes the --db file a field database; `record` and
 * `results` work on one.
 */
export function runPack(c: CommandContext): number {
  const [action, file] = c.positionals as [string, string | undefined];
  const needsFile = { open: 'pack', record: 'record', import: 'results' } as Record<string, string>;
  if (!['export', 'open', 'record', 'results', 'import'].includes(action))
    throw new UsageError('usage.packAction', { action });
  if (needsFile[action] && file === undefined) throw new UsageError('usage.packFile', { what: needsFile[action] });
  if (action === 'open') {
    if (existsSync(c.dbPath))
      throw new DataError(
        appErrorBody(new AppError('RuleViolation', 'pack.fieldDatabaseNotNew', {}, 'db'), c.locale, 'packs').message,
      );
    return openCommand(c, file!);
  }
  const app = openApp(c.dbPath, 'cli', c.locale);
  try {
    if (action === 'export') return exportCommand(c, app);
    if (action === 'record') return recordCommand(c, app, file!);
    if (action === 'results') return resultsCommand(c, app);
    return importCommand(c, app, file!);
  } finally {
    closeApp(app);
  }
}
