import { createHash, randomBytes } from 'node:crypto';
import type { OpOutput, OpParsedInput } from '../../contract/index';
import { shanghaiDate } from '../../core/calendar';
import { ok, type Result } from '../../core/result';
import { DRAW_ALGORITHM, drawInspections, type DrawPick, type DrawRefusal } from '../../core/supervision-draw';
import type { Db } from '../../db/statements';
import {
  findDrawProgram,
  getDraw,
  insertDraw,
  nextDrawNumber,
  type DrawProgram,
} from '../../db/supervision-draws-repo';
import { AppError, requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { drawInputsOf, readDrawSnapshot, type DrawSnapshot } from './inputs';
import { presentDraw } from './present';

/** Ten hex digits: short enough to read out and type, with 2^40 possibilities. */
export function newSeed(): string {
  return randomBytes(5).toString('hex').toUpperCase();
}

/** A digest of the inputs as stored, so the log entry pins them without repeating every name. */
export function inputsDigest(snapshot: DrawSnapshot): string {
  return createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
}

/** What the operation log keeps of a draw; verify compares the stored draw with it. */
export function logRecordOf(d: {
  drawNumber: string;
  programCode: string;
  year: number;
  count: number;
  seed: string;
  algorithm: string;
  snapshot: DrawSnapshot;
  picks: readonly DrawPick[];
}): Record<string, unknown> {
  return {
    drawNumber: d.drawNumber,
    programCode: d.programCode,
    year: d.year,
    count: d.count,
    seed: d.seed,
    algorithm: d.algorithm,
    candidates: d.snapshot.candidates.length,
    pool: d.snapshot.pool.map((p) => p.id),
    inputsDigest: inputsDigest(d.snapshot),
    picks: d.picks.map((p) => ({ applicationId: p.applicationId, inspectorIds: p.inspectorIds })),
  };
}

export interface MadeDraw {
  id: number;
  drawNumber: string;
  snapshot: DrawSnapshot;
  picks: DrawPick[];
}

/**
 * Reads the program's projects, the evaluator pool and the conflicts as they stand, draws from the seed and
 * stores seed, inputs and result. Refusals come back as the core rule's refusal (nothing written). The sample
 * data uses this too, so its draw verifies like any other.
 */
export function makeDraw(
  db: Db,
  program: DrawProgram,
  d: { count: number; seed: string; drawnBy: number | null; drawnAt: Date },
): Result<MadeDraw, DrawRefusal> {
  const snapshot = readDrawSnapshot(db, program.id);
  const result = drawInspections(drawInputsOf(snapshot, d.seed, d.count));
  if (!result.ok) return result;
  const drawNumber = nextDrawNumber(db, Number(shanghaiDate(d.drawnAt).slice(0, 4)));
  const id = insertDraw(db, {
    drawNumber,
    fundProgramId: program.id,
    year: program.year,
    requestedCount: d.count,
    seed: d.seed,
    algorithm: DRAW_ALGORITHM,
    candidates: snapshot.candidates,
    pool: snapshot.pool,
    conflicts: snapshot.conflicts,
    unstaffable: result.value.unstaffable,
    drawnBy: d.drawnBy,
    drawnAt: d.drawnAt.toISOString(),
    picks: result.value.picks,
  });
  return ok({ id, drawNumber, snapshot, picks: result.value.picks });
}

/**
 * 随机抽查: draws from the seed (given, or made up here and returned) and keeps seed, inputs and result — in
 * the draw tables and in the operation log — so that anyone can recompute it.
 */
export function run(ctx: ServiceContext, input: OpParsedInput<'draws.run'>): OpOutput<'draws.run'> {
  const user = requireUser(ctx);
  const program = findDrawProgram(ctx.db, input.programCode);
  if (!program) throw new AppError('NotFound', 'draw.programNotFound', { code: input.programCode }, 'programCode');
  if (program.year !== input.year)
    throw new AppError(
      'RuleViolation',
      'draw.yearMismatch',
      { code: program.code, programYear: program.year, year: input.year },
      'year',
    );
  const seed = input.seed === '' ? newSeed() : input.seed;
  const made = makeDraw(ctx.db, program, { count: input.count, seed, drawnBy: user.id, drawnAt: ctx.now });
  if (!made.ok) {
    const { rule, params } = made.error;
    const field = rule === 'draw.poolTooSmall' ? undefined : 'count';
    throw new AppError('RuleViolation', rule, { ...params, code: program.code, year: program.year }, field);
  }
  const { id, drawNumber, snapshot, picks } = made.value;
  ctx.changes.push({
    entityType: 'supervisionDraw',
    entityId: String(id),
    before: null,
    after: logRecordOf({
      drawNumber,
      programCode: program.code,
      year: program.year,
      count: input.count,
      seed,
      algorithm: DRAW_ALGORITHM,
      snapshot,
      picks,
    }),
  });
  return presentDraw(getDraw(ctx.db, id)!);
}
