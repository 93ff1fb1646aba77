import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import type { FormApi } from './useSchemaForm';

/** Above the form: the envelope message of a failed save, or a nudge to fix the marked fields. */
export function FormAlert<D>({ form }: { form: FormApi<D> }) {
  const { t } = useTranslation();
  if (form.serverError)
    return <ErrorAlert className="form-alert" error={form.serverError} onRetry={() => void form.submit()} />;
  if (form.submitted && form.invalid)
    return <Alert className="form-alert" type="warning" showIcon role="alert" title={t('common.fixFields')} />;
  return null;
}

/**
 * A failed call: its message, and for a RuleViolation every rule it names as a list, so the officer sees all
 * that needs fixing at once. A call refused only because the database was busy offers to try again.
 */
export function ErrorAlert({
  error,
  title,
  className,
  onRetry,
}: {
  error: ApiError;
  title?: string;
  className?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const all = error.violations;
  const heading = all.length > 0 ? (title ?? error.message) : error.message;
  // A single rule the heading already says in full is not said again beneath it.
  const violations = all.length === 1 && heading.includes(all[0]!.message) ? [] : all;
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
      title={heading}
      description={
        violations.length > 0 ? (
          <ul className="violations">
            {violations.map((v, i) => (
              <li key={`${v.rule}-${i}`}>{v.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
