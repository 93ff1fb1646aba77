import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { alertContent } from './fieldErrors';
import type { FormApi } from './useSchemaForm';

/**
 * Above the form: what a failed save said that no field shows, or a nudge to fix the marked fields. One error
 * appears once: under its field if it has one, else here.
 */
export function FormAlert<D>({ form }: { form: FormApi<D> }) {
  const { t } = useTranslation();
  if (form.serverError && alertContent(form.serverError, form.serverFieldMessages))
    return (
      <ErrorAlert
        className="form-alert"
        error={form.serverError}
        shown={form.serverFieldMessages}
        onRetry={() => void form.submit()}
      />
    );
  if (form.serverError?.retryable)
    return <ErrorAlert className="form-alert" error={form.serverError} onRetry={() => void form.submit()} />;
  if (form.serverError || (form.submitted && form.invalid))
    return <Alert className="form-alert" type="warning" showIcon role="alert" title={t('common.fixFields')} />;
  return null;
}

/**
 * A failed call: its message, and for a RuleViolation every rule it names as a list, so the officer sees all
 * that needs fixing at once — each once: a single rule is the title alone, and rules `shown` under their
 * fields are left out. A call refused only because the database was busy offers to try again.
 */
export function ErrorAlert({
  error,
  title,
  className,
  shown = [],
  onRetry,
}: {
  error: ApiError;
  title?: string;
  className?: string;
  shown?: readonly string[];
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const content = alertContent({ message: error.message, violations: error.violations }, shown) ?? {
    title: error.message,
    items: [],
  };
  return (
    <Alert
      className={className}
      action={
        error.retryable && onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      type="error"
      showIcon
      role="alert"
      // A caller's heading (第 2 期“确认拨付”未执行) keeps the rule beneath it; without one the rule is the title.
      title={title ?? content.title}
      description={
        content.items.length > 0 ? (
          <ul className="violations">
            {content.items.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : title !== undefined && title !== content.title ? (
          content.title
        ) : undefined
      }
    />
  );
}
