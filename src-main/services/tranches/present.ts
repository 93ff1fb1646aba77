import type { Violation, ViolationParams } from '../../core/violations';
import { violationError } from '../violations';
import type { AppError } from '../app-error';

/** Tranche parameters that hold enum values, shown by name in each language ('@group.value'). */
const VALUE_GROUPS: Record<string, string> = {
  trancheState: 'trancheState',
  trancheAction: 'trancheAction',
  grade: 'grade',
};

export function presentTrancheParams(params: ViolationParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = VALUE_GROUPS[k] ? `@${VALUE_GROUPS[k]}.${String(v)}` : v;
  return out;
}

/**
 * One RuleViolation listing every broken tranche rule (details.violations), as the application services do; its
 * presenter names the application's own 'state' parameter.
 */
export function trancheViolation(violations: readonly Violation[], field?: string): AppError {
  return violationError(
    violations.map((v) => ({ rule: v.rule, params: presentTrancheParams(v.params) })),
    field,
  );
}

export function throwIfAnyTranche(violations: readonly Violation[], field?: string): void {
  if (violations.length > 0) throw trancheViolation(violations, field);
}
