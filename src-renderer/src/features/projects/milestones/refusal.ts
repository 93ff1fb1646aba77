import type { Locale } from '@contract';
import { fieldMessage } from '@contract';
import { ApiError } from '../../../api/errors';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';

/**
 * A refusal as the form's alert shows it, naming the field it concerns ("完成日期：…"): main ties a rule to a
 * field in details.issues, and its message names the field itself most of the time; only when it does not is
 * the field's label put in front.
 */
export function namedRefusal(error: ApiError, labels: Readonly<Record<string, string>>, locale: Locale): ApiError {
  const path = error.issues[0]?.path;
  const label = path === undefined ? undefined : labels[path];
  if (label === undefined || error.message.includes(label)) return error;
  return new ApiError({
    kind: error.kind,
    message: fieldMessage(label, error.message, locale),
    details: error.details,
  });
}

export function withNamedRefusal<D>(form: FormApi<D>, labels: Readonly<Record<string, string>>): FormApi<D> {
  return form.serverError ? { ...form, serverError: namedRefusal(form.serverError, labels, form.locale) } : form;
}
