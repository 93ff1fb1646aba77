import type { Locale } from '@contract';
import { formFieldLabel } from '@contract';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/errors';
import { useLocale } from '../../app/i18n';
import { checkSchema, fieldId, isWithin, type FieldErrors, type SchemaLike } from './fieldErrors';
import { placeRefusal, type AlertContent } from './refusal';

export interface FormApi<D> {
  formId: string;
  draft: D;
  locale: Locale;
  /** Replace part of the draft; `paths` name the fields touched, whose server errors are now stale. */
  update: (fn: (d: D) => D, paths?: string[]) => void;
  set: <K extends keyof D & string>(key: K, value: D[K]) => void;
  touch: (path: string) => void;
  errorFor: (path: string) => string | undefined;
  /** A field's label as main names it in this op's errors (contract/fields.ts): the one place labels come from. */
  label: (path: string) => string;
  /** An AmountInput whose text does not parse shows its own message; the form only must not submit. */
  setAmountInvalid: (path: string, invalid: boolean) => void;
  submit: () => Promise<void>;
  submitting: boolean;
  submitted: boolean;
  /** The draft does not pass the schema (or an amount does not parse). */
  invalid: boolean;
  /** The failed call (kind, retry). */
  serverError: ApiError | null;
  /** What the alert above the form says of it; null when its fields say it all. */
  serverAlert: AlertContent | null;
  knownPaths: string[];
}

interface Options<D, Out> {
  formId: string;
  schema: SchemaLike<Out>;
  initial: D | (() => D);
  /** Draft → op input (e.g. dayjs → 'YYYY-MM-DD'); identity by default. */
  toInput?: (draft: D) => unknown;
  onValid: (data: Out) => Promise<unknown>;
  /** The form's fields: a refusal main ties to one of them (or to a cell inside one) is shown under it. */
  knownPaths: string[];
  /** Paths whose refusals from main the form does not show under a field but leaves to the alert above it. */
  alertPaths?: string[];
  /** Checks outside the op schema (e.g. 确认密码 must match), as path → message. */
  extraCheck?: (draft: D, locale: Locale) => FieldErrors;
}

/** Form state validated by the op's own zod schema, with messages placed under the fields they name. */
export function useSchemaForm<D, Out>(opts: Options<D, Out>): FormApi<D> {
  const { formId, schema, toInput, onValid, knownPaths, extraCheck } = opts;
  const locale = useLocale();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(opts.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [server, setServer] = useState<{ errors: FieldErrors; error: ApiError | null; alert: AlertContent | null }>({
    errors: {},
    error: null,
    alert: null,
  });
  const [badAmounts, setBadAmounts] = useState<ReadonlySet<string>>(new Set());

  const check = useMemo(() => {
    const base = checkSchema(schema, toInput ? toInput(draft) : draft, locale);
    const extra = extraCheck ? extraCheck(draft, locale) : {};
    const extraPaths = Object.keys(extra);
    if (extraPaths.length === 0) return base;
    return {
      ok: false as const,
      // A form's own check knows more than the schema about its field (e.g. a criterion's own maximum).
      errors: { ...(base.ok ? {} : base.errors), ...extra },
      order: [...(base.ok ? [] : base.order), ...extraPaths],
    };
  }, [schema, toInput, extraCheck, draft, locale]);

  const update = useCallback((fn: (d: D) => D, paths: string[] = []) => {
    setDraft(fn);
    if (paths.length > 0)
      setServer((s) => {
        const errors = Object.fromEntries(
          Object.entries(s.errors).filter(([p]) => !paths.some((q) => isWithin(p, q) || isWithin(q, p))),
        );
        return { ...s, errors };
      });
  }, []);

  const visible = (path: string) => submitted || [...touched].some((t) => isWithin(t, path) || isWithin(path, t));

  const errorFor = (path: string): string | undefined => {
    if (server.errors[path]) return server.errors[path];
    if (badAmounts.has(path)) return undefined;
    const message = check.errors[path];
    return message && visible(path) ? message : undefined;
  };

  const submit = async () => {
    setSubmitted(true);
    if (badAmounts.size > 0 || !check.ok) {
      const first = check.ok ? [...badAmounts][0] : [...badAmounts, ...check.order][0];
      if (first) document.getElementById(fieldId(formId, first))?.focus();
      return;
    }
    setSubmitting(true);
    setServer({ errors: {}, error: null, alert: null });
    try {
      await onValid(check.data);
    } catch (e) {
      const error = toApiError(e, locale);
      // A field that leaves main's refusal to the alert (a table of lines, say) is not one to place it on.
      const fields = knownPaths.filter((p) => !opts.alertPaths?.includes(p));
      const placed = placeRefusal(
        error,
        fields,
        {
          rulesBroken: (count) => t('common.rulesBroken', { count }),
          rulesBrokenBelow: (count) => t('common.rulesBrokenBelow', { count }),
        },
        locale,
      );
      setServer({ errors: placed.fields, error, alert: placed.alert });
    } finally {
      setSubmitting(false);
    }
  };

  return {
    formId,
    draft,
    locale,
    update,
    set: (key, value) => update((d) => ({ ...d, [key]: value }), [key]),
    touch: (path) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path))),
    errorFor,
    label: (path) => formFieldLabel(schema, path, locale),
    setAmountInvalid: useCallback((path: string, invalid: boolean) => {
      setBadAmounts((s) => {
        if (s.has(path) === invalid) return s;
        const next = new Set(s);
        if (invalid) next.add(path);
        else next.delete(path);
        return next;
      });
    }, []),
    submit,
    submitting,
    submitted,
    invalid: badAmounts.size > 0 || !check.ok,
    serverError: server.error,
    serverAlert: server.alert,
    knownPaths,
  };
}
