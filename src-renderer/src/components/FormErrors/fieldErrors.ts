/**
 * Where an error message goes in a form. The same zod schemas and the same describeIssue as main produce the
 * client-side messages; a refusal from main lands on the same paths (refusal.ts), so both look alike.
 */
import type { FieldIssue, Locale } from '@contract';
import { describeIssue, labelScopeOf } from '@contract';

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

/** True when an error at `errorPath` belongs to the field at `fieldPath` or to something inside it. */
export function isWithin(errorPath: string, fieldPath: string): boolean {
  return errorPath === fieldPath || errorPath.startsWith(`${fieldPath}.`);
}

/** DOM id for a form field; dots are valid in ids but awkward in CSS selectors. */
export function fieldId(formId: string, path: string): string {
  return `${formId}-${path.replace(/\./g, '-')}`;
}
