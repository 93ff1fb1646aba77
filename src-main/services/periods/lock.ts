import type { OpOutput, OpParsedInput } from '../../contract/index';
import { checkPeriodLock } from '../../core/close-out';
import { insertPeriodLock } from '../../db/closeout-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadPeriods, periodsView, presentPeriodViolations } from './list';

/**
 * 结账 of a fiscal year (财会〔2024〕12号 第二十四条): only after the year has ended in Shanghai and when
 * everything dated in it is posted; final. From then on nothing is posted into it: the ledger, tranche,
 * recovery and milestone services refuse a date in a locked year (and migration 0014's triggers refuse
 * ledger lines and recoveries at the database).
 */
export function lock(ctx: ServiceContext, input: OpParsedInput<'periods.lock'>): OpOutput<'periods.lock'> {
  const user = requireUser(ctx);
  const state = loadPeriods(ctx);
  throwIfAny(presentPeriodViolations(checkPeriodLock(input.year, state.facts), ctx.locale ?? 'zh'), 'year');
  const note = input.note.trim();
  insertPeriodLock(ctx.db, { year: input.year, note, by: user.id, at: nowIso(ctx) });
  recordChange(ctx, 'fiscalPeriod', input.year, null, { year: input.year, note });
  return periodsView(ctx, loadPeriods(ctx));
}
