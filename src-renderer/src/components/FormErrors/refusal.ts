/**
 * Where a refused call's messages go on a form. Main names the field of every refusal it can tie to one
 * (details.issues: the path, and the field's label in the op's scope — the label the form shows, as both come
 * from contract/fields.ts), so the form places each message by path and never reads or rewrites its words.
 * Each message appears once: under its field, or in the alert above the form when no field of the form shows it.
 */
import type { FieldIssue, Locale } from '@contract';
import { fieldMessage } from '@contract';
import { isWithin, type FieldErrors } from './fieldErrors';

/** What the alert above a form says about a failed call: a title, and the rules not already under a field. */
export interface AlertContent {
  title: string;
  items: string[];
}

export interface PlacedRefusal {
  /** Form path → the message under that field. */
  fields: FieldErrors;
  /** Null when the fields say it all (the form then only points to them). */
  alert: AlertContent | null;
}

/** The parts of a failed call the placement reads (ApiError has them all). */
export interface RefusalLike {
  message: string;
  issues: readonly Pick<FieldIssue, 'path' | 'field' | 'message'>[];
  violations: readonly { message: string }[];
  details: { path?: unknown; [key: string]: unknown };
}

/** A refusal of several rules is summed up: the alert lists every rule, its field points to the alert. */
export interface RefusalWords {
  rulesBroken: (count: number) => string;
  rulesBrokenBelow: (count: number) => string;
}

/**
 * The path an error at `path` shows under: a field of the form, or a cell inside one (a table's row field,
 * which asks for its own exact path). Undefined when the form has no field there.
 */
export function fieldOf(path: string, fieldPaths: readonly string[]): string | undefined {
  return fieldPaths.some((p) => isWithin(path, p)) ? path : undefined;
}

/**
 * Places a refusal on a form whose fields (that show messages) are `fieldPaths`. A form without fields (a
 * card's action) passes none, and everything goes to the alert.
 */
export function placeRefusal(
  error: RefusalLike,
  fieldPaths: readonly string[],
  words: RefusalWords,
  locale: Locale,
): PlacedRefusal {
  const issues =
    error.issues.length > 0
      ? error.issues
      : typeof error.details.path === 'string' && error.details.path !== ''
        ? [{ path: error.details.path, field: '', message: error.message }]
        : [];
  const rules = [...new Set(error.violations.map((v) => v.message))];
  const fields: FieldErrors = {};
  const left: string[] = [];
  const placedLabels: string[] = [];
  for (const issue of issues) {
    const target = fieldOf(issue.path, fieldPaths);
    if (target === undefined) left.push(issue.message);
    else if (!(target in fields)) {
      fields[target] = rules.length > 1 ? words.rulesBrokenBelow(rules.length) : issue.message;
      if (issue.field) placedLabels.push(issue.field);
    }
  }
  if (rules.length > 1) {
    const summary = words.rulesBroken(rules.length);
    const label = placedLabels.length === 1 ? placedLabels[0] : undefined;
    return { fields, alert: { title: label ? fieldMessage(label, summary, locale) : summary, items: rules } };
  }
  const unshown = [...new Set(left)];
  if (Object.keys(fields).length === 0 && unshown.length === 0)
    return { fields, alert: { title: error.message, items: [] } };
  if (unshown.length === 0) return { fields, alert: null };
  if (unshown.length === 1) return { fields, alert: { title: unshown[0]!, items: [] } };
  return { fields, alert: { title: words.rulesBroken(unshown.length), items: unshown } };
}
