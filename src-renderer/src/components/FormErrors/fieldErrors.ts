/**
 * Where an error message goes in a form. The same zod schemas and the same describeIssue as main produce the
 * client-side messages; server envelopes are mapped onto the same paths, so both look alike.
 */
import type { FieldIssue, Locale } from '@contract';
import { describeIssue, fieldLabel, labelScopeOf } from '@contract';

export type FieldErrors = Record<string, string>;

type Issue = Parameters<typeof describeIssue>[0];
/** The part of a zod schema a form needs; keeps zod itself out of the renderer's imports. */
export interface SchemaLike<Out> {
  safeParse(value: unknown): { success: true; data: Out } | { success: false; error: { issues: Issue[] } };
}

/** First message per path: one clear message under a field beats a stack of them. */
export function issuesToErrors(issues: readonly Pick<FieldIssue, 'path' | 'message'>[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) if (!(issue.path in out)) out[issue.path] = issue.message;
  return out;
}

export type SchemaCheck<Out> =
  { ok: true; data: Out; errors: FieldErrors } | { ok: false; errors: FieldErrors; order: string[] };

/**
 * Validates a draft with the op's schema. The contract's object-level rules (a credit code's check character,
 * central funds' management fee) run even while unrelated fields are invalid, so one pass finds everything.
 */
export function checkSchema<Out>(schema: SchemaLike<Out>, value: unknown, locale: Locale): SchemaCheck<Out> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, data: r.data, errors: {} };
  const scope = labelScopeOf(schema);
  const described = r.error.issues.map((i) => describeIssue(i, locale, scope));
  return { ok: false, errors: issuesToErrors(described), order: described.map((i) => i.path) };
}

/** The error body of a failed call, as far as the form needs it. */
export interface ServerErrorLike {
  issues: readonly FieldIssue[];
  details: { field?: unknown; path?: unknown; issues?: unknown };
  message: string;
}

/**
 * Field errors from a failed call: details.issues by path; otherwise a single details.path, or a
 * details.field label that matches one of the form's fields (e.g. a duplicate credit code, a Conflict).
 */
export function serverErrors(err: ServerErrorLike, knownPaths: readonly string[], locale: Locale): FieldErrors {
  if (err.issues.length > 0) return issuesToErrors(err.issues);
  const { path, field } = err.details;
  if (typeof path === 'string' && path !== '') return { [path]: err.message };
  if (typeof field === 'string' && field !== '') {
    const hit = knownPaths.find((p) => fieldLabel(p.split('.'), locale) === field);
    if (hit) return { [hit]: err.message };
  }
  return {};
}

/** True when an error at `errorPath` belongs to the field at `fieldPath` or to something inside it. */
export function isWithin(errorPath: string, fieldPath: string): boolean {
  return errorPath === fieldPath || errorPath.startsWith(`${fieldPath}.`);
}

/** DOM id for a form field; dots are valid in ids but awkward in CSS selectors. */
export function fieldId(formId: string, path: string): string {
  return `${formId}-${path.replace(/\./g, '-')}`;
}

/** What the alert above a form says about a failed call: a title, and the rules not already under a field. */
export interface AlertContent {
  title: string;
  items: string[];
}

/**
 * Each message once: a message already under its field is not repeated in the alert, and a single rule is the
 * alert's title, not also a bullet under it. Null when every message is under a field already.
 */
export function alertContent(
  error: { message: string; violations: readonly { message: string }[] },
  onFields: readonly string[],
): AlertContent | null {
  const shown = new Set(onFields);
  const items = [...new Set(error.violations.map((v) => v.message))].filter((m) => !shown.has(m));
  if (items.length === 0) return shown.size > 0 ? null : { title: error.message, items };
  if (items.length === 1 && (items[0] === error.message || error.violations.length === 1))
    return { title: items[0]!, items: [] };
  return { title: error.message, items };
}
