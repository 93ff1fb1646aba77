import {
  getBudgetLines,
  getIndicators,
  type ApplicationFields,
  type ApplicationRecord,
  type BudgetLineFields,
  type IndicatorFields,
} from '../../db/applications-repo';
import type { ServiceContext } from '../context';

/** What the operation log keeps of an application before and after an edit: every field the officer entered. */
export function applicationSnapshot(ctx: ServiceContext, a: ApplicationRecord): Record<string, unknown> {
  return {
    code: a.code,
    state: a.state,
    ...fieldsOf(a),
    indicators: getIndicators(ctx.db, a.id).map(({ name, unit, target }) => ({ name, unit, target })),
    budgetLines: getBudgetLines(ctx.db, a.id).map(({ categoryCode, costType, amountFen, matchingFen, note }) => ({
      categoryCode,
      costType,
      amountFen,
      matchingFen,
      note,
    })),
  };
}

export function fieldsOf(a: ApplicationFields): ApplicationFields {
  return {
    fundProgramId: a.fundProgramId,
    organizationId: a.organizationId,
    name: a.name,
    classCode: a.classCode,
    projectKind: a.projectKind,
    serviceArea: a.serviceArea,
    districtCode: a.districtCode,
    beneficiaries: a.beneficiaries,
    beneficiaryCount: a.beneficiaryCount,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    objectives: a.objectives,
    requestedFen: a.requestedFen,
    matchingFen: a.matchingFen,
  };
}

export type { BudgetLineFields, IndicatorFields };
