import type { Violation, ViolationParams } from '../core/violations';
import { AppError } from './app-error';

/** Parameters that hold enum values are passed as '@group.value' so each language names them. */
const VALUE_GROUPS: Record<string, string> = {
  costType: 'costType',
  source: 'funds',
  state: 'applicationState',
  action: 'applicationAction',
  declaration: 'declaration',
};

export function presentParams(params: ViolationParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = VALUE_GROUPS[k] ? `@${VALUE_GROUPS[k]}.${String(v)}` : v;
  return out;
}

/**
 * One RuleViolation carrying every broken rule: details.violations lists them (dispatch localizes each), and
 * the message is the rule itself when there is one, or a numbered list when there are several.
 */
export function violationError(violations: readonly Violation[], field?: string): AppError {
  if (violations.length === 0) throw new Error('violationError without violations');
  const presented = violations.map((v) => ({ rule: v.rule, params: presentParams(v.params) }));
  if (presented.length === 1) {
    const only = presented[0]!;
    return new AppError('RuleViolation', only.rule, { ...only.params, violations: presented }, field);
  }
  return new AppError(
    'RuleViolation',
    'application.violations',
    { count: presented.length, violations: presented },
    field,
  );
}

export function throwIfAny(violations: readonly Violation[], field?: string): void {
  if (violations.length > 0) throw violationError(violations, field);
}
