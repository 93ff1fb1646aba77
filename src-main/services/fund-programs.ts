import type { OpOutput, OpParsedInput } from '../contract/index';
import { checkAllocationChange, remainingAllocation } from '../core/allocation';
import {
  findFundProgramByCode,
  getFundProgram,
  getProgramCommitment,
  getProgramMoney,
  insertFundProgram,
  listFundPrograms,
  updateFundProgram,
  type FundProgramFields,
} from '../db/fund-programs-repo';
import { AppError, notFound, nowIso } from './app-error';
import { recordChange } from './audit';
import type { ServiceContext } from './context';
import { throwIfAny } from './violations';

function fields(input: OpParsedInput<'fundPrograms.create'>): FundProgramFields {
  return {
    code: input.code,
    name: input.name,
    source: input.source,
    year: input.year,
    totalAllocationFen: input.totalAllocationFen,
    applicationStart: input.applicationStart,
    applicationEnd: input.applicationEnd,
    notes: input.notes,
    ruleSet: input.ruleSet,
  };
}

function assertCodeFree(ctx: ServiceContext, code: string, exceptId: number | null): void {
  const other = findFundProgramByCode(ctx.db, code);
  if (other && other.id !== exceptId)
    throw new AppError('Conflict', 'fundProgram.codeTaken', { code, name: other.name }, 'code');
}

function load(ctx: ServiceContext, id: number): OpOutput<'fundPrograms.get'> {
  const program = getFundProgram(ctx.db, id);
  if (!program) throw notFound('fundProgram.notFound', id);
  return program;
}

export function list(ctx: ServiceContext, input: OpParsedInput<'fundPrograms.list'>): OpOutput<'fundPrograms.list'> {
  return listFundPrograms(ctx.db, input);
}

export function get(ctx: ServiceContext, input: OpParsedInput<'fundPrograms.get'>): OpOutput<'fundPrograms.get'> {
  return load(ctx, input.id);
}

export function create(
  ctx: ServiceContext,
  input: OpParsedInput<'fundPrograms.create'>,
): OpOutput<'fundPrograms.create'> {
  assertCodeFree(ctx, input.code, null);
  const id = insertFundProgram(ctx.db, fields(input), { now: nowIso(ctx), createdBy: ctx.user?.id ?? null });
  const created = load(ctx, id);
  recordChange(ctx, 'fundProgram', id, null, created);
  return created;
}

export function update(
  ctx: ServiceContext,
  input: OpParsedInput<'fundPrograms.update'>,
): OpOutput<'fundPrograms.update'> {
  const before = load(ctx, input.id);
  assertCodeFree(ctx, input.code, input.id);
  // Read in the same write transaction as the update, so no approval can slip in between.
  const { committedFen } = getProgramCommitment(ctx.db, input.id);
  throwIfAny(
    checkAllocationChange(
      { program: before.name, allocatedFen: before.totalAllocationFen, committedFen },
      input.totalAllocationFen,
    ),
    'totalAllocationFen',
  );
  updateFundProgram(ctx.db, input.id, fields(input), nowIso(ctx));
  const after = load(ctx, input.id);
  recordChange(ctx, 'fundProgram', input.id, before, after);
  return after;
}

export function money(ctx: ServiceContext, input: OpParsedInput<'fundPrograms.money'>): OpOutput<'fundPrograms.money'> {
  const program = load(ctx, input.id);
  const m = getProgramMoney(ctx.db, input.id);
  const allocatedFen = program.totalAllocationFen;
  return {
    code: program.code,
    name: program.name,
    allocatedFen,
    committedFen: m.committedFen,
    approvedCount: m.approvedCount,
    remainingFen: remainingAllocation({ allocatedFen, committedFen: m.committedFen }),
    releasedFen: m.releasedFen,
    spentFen: m.spentFen,
    recoveredFen: m.recoveredFen,
    balanceFen: m.releasedFen - m.spentFen - m.recoveredFen,
  };
}
