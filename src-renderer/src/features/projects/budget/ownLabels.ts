import type { Locale } from '@contract';
import { useTranslation } from 'react-i18next';
import { fieldLabel, fieldMessage, labelScopeOf } from '@contract';
import { ApiError } from '../../../api/errors';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';
import { relabel, withLabels, type Labels } from '../tranches/formLabels';

/** "lines.3.amountFen" → ['lines', 'amountFen']: main's labels are keyed without array indices. */
const labelPath = (path: string) => path.split('.').filter((k) => !/^\d+$/.test(k));

/**
 * "理由：不能为空" → "调整原因：不能为空". Main names a field by its own catalogue (scoped by the op's area), which
 * may word it differently from this form ("支出日期" for what the reversal form calls 冲销日期); the message then
 * names the field as the form shows it. A message naming neither is left alone.
 */
export function ownLabel(
  message: string,
  path: string,
  label: string,
  locale: Locale,
  scope: string | undefined,
): string {
  const mains = fieldLabel(labelPath(path), locale, scope);
  const swapped = relabel(message, mains, label, locale);
  return swapped === message ? relabel(message, path, label, locale) : swapped;
}

/** How a refusal that breaks several rules is summed up; each rule is listed in full in the alert. */
export interface Summaries {
  /** The alert's title, after the field's label: "2 项规则未通过". */
  title: (count: number) => string;
  /** Under the field: "2 项规则未通过，见上方". */
  field: (count: number) => string;
}

/**
 * The form with each message naming its field by the form's own labels: main's label or the raw path is
 * replaced, and a server refusal tied to a field says which (withLabels). A refusal naming several rules is
 * summed up in the title and under the field, as the alert lists every rule anyway.
 */
export function withOwnLabels<D>(form: FormApi<D>, labels: Labels, schema: object, sum: Summaries): FormApi<D> {
  const scope = labelScopeOf(schema);
  const named = withLabels(form, labels);
  const error = named.serverError;
  const path = error?.issues[0]?.path;
  const label = path === undefined ? undefined : labels[path];
  const many = error !== null && error.violations.length > 1 ? error.violations.length : 0;
  let serverError = error;
  if (error && many > 0) {
    const title = label === undefined ? sum.title(many) : fieldMessage(label, sum.title(many), form.locale);
    serverError = new ApiError({ kind: error.kind, message: title, details: error.details });
  } else if (error && path !== undefined && label !== undefined) {
    // withLabels put our label in front; main's own naming of the same field behind it goes.
    const prefix = fieldMessage(label, '', form.locale);
    if (error.message.startsWith(prefix)) {
      const inner = ownLabel(error.message.slice(prefix.length), path, label, form.locale, scope);
      if (inner.startsWith(prefix))
        serverError = new ApiError({ kind: error.kind, message: inner, details: error.details });
    }
  }
  return {
    ...named,
    serverError,
    errorFor: (p) => {
      if (many > 0 && p === path && form.errorFor(p) !== undefined) return sum.field(many);
      const message = named.errorFor(p);
      const own = labels[p];
      return message === undefined || own === undefined ? message : ownLabel(message, p, own, form.locale, scope);
    },
  };
}

/** withOwnLabels with this app's wording for several broken rules. */
export function useOwnLabels<D>(form: FormApi<D>, labels: Labels, schema: object): FormApi<D> {
  const { t } = useTranslation();
  return withOwnLabels(form, labels, schema, {
    title: (count) => t('budget.rulesBroken', { count }),
    field: (count) => t('budget.rulesBrokenBelow', { count }),
  });
}
