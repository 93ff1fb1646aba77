import { randomUUID } from 'node:crypto';
import {
  fieldLabel,
  labelScopeOf,
  opLabelScope,
  hasPermission,
  isLocale,
  isOpName,
  ops,
  PERMISSION_LABELS,
  ruleMessage,
  validationError,
  type ApiErrorBody,
  type Envelope,
  type ErrorKind,
  type Locale,
  type OpDef,
} from '../contract/index';
import { AppError } from '../services/app-error';
import type { AppContext, ServiceContext, SessionUser } from '../services/context';
import { logOperation } from '../services/operation-log/index';
import { isDatabaseBusy } from '../db/errors';
import {
  peekSession,
  resolveSession,
  touchSessionInTransaction,
  touchSessionWithoutWaiting,
} from '../services/sessions';
import { handlers } from './handlers';
import { beforeTransaction } from './before-transaction';
import type { ReadUploads } from '../services/spreadsheet/uploads';
import { refuseOutsideFieldWork } from '../services/packs/guard';

/** What the transport knows about the caller, and how it learns of a new or ended session. */
export interface CallContext {
  sessionToken: string | null;
  locale: Locale;
  /** Called after a successful sign-in/setup (token) or sign-out (null), and with null for a dead token. */
  setSessionToken(token: string | null): void;
  /**
   * Reads the call's spreadsheet uploads before its op runs, after the caller was authenticated and the input
   * validated: the browser host does it on a worker thread so a large file never blocks its event loop.
   */
  readUploads?: (op: string, input: unknown) => Promise<ReadUploads | undefined>;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: AppError };

/**
 * The one entry point for every op from every host: authenticate → check permission → validate input → run
 * the service in a transaction (write-locked for mutations) → validate output → envelope. Permission comes
 * before validation so a caller without access learns nothing about an op's input shape.
 */
export async function dispatch(
  app: AppContext,
  op: string,
  input: unknown,
  call: CallContext,
): Promise<Envelope<unknown>> {
  const locale: Locale = isLocale(call.locale) ? call.locale : 'zh';
  if (!isOpName(op)) {
    return failure('Validation', 'op.unknown', locale, { op: String(op).slice(0, 80) });
  }
  const def: OpDef = ops[op];
  // The scope the op's form validates with (contract/index.ts), so main names a field as the form labels it.
  const scope = labelScopeOf(def.input) ?? opLabelScope(op);
  const now = app.clock();
  try {
    const user = resolveUser(app, def, call, now, locale);
    // Hosts may send nothing for an op without parameters.
    const parsed = def.input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error, locale, scope) };
    const uploads = call.readUploads ? await call.readUploads(op, parsed.data) : undefined;

    const before = beforeTransaction[op] as ((a: AppContext, i: unknown) => Promise<unknown>) | undefined;
    const prepared = before ? await before(app, parsed.data) : undefined;
    const ctx: ServiceContext = {
      prepared,
      db: app.db,
      app,
      user,
      now,
      session: { current: call.sessionToken },
      changes: [],
      locale,
      ...(uploads ? { uploads } : {}),
    };
    const handler = handlers[op] as (ctx: ServiceContext, input: unknown) => unknown;
    // Only a mutation takes the write lock (and slides the session inside it); a read runs on a WAL snapshot
    // and never waits behind a writer, even one in another process.
    const signedIn = def.access !== 'public' ? user : null;
    const run = app.db.transaction((): Outcome => {
      if (def.mutation && signedIn) touchSessionInTransaction(app, signedIn, now);
      try {
        if (def.mutation) refuseOutsideFieldWork(ctx, op);
        const value = def.output.parse(handler(ctx, parsed.data));
        // The operation log: a mutation and its entries commit or roll back together.
        if (def.mutation) logOperation(ctx, op, 'succeeded');
        return { ok: true, value };
      } catch (e) {
        // Only sign-in failures ask to keep their writes (the failed-attempt counter, and the failed sign-in
        // or lockout the service recorded for the log); all else rolls back, log entries included.
        if (e instanceof AppError && e.commit) {
          logOperation(ctx, op, 'failed');
          return { ok: false, error: e };
        }
        throw e;
      }
    });
    let outcome: Outcome;
    let touched = false;
    try {
      outcome = def.mutation ? run.immediate() : run.deferred();
      touched = def.mutation;
    } finally {
      // A read, or a refused mutation whose touch rolled back with it: the caller was active all the same.
      if (signedIn && !touched) touchSessionWithoutWaiting(app, signedIn, now);
    }
    if (!outcome.ok) return { ok: false, error: appErrorBody(outcome.error, locale, scope) };
    const value = ctx.afterCommit ? def.output.parse(ctx.afterCommit()) : outcome.value;
    if (ctx.session.next !== undefined) call.setSessionToken(ctx.session.next);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: appErrorBody(e, locale, scope) };
    // The write lock stayed with another connection (a long import) beyond the busy timeout: nothing was
    // done, and trying again later will work.
    if (isDatabaseBusy(e)) return failure('Conflict', 'db.busy', locale, {});
    return internalError(e, op, locale);
  }
}

