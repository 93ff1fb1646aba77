import type { ErrorKind } from '../contract/errors';
import type { ServiceContext, SessionUser } from './context';

/** Internal is reserved for the unexpected; everything a service means to say has a kind and a rule. */
export type AppErrorKind = Exclude<ErrorKind, 'Internal'>;

/**
 * A domain failure: `rule` is a key of RULE_MESSAGES, `params` fill its placeholders, `field` is the input
 * path the failure belongs to (so a form can show it beside the field). Dispatch turns it into the envelope.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  /**
   * Keep the transaction's writes although the call fails. Only sign-in uses it: a wrong password must
   * still count towards the lockout.
   */
  readonly commit: boolean;

  constructor(
    readonly kind: AppErrorKind,
    readonly rule: string,
    readonly params: Record<string, unknown> = {},
    readonly field?: string,
    opts: { commit?: boolean } = {},
  ) {
    super(`${kind}: ${rule}`);
    this.commit = opts.commit ?? false;
  }
}

export function notFound(rule: string, id: number): AppError {
  return new AppError('NotFound', rule, { id });
}

export function requireUser(ctx: ServiceContext): SessionUser {
  if (!ctx.user) throw new AppError('Unauthenticated', 'auth.required');
  return ctx.user;
}

export function nowIso(ctx: ServiceContext): string {
  return ctx.now.toISOString();
}
