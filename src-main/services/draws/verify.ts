import { hasPermission, type OpOutput, type OpParsedInput } from '../../contract/index';
import { DRAW_ALGORITHM, drawInspections, samePicks, type DrawPick } from '../../core/supervision-draw';
import { drawLogRecord, getDraw, listDrawIds } from '../../db/supervision-draws-repo';
import { AppError, requireUser } from '../app-error';
import type { ServiceContext } from '../context';
import { drawInputsOf, snapshotOf } from './inputs';
import { presentDraw, presentPicks } from './present';
import { logRecordOf } from './run';

/**
 * Re-runs a stored draw from its seed and its stored inputs and compares pick for pick; then compares the
 * stored draw with what the (hash-chained) operation log recorded when it was made, so a draw edited in the
 * database afterwards is caught even if its picks were recomputed to match. A draw written without a log
 * entry (the sample data of `grants init --demo`) reads "absent", which is said, not hidden.
 */
export function verify(ctx: ServiceContext, input: OpParsedInput<'draws.verify'>): OpOutput<'draws.verify'> {
  const stored = getDraw(ctx.db, input.id);
  if (!stored) throw new AppError('NotFound', 'draw.notFound', { id: input.id }, 'id');
  const snapshot = snapshotOf(stored);
  const storedPicks: DrawPick[] = stored.picks.map((p) => ({
    applicationId: p.applicationId,
    inspectorIds: p.inspectorIds,
  }));
  // Only this algorithm exists; a draw naming another cannot be recomputed here and does not verify.
  const again =
    stored.algorithm === DRAW_ALGORITHM
      ? drawInspections(drawInputsOf(snapshot, stored.seed, stored.requestedCount))
      : null;
  const recomputed = again?.ok ? again.value.picks : [];
  const same = samePicks(recomputed, storedPicks) && again?.ok === true;
  const logged = drawLogRecord(ctx.db, stored.id);
  const expected = logRecordOf({
    drawNumber: stored.drawNumber,
    programCode: stored.programCode,
    year: stored.year,
    count: stored.requestedCount,
    seed: stored.seed,
    algorithm: stored.algorithm,
    snapshot,
    picks: storedPicks,
  });
  const log = logged === null ? 'absent' : logged === JSON.stringify(expected) ? 'matches' : 'differs';
  return {
    draw: presentDraw(stored),
    recomputed: presentPicks(snapshot, recomputed),
    samePicks: same,
    log,
    consistent: same && log !== 'differs',
  };
}

export function list(ctx: ServiceContext, _input: OpParsedInput<'draws.list'>): OpOutput<'draws.list'> {
  const user = requireUser(ctx);
  const draws = listDrawIds(ctx.db, 50).map((id) => {
    const d = getDraw(ctx.db, id)!;
    return {
      id,
      drawNumber: d.drawNumber,
      programCode: d.programCode,
      programName: d.programName,
      year: d.year,
      seed: d.seed,
      pickCount: d.picks.length,
      drawnBy: d.drawnByName,
      drawnAt: d.drawnAt,
    };
  });
  return { draws, mayDraw: hasPermission(user.roles, 'draws.run') };
}
