import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/errors';
import { useLocale } from '../../app/i18n';
import { setSignedInUser } from '../../app/session';
import { AuthCard } from './AuthCard';
import { PlainAlert, PlainField } from './PlainControls';
import type { SignInDraft } from './signInRules';

type Path = keyof SignInDraft;
const ID: Record<Path, string> = { username: 'sign-in-username', password: 'sign-in-password' };

/**
 * The first screen most days, so it is drawn with plain elements (no antd, no schemas in its script): it appears
 * at once, and the signed-in frame loads while the user types.
 */
/**
 * The form's checks (the op's schema, with the contract): fetched with the signed-in frame while the user types,
 * so 登录 does not wait for them before it can send the sign-in.
 */
export const loadSignInRules = () => import('./signInRules');

export function SignInPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const client = useQueryClient();
  const [draft, setDraft] = useState<SignInDraft>({ username: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Path, string>>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [reveal, setReveal] = useState(false);
  useLayoutEffect(() => void performance.mark('grants:sign-in-drawn'), []);

  const change = (path: Path, value: string) => {
    setDraft((d) => ({ ...d, [path]: value }));
    // A message about the old text would be stale.
    setErrors((e) => (e[path] ? { ...e, [path]: undefined } : e));
  };

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    try {
      const rules = await loadSignInRules();
      const checked = rules.checkSignIn(draft, locale);
      if (!checked.ok) {
        setErrors(checked.errors);
        setFailure(null);
        const first = (['username', 'password'] as const).find((p) => checked.errors[p]);
        if (first) document.getElementById(ID[first])?.focus();
        return;
      }
      setErrors({});
      setFailure(null);
      try {
        const { user } = await call('auth.signIn', checked.input);
        // First: it clears the previous user's cached answers, then the gate may ask for the new user's.
        setSignedInUser(client, user);
        onSignedIn();
      } catch (e) {
        const error = toApiError(e, locale);
        const onFields = rules.signInServerErrors(error, locale);
        setErrors(onFields);
        setFailure(Object.keys(onFields).length > 0 ? null : error);
      }
    } catch (e) {
      // The check itself could not load (the service went away): say so rather than do nothing.
      setFailure(toApiError(e, locale));
    } finally {
      setSubmitting(false);
    }
  };

  const control = (path: Path) => ({
    id: ID[path],
    className: errors[path] ? 'plain-input plain-input-error' : 'plain-input',
    value: draft[path],
    'aria-invalid': Boolean(errors[path]),
    'aria-describedby': errors[path] ? `${ID[path]}-error` : undefined,
    onChange: (e: { target: { value: string } }) => change(path, e.target.value),
  });

  return (
    <AuthCard title={t('auth.signInTitle')}>
      {notice && !failure ? <PlainAlert type="warning">{notice}</PlainAlert> : null}
      {failure ? (
        <PlainAlert
          type="error"
          action={
            failure.retryable ? (
              <button type="button" className="plain-button plain-button-small" onClick={() => void submit()}>
                {t('common.retry')}
              </button>
            ) : undefined
          }
        >
          {failure.message}
        </PlainAlert>
      ) : null}
      <form
        className="plain-form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void submit();
        }}
      >
        <PlainField id={ID.username} label={t('auth.username')} error={errors.username}>
          <input {...control('username')} autoComplete="username" autoFocus />
        </PlainField>
        <PlainField id={ID.password} label={t('auth.password')} error={errors.password}>
          <span className={errors.password ? 'plain-affix plain-input-error' : 'plain-affix'}>
            <input
              {...control('password')}
              className="plain-affix-input"
              type={reveal ? 'text' : 'password'}
              autoComplete="current-password"
            />
            <button
              type="button"
              className="plain-reveal"
              aria-label={t('auth.showPassword')}
              aria-pressed={reveal}
              onClick={() => setReveal((r) => !r)}
            >
              <EyeIcon open={reveal} />
            </button>
          </span>
        </PlainField>
        <button type="submit" className="plain-button plain-button-primary" aria-busy={submitting}>
          {submitting ? <span className="plain-button-spin" aria-hidden="true" /> : null}
          {t('auth.signIn')}
        </button>
      </form>
    </AuthCard>
  );
}

function EyeIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="1.8" />
      {open ? null : <path d="M3 3l18 18" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />}
    </svg>
  );
}
