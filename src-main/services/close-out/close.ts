import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { shanghaiDate } from '../../core/calendar';
import { closeOutChecklist, failedItems } from '../../core/close-out';
import { insertCloseout, lastPostedDate } from '../../db/closeout-repo';
import { isYearLocked } from '../../db/project-status-repo';
import { nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { balanceOf, closeOutFacts, loadCloseOut, type CloseOutProject } from './load';
import { throwIfAnyCloseOut } from './present';
import { closeOutView } from './view';

/** The closing date: not in the future, not in a locked year, not before the last money posted to the project. */
function dateRules(ctx: ServiceContext, p: CloseOutProject, date: string): Violation[] {
  const out: Violation[] = [];
  const today = shanghaiDate(ctx.now);
  if (date > today) out.push({ rule: 'closeOut.dateInFuture', params: { date, today } });
  const year = Number(date.slice(0, 4));
  if (isYearLocked(ctx.db, year)) out.push({ rule: 'closeOut.periodLocked', params: { date, year } });
  const last = lastPostedDate(ctx.db, p.agreement.id);
  if (last !== null && date < last) out.push({ rule: 'closeOut.dateBeforeLastEntry', params: { date, last } });
  return out;
}

/**
 * 结项. Refused naming every failed checklist item (and any problem with the date); otherwise the close-out
 * row keeps the closing balance and the checklist as evaluated, and from then on the project is read-only:
 * every service that writes to a project refuses a closed one (and migration 0014's triggers refuse posted
 * money at the database).
 */
export function close(ctx: ServiceContext, input: OpParsedInput<'closeOut.close'>): OpOutput<'closeOut.close'> {
  const user = requireUser(ctx);
  const p = loadCloseOut(ctx, input.applicationId);
  const project = p.agreement.agreementNumber;
  if (p.closeout)
    throwIfAnyCloseOut([{ rule: 'closeOut.alreadyClosed', params: { project, date: p.closeout.closedDate } }]);

  const checklist = closeOutChecklist(closeOutFacts(p));
  const dates = dateRules(ctx, p, input.closedDate);
  throwIfAnyCloseOut([...dates, ...failedItems(checklist)], dates.length > 0 ? 'closedDate' : 'applicationId');

  const balance = balanceOf(p);
  const note = input.note.trim();
  insertCloseout(ctx.db, {
    agreementId: p.agreement.id,
    closedDate: input.closedDate,
    approvedFen: p.agreement.approvedFen,
    grantReceivedFen: balance.grantReceivedFen,
    grantSpentFen: balance.grantSpentFen,
    matchingSpentFen: balance.matchingSpentFen,
    recoveredFen: balance.grantRecoveredFen,
    checklistJson: JSON.stringify(checklist),
    note,
    by: user.id,
    at: nowIso(ctx),
  });
  recordChange(ctx, 'closeOut', p.agreement.id, null, {
    applicationId: p.application.id,
    project,
    closedDate: input.closedDate,
    note,
    ...balance,
    checklist: checklist.map((c) => ({ item: c.item, applicable: c.applicable, ok: c.ok, rule: c.rule })),
  });
  return closeOutView(ctx, loadCloseOut(ctx, input.applicationId));
}
