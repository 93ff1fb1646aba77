import { ruleMessage, type Locale } from '../../contract/index';
import type { ChecklistEntry } from '../../core/close-out';
import type { Violation, ViolationParams } from '../../core/violations';
import { violationError } from '../violations';
import type { AppError } from '../app-error';

/** Close-out parameters that hold enum values, shown by name in each language ('@group.value'). */
const VALUE_GROUPS: Record<string, string> = { grade: 'grade' };

export function presentCloseOutParams(params: ViolationParams): ViolationParams {
  const out: ViolationParams = {};
  for (const [k, v] of Object.entries(params)) out[k] = VALUE_GROUPS[k] ? `@${VALUE_GROUPS[k]}.${String(v)}` : v;
  return out;
}

/** One RuleViolation listing every broken close-out or recovery rule (details.violations). */
export function closeOutViolation(violations: readonly Violation[], field?: string): AppError {
  return violationError(
    violations.map((v) => ({ rule: v.rule, params: presentCloseOutParams(v.params) })),
    field,
  );
}

export function throwIfAnyCloseOut(violations: readonly Violation[], field?: string): void {
  if (violations.length > 0) throw closeOutViolation(violations, field);
}

/** A checklist entry as the page shows it: the rule's words in the caller's language. */
export function checklistView(entries: readonly ChecklistEntry[], locale: Locale) {
  return entries.map((c) => ({
    item: c.item,
    applicable: c.applicable,
    ok: c.ok,
    rule: c.rule,
    message: ruleMessage(c.rule, locale, presentCloseOutParams(c.params)),
  }));
}
