import type { Locale } from '@contract';
import { ops } from '@contract';
import type { ApiError } from '../../api/errors';
import { checkSchema, type FieldErrors } from '../../components/FormErrors/fieldErrors';
import { placeRefusal } from '../../components/FormErrors/refusal';

/**
 * The sign-in form's checks, by the op's own schema and main's field labels, as every other form has them. Fetched
 * with the signed-in frame while the user types (or by 登录, if it comes first), not with the screen.
 */
export type SignInDraft = { username: string; password: string };

export function checkSignIn(
  draft: SignInDraft,
  locale: Locale,
): { ok: true; input: SignInDraft } | { ok: false; errors: FieldErrors } {
  const r = checkSchema(ops['auth.signIn'].input, draft, locale);
  return r.ok ? { ok: true, input: r.data } : { ok: false, errors: r.errors };
}

/** Main's refusal placed under the field it names, if it names one. */
export function signInServerErrors(error: ApiError, locale: Locale): FieldErrors {
  // A sign-in refusal breaks one rule at most, so the several-rules wording is never shown here.
  const one = () => error.message;
  return placeRefusal(error, ['username', 'password'], { rulesBroken: one, rulesBrokenBelow: one }, locale).fields;
}
