import { PROJECT_KIND_NAMES, SERVICE_AREA_NAMES, type ProjectKind } from '../../core/application-vocabulary';
import type { RuleSet } from '../../core/rule-set';
import type { OpParsedInput } from '../../contract/index';
import { resolveClassCode } from '../applications/index';
import type { SheetRow } from '../spreadsheet/read';
import { parseAmountCell, parseCreditCodeCell, parseDateCell, type CellProblem } from './cells';
import type { ColumnKey, HeaderMapping } from './columns';
import { classFrom, districtFrom, projectKindFrom, serviceAreaFrom } from './vocabulary';

export type ApplicationCreateInput = OpParsedInput<'applications.create'>;

/** One failing cell, before it is put into words (the words depend on the caller's language). */
export interface RowIssue extends CellProblem {
  row: number;
  column: ColumnKey;
}

export interface ProgramRef {
  id: number;
  code: string;
  ruleSet: RuleSet;
}

/** What row checking needs from the database; cached by the caller so 10,000 rows cost a handful of queries. */
export interface RowLookups {
  organization(creditCode: string): { id: number; name: string } | undefined;
  program(code: string): ProgramRef | undefined;
}

export interface ParsedRow {
  row: number;
  input: ApplicationCreateInput;
  organizationName: string;
  programCode: string;
}

const NAME_MAX = 100;

/** A CSV export puts an apostrophe before text a spreadsheet would run as a formula; reading it back drops it. */
function unneutralise(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}
const DEFAULT_KIND: ProjectKind = 'social_work';

/**
 * Checks every cell of one row and collects every problem (not just the first). Blank rows never reach here.
 * Rules that need other rows or existing applications (duplicates) are the caller's.
 */
export function parseRow(
  sheetRow: SheetRow,
  mapping: HeaderMapping,
  lookups: RowLookups,
): { issues: RowIssue[]; parsed?: ParsedRow } {
  const row = sheetRow.rowNumber;
  const issues: RowIssue[] = [];
  const cell = (k: ColumnKey): string => {
    const i = mapping.index[k];
    return i === undefined ? '' : unneutralise((sheetRow.cells[i] ?? '').trim());
  };
  const fail = (column: ColumnKey, p: CellProblem) => issues.push({ row, column, ...p });
  const required = (k: ColumnKey): string | undefined => {
    const v = cell(k);
    if (v === '') fail(k, { rule: 'schema.required', params: {} });
    return v === '' ? undefined : v;
  };

  const name = required('name');
  if (name !== undefined && name.length > NAME_MAX)
    fail('name', { rule: 'schema.maxLength', params: { max: NAME_MAX } });

  let organization: { id: number; name: string } | undefined;
  const code = parseCreditCodeCell(cell('creditCode'));
  if (!code.ok) fail('creditCode', code.error);
  else {
    organization = lookups.organization(code.value);
    if (!organization) fail('creditCode', { rule: 'import.organizationNotFound', params: { code: code.value } });
  }

  let program: ProgramRef | undefined;
  const programCode = required('programCode');
  if (programCode !== undefined) {
    program = lookups.program(programCode);
    if (!program) fail('programCode', { rule: 'import.programNotFound', params: { code: programCode } });
  }

  let classCode: string | undefined;
  const classText = required('classCode');
  if (classText !== undefined && program) {
    classCode = resolveClassCode(program.ruleSet, classText) ?? classFrom(classText, program.ruleSet.classCaps)?.code;
    if (classCode === undefined) {
      const allowed = program.ruleSet.classCaps.map((c) => `${c.code} ${c.name}`);
      fail('classCode', {
        rule: 'import.classUnknown',
        params: { program: program.code, value: classText, allowed: allowed.length > 0 ? allowed : ['—'] },
      });
    }
  }

  const areaText = required('serviceArea');
  const serviceArea = areaText === undefined ? undefined : serviceAreaFrom(areaText);
  if (areaText !== undefined && !serviceArea) {
    const allowed = Object.values(SERVICE_AREA_NAMES).map((n) => n.zh);
    fail('serviceArea', { rule: 'import.serviceAreaUnknown', params: { value: areaText, allowed } });
  }

  const districtText = required('district');
  const districtCode = districtText === undefined ? undefined : districtFrom(districtText);
  if (districtText !== undefined && !districtCode)
    fail('district', { rule: 'import.districtUnknown', params: { value: districtText } });

  const dates: Partial<Record<'periodStart' | 'periodEnd', string>> = {};
  for (const k of ['periodStart', 'periodEnd'] as const) {
    const text = required(k);
    if (text === undefined) continue;
    const d = parseDateCell(text);
    if (d.ok) dates[k] = d.value;
    else fail(k, d.error);
  }
  if (dates.periodStart && dates.periodEnd && dates.periodEnd < dates.periodStart)
    fail('periodEnd', { rule: 'date.order', params: {} });

  const requested = parseAmountCell(cell('requested'), 'required');
  if (!requested.ok) fail('requested', requested.error);
  else if (requested.value === 0) fail('requested', { rule: 'import.requestedPositive', params: {} });
  const matching = parseAmountCell(cell('matching'), 'zero');
  if (!matching.ok) fail('matching', matching.error);

  let projectKind: ProjectKind | undefined = DEFAULT_KIND;
  const kindText = cell('projectKind');
  if (kindText !== '') {
    projectKind = projectKindFrom(kindText);
    if (!projectKind) {
      const allowed = Object.values(PROJECT_KIND_NAMES).map((n) => n.zh);
      fail('projectKind', { rule: 'import.projectKindUnknown', params: { value: kindText, allowed } });
    }
  }

  if (issues.length > 0) return { issues };
  return {
    issues,
    parsed: {
      row,
      organizationName: organization!.name,
      programCode: program!.code,
      input: {
        fundProgramId: program!.id,
        organizationId: organization!.id,
        name: name!,
        classCode: classCode!,
        projectKind: projectKind!,
        serviceArea: serviceArea!,
        districtCode: districtCode!,
        beneficiaries: '',
        beneficiaryCount: 0,
        periodStart: dates.periodStart!,
        periodEnd: dates.periodEnd!,
        objectives: '',
        requestedFen: requested.ok ? requested.value : 0,
        matchingFen: matching.ok ? matching.value : 0,
        indicators: [],
        budgetLines: [],
      },
    },
  };
}
