import type { Violation, ViolationParams } from '../../core/violations';
import { violationError } from '../violations';
import type { AppError } from '../app-error';

/** Evaluation parameters that hold enum values, shown by name in each language ('@group.value'). */
const VALUE_GROUPS: Record<string, string> = {
  grade: 'grade',
  kind: 'evaluationKind',
  declaration: 'declaration',
  state: 'applicationState',
};

export function presentEvaluationParams(params: ViolationParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = VALUE_GROUPS[k] ? `@${VALUE_GROUPS[k]}.${String(v)}` : v;
  return out;
}

export function evaluationViolation(violations: readonly Violation[], field?: string): AppError {
  return violationError(
    violations.map((v) => ({ rule: v.rule, params: presentEvaluationParams(v.params) })),
    field,
  );
}

export function throwIfAnyEvaluation(violations: readonly Violation[], field?: string): void {
  if (violations.length > 0) throw evaluationViolation(violations, field);
}
