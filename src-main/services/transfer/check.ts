import { ops, ruleMessage, type ImportRowError, type Locale, type OpParsedInput } from '../../contract/index';
import { IMPORT_COLUMNS, columnLabel, mapHeader, type ColumnKey, type HeaderMapping } from './columns';
import { parseRow, type ParsedRow, type RowIssue, type RowLookups } from './rows';
import { SpreadsheetError, spreadsheetFormat, type SheetTable } from '../spreadsheet/read';
import { uploadTable, type ReadOutcome } from '../spreadsheet/uploads';

export type UploadInput = OpParsedInput<'applications.import'>;

/** More rows than a province files in a decade; beyond it the file is more likely a mistake than a batch. */
export const IMPORT_MAX_ROWS = 50_000;

/** A problem with the file as a whole; the caller turns it into an AppError (rule + params). */
export class FileProblem extends Error {
  constructor(
    readonly rule: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(rule);
  }
}

export interface CheckedFile {
  rows: number;
  issues: RowIssue[];
  parsed: ParsedRow[];
  mapping: HeaderMapping;
}

/** Existing live applications per (program, organization), for the duplicate rule. */
export type LiveApplicationLookup = (fundProgramId: number, organizationId: number) => string | undefined;

export function readUpload(input: Pick<UploadInput, 'fileName' | 'contentBase64'>, read?: ReadOutcome): SheetTable {
  const format = spreadsheetFormat(input.fileName);
  if (!format) throw new FileProblem('import.fileType');
  try {
    return uploadTable(read, () => Buffer.from(input.contentBase64, 'base64'), format);
  } catch (e) {
    if (!(e instanceof SpreadsheetError)) throw e;
    const columns = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.zh);
    throw new FileProblem(e.rule, e.rule === 'import.empty' ? { columns } : e.params);
  }
}

/**
 * Every rule for every row: the cells (rows.ts), the same schema the form uses (a safety net that should never
 * fire), and duplicates both within the file and against live applications. Writes nothing.
 */
export function checkTable(
  table: SheetTable,
  lookups: RowLookups,
  liveApplication: LiveApplicationLookup,
  locale: Locale,
): CheckedFile {
  const mapping = mapHeader(table.header);
  if (mapping.duplicate)
    throw new FileProblem('import.duplicateColumn', { row: table.headerRow, ...mapping.duplicate });
  if (mapping.missing.length > 0) {
    // An array: the message joins it with 、 or ", " by language.
    const columns = mapping.missing.map((c) => columnLabel(c, locale));
    throw new FileProblem('import.missingColumns', { columns, row: table.headerRow });
  }
  if (table.rows.length === 0) throw new FileProblem('import.noRows', { row: table.headerRow });
  if (table.rows.length > IMPORT_MAX_ROWS)
    throw new FileProblem('import.tooManyRows', { max: IMPORT_MAX_ROWS, rows: table.rows.length });

  const issues: RowIssue[] = [];
  const parsed: ParsedRow[] = [];
  const firstRow = new Map<string, number>();
  const schema = ops['applications.create'].input;
  for (const sheetRow of table.rows) {
    const r = parseRow(sheetRow, mapping, lookups);
    issues.push(...r.issues);
    if (!r.parsed) continue;
    const p = r.parsed;
    const check = schema.safeParse(p.input);
    if (!check.success) {
      for (const issue of check.error.issues) issues.push(schemaIssue(p.row, String(issue.path[0] ?? ''), issue));
      continue;
    }
    const key = `${p.input.fundProgramId}:${p.input.organizationId}`;
    const earlier = firstRow.get(key);
    const existing = liveApplication(p.input.fundProgramId, p.input.organizationId);
    if (earlier !== undefined)
      issues.push({
        row: p.row,
        column: 'creditCode',
        rule: 'import.duplicateInFile',
        params: { row: earlier, program: p.programCode },
      });
    else if (existing !== undefined)
      issues.push({
        row: p.row,
        column: 'creditCode',
        rule: 'import.duplicateExisting',
        params: { program: p.programCode, code: existing },
      });
    else parsed.push(p);
    if (earlier === undefined) firstRow.set(key, p.row);
  }
  return { rows: table.rows.length, issues, parsed, mapping };
}

const FIELD_COLUMNS: Record<string, ColumnKey> = {
  name: 'name',
  organizationId: 'creditCode',
  fundProgramId: 'programCode',
  classCode: 'classCode',
  serviceArea: 'serviceArea',
  districtCode: 'district',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  requestedFen: 'requested',
  matchingFen: 'matching',
  projectKind: 'projectKind',
};

function schemaIssue(row: number, field: string, issue: { code: string; params?: unknown }): RowIssue {
  const params = (issue.params ?? {}) as Record<string, unknown>;
  const rule = issue.code === 'custom' && typeof params.rule === 'string' ? params.rule : 'schema.invalid';
  return { row, column: FIELD_COLUMNS[field] ?? 'name', rule, params };
}

/** Puts issues into words, naming each column as the file's own header names it. */
export function rowErrors(issues: readonly RowIssue[], mapping: HeaderMapping, locale: Locale): ImportRowError[] {
  return issues.map((i) => {
    const col = IMPORT_COLUMNS.find((c) => c.key === i.column)!;
    return {
      row: i.row,
      column: mapping.label[i.column] ?? columnLabel(col, locale),
      message: ruleMessage(i.rule, locale, i.params),
    };
  });
}

/** `第3行 申报机构统一社会信用代码: 校验位错误：第 18 位应为“X”` */
export function rowErrorLine(e: ImportRowError, locale: Locale): string {
  return ruleMessage('import.rowLine', locale, { row: e.row, column: e.column, message: e.message });
}