function resolveUser(app: AppContext, def: OpDef, call: CallContext, now: Date, locale: Locale): SessionUser | null {
  // Public ops (status, sign-in, first run) see the caller if signed in, but neither need nor slide a session.
  if (def.access === 'public') return peekSession(app, call.sessionToken, now);
  let user: SessionUser;
  try {
    user = resolveSession(app, call.sessionToken, now);
  } catch (e) {
    // Tell the transport to forget a token that will never work again (the browser host drops its cookie).
    if (e instanceof AppError && call.sessionToken !== null) call.setSessionToken(null);
    throw e;
  }
  if (def.access !== 'authenticated' && !hasPermission(user.roles, def.access)) {
    const label = PERMISSION_LABELS[def.access]?.[locale] ?? def.access;
    throw new AppError('Forbidden', 'auth.forbidden', { permission: label, permissionKey: def.access });
  }
  return user;
}

function failure(kind: ErrorKind, rule: string, locale: Locale, params: Record<string, unknown>): Envelope<never> {
  return { ok: false, error: { kind, message: ruleMessage(rule, locale, params), details: { rule } } };
}

/** `scope` labels the field as the op's own form does (e.g. budgets:lines → 调整科目, not the application's). */
export function appErrorBody(e: AppError, locale: Locale, scope?: string): ApiErrorBody {
  const violations = localizedViolations(e, locale);
  const list = violations?.map((v, i) => `${i + 1}. ${v.message}`).join(locale === 'zh' ? '；' : '; ');
  const message = ruleMessage(e.rule, locale, list === undefined ? e.params : { ...e.params, list });
  const details: ApiErrorBody['details'] = { rule: e.rule };
  if (violations) details.violations = violations;
  if (typeof e.params.permissionKey === 'string') details.permission = e.params.permissionKey;
  // An import refused as a whole lists every failing cell (already in the caller's language).
  if (Array.isArray(e.params.rowErrors)) details.rowErrors = e.params.rowErrors;
  if (e.field !== undefined) {
    const path = e.field.split('.');
    const field = fieldLabel(path, locale, scope);
    details.field = field;
    // The same shape as schema failures, so a form shows a conflict beside the field like any other error.
    details.issues = [{ path: e.field, field, rule: e.rule, message }];
  }
  return { kind: e.kind, message, details };
}

/** A rule check that failed several ways lists every broken rule ({rule, params}), each in the user's language. */
function localizedViolations(e: AppError, locale: Locale): { rule: string; message: string }[] | undefined {
  const raw = e.params.violations;
  if (!Array.isArray(raw)) return undefined;
  return (raw as { rule: string; params?: Record<string, unknown> }[]).map((v) => ({
    rule: v.rule,
    message: ruleMessage(v.rule, locale, v.params ?? {}),
  }));
}

/** Whatever went wrong has been rolled back; the user gets a reference to quote, the log gets the detail. */
function internalError(e: unknown, op: string, locale: Locale): Envelope<never> {
  const ref = randomUUID().slice(0, 8);
  console.error(`[dispatch] ${op} failed, reference ${ref}:`, e);
  return {
    ok: false,
    error: {
      kind: 'Internal',
      message: ruleMessage('internal.error', locale, { ref }),
      details: { rule: 'internal.error', ref },
    },
  };
}
