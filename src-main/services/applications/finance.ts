import type { ApplicationDetail, OpParsedInput } from '../../contract/index';
import { checkBudgetLines } from '../../core/application-rules';
import { fenText, type Violation } from '../../core/violations';
import { daysInclusive, isCalendarDate } from '../../core/calendar';
import { getBudgetLines, setApplicationState, setBudgetLineReview } from '../../db/applications-repo';
import { insertFinanceReview, insertNotice } from '../../db/decisions-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadDetail } from './detail';
import { loadApplication, loadProgram, nextState, programFacts } from './load';
import { throwIfAny } from '../violations';

/**
 * 财务审核: line-level cuts, each cut with its reason; lines not mentioned are kept whole. The budget after
 * the cuts must still meet the program's rules (cutting one line raises the others' shares).
 */
export function financeReview(
  ctx: ServiceContext,
  input: OpParsedInput<'applications.financeReview'>,
): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  const next = nextState(a, 'financeReview');
  const program = loadProgram(ctx, a.fundProgramId);
  const lines = getBudgetLines(ctx.db, a.id);
  const violations: Violation[] = [];
  const decided = new Map<number, { approvedFen: number; reason: string }>();
  for (const c of input.lines) {
    const line = lines.find((l) => l.id === c.lineId);
    if (!line) violations.push({ rule: 'application.finance.unknownLine', params: { lineId: c.lineId } });
    else if (decided.has(c.lineId))
      violations.push({ rule: 'application.finance.repeatedLine', params: { lineId: c.lineId } });
    else if (c.approvedFen > line.amountFen)
      violations.push({
        rule: 'application.finance.overLine',
        params: { line: line.seq, approved: fenText(c.approvedFen), amount: fenText(line.amountFen) },
      });
    else if (c.approvedFen < line.amountFen && c.reason === '')
      violations.push({
        rule: 'application.finance.cutReason',
        params: { line: line.seq, cut: fenText(line.amountFen - c.approvedFen) },
      });
    if (line && !decided.has(c.lineId)) decided.set(c.lineId, { approvedFen: c.approvedFen, reason: c.reason });
  }
  throwIfAny(violations, 'lines');
  const reviewed = lines.map((l) => ({ ...l, amountFen: decided.get(l.id)?.approvedFen ?? l.amountFen }));
  throwIfAny(checkBudgetLines(reviewed, programFacts(program)), 'lines');
  const reviewedFen = reviewed.reduce((s, l) => s + l.amountFen, 0);
  const at = nowIso(ctx);
  for (const l of lines) {
    const d = decided.get(l.id);
    const approvedFen = d?.approvedFen ?? l.amountFen;
    setBudgetLineReview(ctx.db, l.id, approvedFen, d && d.reason !== '' ? d.reason : null);
  }
  insertFinanceReview(ctx.db, a.id, { opinion: input.opinion, reviewedFen, by: user.id, at });
  setApplicationState(ctx.db, a.id, next, at);
  recordChange(
    ctx,
    'application',
    a.id,
    { state: a.state, requestedFen: a.requestedFen },
    {
      state: next,
      reviewedFen,
      opinion: input.opinion,
      cuts: reviewed
        .filter((l, i) => l.amountFen !== lines[i]!.amountFen)
        .map((l) => ({ line: l.seq, approvedFen: l.amountFen, reason: decided.get(l.id)!.reason })),
    },
  );
  return loadDetail(ctx, a.id);
}

/** 公示: calendar dates, both counted, at least the program's minimum number of days. */
export function startNotice(ctx: ServiceContext, input: OpParsedInput<'applications.startNotice'>): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  const next = nextState(a, 'startNotice');
  for (const field of ['startDate', 'endDate'] as const)
    if (!isCalendarDate(input[field])) throw new AppError('Validation', 'schema.date', {}, field);
  const program = loadProgram(ctx, a.fundProgramId);
  const { startDate, endDate } = input;
  if (endDate < startDate)
    throwIfAny([{ rule: 'application.notice.order', params: { startDate, endDate } }], 'endDate');
  const days = daysInclusive(startDate, endDate);
  const minDays = program.ruleSet.noticeMinDays;
  if (days < minDays)
    throwIfAny([{ rule: 'application.notice.tooShort', params: { startDate, endDate, days, minDays } }], 'endDate');
  const at = nowIso(ctx);
  insertNotice(ctx.db, a.id, { startDate, endDate, by: user.id, at });
  setApplicationState(ctx.db, a.id, next, at);
  recordChange(ctx, 'application', a.id, { state: a.state }, { state: next, notice: { startDate, endDate } });
  return loadDetail(ctx, a.id);
}
