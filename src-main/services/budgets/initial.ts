import { checkInitialBudget, scaleToApproved, type BudgetLine } from '../../core/budget-versions';
import type { RuleSet } from '../../core/rule-set';
import { getBudgetLines } from '../../db/applications-repo';
import { insertBudgetVersion, type StoredBudgetLine } from '../../db/budgets-repo';
import type { Db } from '../../db/statements';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';

export interface InitialBudgetArgs {
  agreementId: number;
  applicationId: number;
  approvedFen: number;
  ruleSet: RuleSet;
  /** When and by whom the application was approved (立项). */
  at: string;
  by: number | null;
}

/** The budget line code of an application's line: its position, two digits ('01', '02', …). */
export function lineCodeOfSeq(seq: number): string {
  return String(seq).padStart(2, '0');
}

/**
 * Version 1 of a project's budget (预算版本1): the application's lines as the finance review kept them, the
 * grant share cut in proportion (scaleToApproved) when approval granted less, the matching share as asked. Written in the caller's transaction; the approval
 * service and the demo writer both come here, so a project never exists without its budget.
 */
export function createInitialBudget(db: Db, args: InitialBudgetArgs): { versionId: number; lines: StoredBudgetLine[] } {
  const source = getBudgetLines(db, args.applicationId);
  const kept: BudgetLine[] = source.map((l) => ({
    lineCode: lineCodeOfSeq(l.seq),
    categoryCode: l.categoryCode,
    amountFen: l.approvedFen ?? l.amountFen,
    // Finance cuts and a lower approval apply to the grant; the matching share is the organization's money.
    matchingFen: l.matchingFen,
  }));
  const sum = kept.reduce((s, l) => s + l.amountFen, 0);
  const amounts = sum > args.approvedFen ? scaleToApproved(kept, args.approvedFen) : kept;
  throwIfAny(checkInitialBudget(amounts, args.approvedFen, args.ruleSet), 'approvedFen');
  const lines: StoredBudgetLine[] = amounts.map((l, i) => ({ ...l, costType: source[i]!.costType }));
  const versionId = insertBudgetVersion(db, {
    agreementId: args.agreementId,
    version: 1,
    reason: null,
    adjustmentId: null,
    requestedBy: null,
    requestedAt: null,
    approvedBy: args.by,
    approvedAt: args.at,
    lines,
  });
  return { versionId, lines };
}

/** The same inside an operation: also recorded in the operation log. */
export function recordInitialBudget(ctx: ServiceContext, args: InitialBudgetArgs): void {
  const { versionId, lines } = createInitialBudget(ctx.db, args);
  recordChange(ctx, 'budgetVersion', versionId, null, { agreementId: args.agreementId, version: 1, lines });
}
