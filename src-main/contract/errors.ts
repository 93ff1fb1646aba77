/**
 * Errors are data: every failure that crosses the dispatch boundary is one of these kinds, with a message
 * already in the user's language that names the field and the rule.
 */
export const ERROR_KINDS = [
  'Validation',
  'Unauthenticated',
  'Forbidden',
  'NotFound',
  'Conflict',
  'RuleViolation',
  'Internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface FieldIssue {
  /** Dotted path of the field in the op input, e.g. "ruleSet.categories.0.name". */
  path: string;
  /** Localized field label, e.g. "统一社会信用代码". */
  field: string;
  /** Stable rule key, e.g. "creditCode.check"; the UI may key on it, tests assert it. */
  rule: string;
  message: string;
}

export interface ErrorDetails {
  rule?: string;
  field?: string;
  issues?: FieldIssue[];
  [key: string]: unknown;
}

export interface ApiErrorBody {
  kind: ErrorKind;
  message: string;
  details?: ErrorDetails;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];
export function isLocale(v: unknown): v is Locale {
  return v === 'zh' || v === 'en';
}
