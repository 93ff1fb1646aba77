import type { ImportRowError, Locale, OpOutput } from '../../contract/index';
import { findLiveDuplicate } from '../../db/applications-repo';
import { AppError } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { createApplication, findOrganizationByCode, findProgramByCode } from '../applications/index';
import { checkTable, FileProblem, readUpload, rowErrors, type CheckedFile, type UploadInput } from './check';
import type { ProgramRef, RowLookups } from './rows';

type ImportResult = OpOutput<'applications.import'>;

function localeOf(ctx: ServiceContext): Locale {
  return ctx.locale ?? 'zh';
}

/** Each organization and program is read once, however many rows name it. */
function cachedLookups(ctx: ServiceContext): RowLookups {
  const orgs = new Map<string, { id: number; name: string } | undefined>();
  const programs = new Map<string, ProgramRef | undefined>();
  return {
    organization(code) {
      if (!orgs.has(code)) orgs.set(code, findOrganizationByCode(ctx, code) ?? undefined);
      return orgs.get(code);
    },
    program(code) {
      const key = code.toUpperCase();
      if (!programs.has(key)) programs.set(key, findProgramByCode(ctx, code) ?? undefined);
      return programs.get(key);
    },
  };
}

/** Reads and checks an uploaded file; a problem with the file as a whole becomes a Validation error. */
export function checkUpload(ctx: ServiceContext, input: Pick<UploadInput, 'fileName' | 'contentBase64'>): CheckedFile {
  try {
    const table = readUpload(input, ctx.uploads?.get(input.contentBase64));
    return checkTable(
      table,
      cachedLookups(ctx),
      (programId, orgId) => findLiveDuplicate(ctx.db, programId, orgId, null) ?? undefined,
      localeOf(ctx),
    );
  } catch (e) {
    if (e instanceof FileProblem) throw new AppError('Validation', e.rule, e.params, 'fileName');
    throw e;
  }
}

function result(checked: CheckedFile, errors: ImportRowError[], imported: number): ImportResult {
  return {
    rows: checked.rows,
    errors,
    imported,
    preview: checked.parsed.map((p) => ({
      row: p.row,
      name: p.input.name,
      organization: p.organizationName,
      program: p.programCode,
      requestedFen: p.input.requestedFen,
    })),
  };
}

/** applications.importPreview: every error of every row, and what would be imported; writes nothing. */
export function importPreview(ctx: ServiceContext, input: UploadInput): ImportResult {
  const checked = checkUpload(ctx, input);
  return result(checked, rowErrors(checked.issues, checked.mapping, localeOf(ctx)), 0);
}

/**
 * applications.import: all or nothing. Any row error and nothing is written: a RuleViolation whose
 * params.rowErrors (details.rowErrors in the envelope) lists every failure. Otherwise each row becomes a draft
 * through createApplication, inside the caller's one transaction, so the log has an entry per application plus
 * one for the import itself.
 */
export function importApplications(ctx: ServiceContext, input: UploadInput): ImportResult {
  const checked = checkUpload(ctx, input);
  const errors = rowErrors(checked.issues, checked.mapping, localeOf(ctx));
  if (errors.length > 0) {
    const badRows = new Set(errors.map((e) => e.row)).size;
    throw new AppError('RuleViolation', 'import.rowErrors', {
      rows: checked.rows,
      badRows,
      count: errors.length,
      rowErrors: errors,
    });
  }
  const codes: string[] = [];
  for (const p of checked.parsed) codes.push(createApplication(ctx, p.input).code);
  recordChange(ctx, 'import', 'applications', null, {
    fileName: input.fileName,
    rows: checked.rows,
    imported: codes.length,
    firstCode: codes[0] ?? null,
    lastCode: codes.at(-1) ?? null,
  });
  return result(checked, [], codes.length);
}
