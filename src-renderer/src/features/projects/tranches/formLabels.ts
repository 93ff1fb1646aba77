import type { Locale } from '@contract';
import { fieldMessage } from '@contract';
import { ApiError } from '../../../api/errors';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';

export type Labels = Readonly<Record<string, string>>;

/**
 * "voucherNo：不能为空" → "拨付凭证号：不能为空". Main's field catalogue does not name every tranche op field yet,
 * and then a message carries the raw path; the form names the field as the user sees it. A message that
 * already names its field is left alone, so this does nothing once main labels the field itself.
 */
export function relabel(message: string, path: string, label: string, locale: Locale): string {
  const raw = fieldMessage(path, '', locale);
  return message.startsWith(raw) ? fieldMessage(label, message.slice(raw.length), locale) : message;
}

/**
 * A refusal of the dialog's call, naming the field it concerns in the alert ("凭证日期：日期 … 晚于今天"): main
 * ties a rule to a field in details.issues, but its message is the rule alone.
 */
export function namedServerError(error: ApiError, labels: Labels, locale: Locale): ApiError {
  const path = error.issues[0]?.path;
  const label = path === undefined ? undefined : labels[path];
  if (path === undefined || label === undefined) return error;
  const message = relabel(error.message, path, label, locale);
  const named = message.startsWith(fieldMessage(label, '', locale)) ? message : fieldMessage(label, message, locale);
  return new ApiError({ kind: error.kind, message: named, details: error.details });
}

/** The form with every message naming its field by the dialog's labels. */
export function withLabels<D>(form: FormApi<D>, labels: Labels): FormApi<D> {
  return {
    ...form,
    errorFor: (path) => {
      const message = form.errorFor(path);
      const label = labels[path];
      return message === undefined || label === undefined ? message : relabel(message, path, label, form.locale);
    },
    serverError: form.serverError ? namedServerError(form.serverError, labels, form.locale) : null,
  };
}
