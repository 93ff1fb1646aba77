import type { ApplicationDetail, OpParsedInput } from '../../contract/index';
import { checkBudgetLines } from '../../core/application-rules';
import { fenText, type Violation } from '../../core/violations';
import { checkApprovalWithinAllocation } from '../../core/allocation';
import { shanghaiDate } from '../../core/calendar';
import { findAgreementNumber } from '../../db/agreements-repo';
import { getBudgetLines, listSubmitters, setApplicationState, setApproved } from '../../db/applications-repo';
import { findApprovalNumber, getFinanceReview, getNotice, insertDecision } from '../../db/decisions-repo';
import { getProgramCommitment } from '../../db/fund-programs-repo';
import { getApplicationRecord } from '../../db/applications-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { recordInitialBudget } from '../budgets/initial';
import { createAgreement } from './agreements';
import { loadDetail } from './detail';
import { approvalRefusal } from './duties';
import { loadApplication, loadProgram, nextState, programFacts } from './load';
import { submissionViolations } from './submit';
import { throwIfAny, violationError } from '../violations';

/**
 * 立项. Refused, with the reason, unless: the caller is a finance officer who neither entered, submitted nor
 * finance-reviewed the application; the public notice has ended (by the local date in China); the amount is
 * more than 0, no more than the finance review kept and within what is left of the program's allocation; the
 * approval number is new; and the application still meets its program's rules as they stand today (a bar or
 * a changed rule set since submission counts).
 */
export function approve(ctx: ServiceContext, input: OpParsedInput<'applications.approve'>): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  const next = nextState(a, 'approve');
  const notice = getNotice(ctx.db, a.id);
  const finance = getFinanceReview(ctx.db, a.id);
  // The state machine only reaches in_notice through both; a missing row is a damaged database.
  if (!notice || !finance) throw new Error(`application ${a.id} is in notice without a notice or finance review`);
  const refusal = approvalRefusal(user, a, listSubmitters(ctx.db, a.id), finance.by);
  if (refusal) throw refusal;
  const today = shanghaiDate(ctx.now);
  if (today <= notice.endDate)
    throw violationError([{ rule: 'application.notice.notEnded', params: { endDate: notice.endDate, today } }]);

  const amount: Violation[] = [];
  if (input.approvedFen <= 0) amount.push({ rule: 'application.approve.positive', params: {} });
  if (input.approvedFen > finance.reviewedFen)
    amount.push({
      rule: 'application.approve.overReviewed',
      params: { approved: fenText(input.approvedFen), reviewed: fenText(finance.reviewedFen) },
    });
  throwIfAny(amount, 'approvedFen');
  const taken = findApprovalNumber(ctx.db, input.approvalNumber) ?? agreementHolder(ctx, input.approvalNumber);
  if (taken)
    throw new AppError(
      'Conflict',
      'application.approvalNumberTaken',
      { number: input.approvalNumber, code: taken.code },
      'approvalNumber',
    );

  const program = loadProgram(ctx, a.fundProgramId);
  // Dispatch runs every mutation in an IMMEDIATE transaction, so what is committed cannot change between
  // this read and the decision written below: two approvals racing for the last money are serialized, and
  // the second sees the first.
  const { committedFen } = getProgramCommitment(ctx.db, program.id);
  const [over] = checkApprovalWithinAllocation(
    { program: program.name, allocatedFen: program.totalAllocationFen, committedFen },
    input.approvedFen,
  );
  // About the program's money rather than one field: one message, with every figure in it, said once.
  if (over) throw new AppError('RuleViolation', over.rule, over.params);
  const reviewedLines = getBudgetLines(ctx.db, a.id).map((l) => ({ ...l, amountFen: l.approvedFen ?? l.amountFen }));
  throwIfAny([...submissionViolations(ctx, a), ...checkBudgetLines(reviewedLines, programFacts(program))]);

  const at = nowIso(ctx);
  insertDecision(ctx.db, a.id, {
    kind: 'approved',
    approvalNumber: input.approvalNumber,
    approvedFen: input.approvedFen,
    reason: '',
    by: user.id,
    at,
  });
  setApproved(ctx.db, a.id, input.approvedFen, at);
  recordChange(
    ctx,
    'application',
    a.id,
    { state: a.state, approvedFen: null },
    { state: next, approvedFen: input.approvedFen, approvalNumber: input.approvalNumber },
  );
  const agreement = createAgreement(ctx, { ...a, approvedFen: input.approvedFen }, program, input.approvalNumber);
  recordInitialBudget(ctx, {
    agreementId: agreement.id,
    applicationId: a.id,
    approvedFen: input.approvedFen,
    ruleSet: program.ruleSet,
    at,
    by: user.id,
  });
  return loadDetail(ctx, a.id);
}

function agreementHolder(ctx: ServiceContext, number: string): { code: string } | null {
  const id = findAgreementNumber(ctx.db, number);
  return id === null ? null : { code: getApplicationRecord(ctx.db, id)?.code ?? `#${id}` };
}

/** 不予立项, with the reasons, from any review state. */
export function reject(ctx: ServiceContext, input: OpParsedInput<'applications.reject'>): ApplicationDetail {
  const user = requireUser(ctx);
  const a = loadApplication(ctx, input.id);
  const next = nextState(a, 'reject');
  const at = nowIso(ctx);
  insertDecision(ctx.db, a.id, {
    kind: 'rejected',
    approvalNumber: null,
    approvedFen: null,
    reason: input.reason,
    by: user.id,
    at,
  });
  setApplicationState(ctx.db, a.id, next, at);
  recordChange(ctx, 'application', a.id, { state: a.state }, { state: next, reason: input.reason });
  return loadDetail(ctx, a.id);
}
