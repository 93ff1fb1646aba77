import type { ApiErrorBody, ErrorDetails, ErrorKind, FieldIssue, ImportRowError, Locale } from '@contract';
// The module, not the contract's index: the sign-in screen loads this without every op's schema.
import { ERROR_KINDS } from '@contract/errors';

/** A failed call, as main described it: the kind, a message in the user's language, and details. */
export class ApiError extends Error {
  readonly kind: ErrorKind;
  readonly details: ErrorDetails;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.kind = body.kind;
    this.details = body.details ?? {};
  }

  /**
   * Nothing was done because another program (a long import) held the database's write lock; the same call
   * will work a little later, so the UI offers to try again.
   */
  get retryable(): boolean {
    return this.kind === 'Conflict' && this.details.rule === 'db.busy';
  }

  /** Per-field problems, if main attached any (Validation errors always do). */
  get issues(): FieldIssue[] {
    const list = this.details.issues;
    return Array.isArray(list) ? list : [];
  }

  /** The spreadsheet rows a refused import names (details.rowErrors): 行号, 列名, 原因. */
  get rowErrors(): ImportRowError[] {
    const list = this.details.rowErrors;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (e): e is ImportRowError =>
        typeof e === 'object' &&
        e !== null &&
        Number.isInteger((e as ImportRowError).row) &&
        typeof (e as ImportRowError).column === 'string' &&
        typeof (e as ImportRowError).message === 'string',
    );
  }

  /** Every rule a RuleViolation names (details.violations), e.g. all that block a submission. */
  get violations(): Violation[] {
    const list = this.details.violations;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (v): v is Violation =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as Violation).rule === 'string' &&
        typeof (v as Violation).message === 'string',
    );
  }
}

export interface Violation {
  rule: string;
  message: string;
}

const LOCAL_MESSAGES = {
  badResponse: {
    zh: '服务返回了无法识别的响应（HTTP {status}），操作可能未执行',
    en: 'the service sent an unreadable answer (HTTP {status}); the operation may not have run',
  },
  unreachable: {
    zh: '无法连接到服务：{reason}',
    en: 'cannot reach the service: {reason}',
  },
  unexpected: { zh: '意外错误：{reason}', en: 'unexpected error: {reason}' },
} as const;

export function localError(
  key: keyof typeof LOCAL_MESSAGES,
  locale: Locale,
  params: Record<string, string | number> = {},
): ApiErrorBody {
  const message = LOCAL_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  return { kind: 'Internal', message, details: { rule: `client.${key}` } };
}

/** Anything thrown inside the app, as an ApiError, so every error surface has one shape to show. */
export function toApiError(e: unknown, locale: Locale): ApiError {
  if (e instanceof ApiError) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new ApiError(localError('unexpected', locale, { reason }));
}

/** Checks an untrusted value (IPC or HTTP body) really is an envelope before the app relies on it. */
export function isEnvelope(v: unknown): v is { ok: true; value: unknown } | { ok: false; error: ApiErrorBody } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (o.ok === true) return 'value' in o;
  if (o.ok !== false || typeof o.error !== 'object' || o.error === null) return false;
  const e = o.error as Record<string, unknown>;
  return typeof e.message === 'string' && (ERROR_KINDS as readonly unknown[]).includes(e.kind);
}
