import type { ApplicationDetail, OpParsedInput } from '../../contract/index';
import {
  findLiveDuplicate,
  insertApplication,
  replaceBudgetLines,
  replaceIndicators,
  updateApplicationFields,
} from '../../db/applications-repo';
import { fenText } from '../../core/violations';
import { nowIso } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadDetail } from './detail';
import { loadApplication, loadOrganization, loadProgram, nextState } from './load';
import { applicationSnapshot, fieldsOf } from './snapshot';
import { throwIfAny } from '../violations';

type CreateInput = OpParsedInput<'applications.create'>;

/**
 * One live application per organization and program. Checked when a draft is made (so two drafts can never
 * block each other at submission) and again at submission.
 */
function assertNoDuplicate(ctx: ServiceContext, programId: number, organizationId: number, exceptId: number | null) {
  const code = findLiveDuplicate(ctx.db, programId, organizationId, exceptId);
  if (code !== null) throwIfAny([{ rule: 'application.duplicate', params: { code } }], 'organizationId');
}

/**
 * 配套资金 is budgeted per line: with lines, the application's total is their sum (a total given as well must
 * agree); without lines (an unfinished draft, an imported row) the declared total is kept until lines come.
 */
function matchingOf(input: CreateInput): number {
  if (input.budgetLines.length === 0) return input.matchingFen ?? 0;
  const sum = input.budgetLines.reduce((s, l) => s + l.matchingFen, 0);
  if (input.matchingFen !== undefined && input.matchingFen !== sum)
    throwIfAny(
      [{ rule: 'application.matchingSum', params: { sum: fenText(sum), matching: fenText(input.matchingFen) } }],
      'matchingFen',
    );
  return sum;
}

function writeChildren(ctx: ServiceContext, id: number, input: CreateInput): void {
  replaceIndicators(ctx.db, id, input.indicators);
  replaceBudgetLines(ctx.db, id, input.budgetLines);
}

/**
 * Creates a draft with the next SB-{year}-{seq} code of the program's year. The rule set is checked at
 * submission, not here, so an officer can save an unfinished application; the import calls this per row.
 */
export function createApplication(ctx: ServiceContext, input: CreateInput): ApplicationDetail {
  const program = loadProgram(ctx, input.fundProgramId, 'fundProgramId');
  loadOrganization(ctx, input.organizationId, 'organizationId');
  assertNoDuplicate(ctx, program.id, input.organizationId, null);
  const { id } = insertApplication(ctx.db, fieldsOf({ ...input, matchingFen: matchingOf(input) }), {
    now: nowIso(ctx),
    createdBy: ctx.user?.id ?? null,
    year: program.year,
  });
  writeChildren(ctx, id, input);
  recordChange(ctx, 'application', id, null, applicationSnapshot(ctx, loadApplication(ctx, id)));
  return loadDetail(ctx, id);
}

/** Replaces what the officer entered while the application is a draft or has been returned. */
export function updateApplication(ctx: ServiceContext, input: OpParsedInput<'applications.update'>): ApplicationDetail {
  const a = loadApplication(ctx, input.id);
  nextState(a, 'update');
  loadProgram(ctx, input.fundProgramId, 'fundProgramId');
  loadOrganization(ctx, input.organizationId, 'organizationId');
  assertNoDuplicate(ctx, input.fundProgramId, input.organizationId, a.id);
  const before = applicationSnapshot(ctx, a);
  updateApplicationFields(ctx.db, a.id, fieldsOf({ ...input, matchingFen: matchingOf(input) }), nowIso(ctx));
  writeChildren(ctx, a.id, input);
  recordChange(ctx, 'application', a.id, before, applicationSnapshot(ctx, loadApplication(ctx, a.id)));
  return loadDetail(ctx, a.id);
}
