import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { useLocale } from '../../app/i18n';
import { placeRefusal, type AlertContent } from './refusal';
import type { FormApi } from './useSchemaForm';

/**
 * Above the form: what a failed save said that no field shows, or a nudge to fix the marked fields. One error
 * appears once: under its field if it has one, else here.
 */
export function FormAlert<D>({ form }: { form: FormApi<D> }) {
  const { t } = useTranslation();
  if (form.serverError && (form.serverAlert || form.serverError.retryable))
    return (
      <ErrorAlert
        className="form-alert"
        error={form.serverError}
        content={form.serverAlert ?? undefined}
        onRetry={() => void form.submit()}
      />
    );
  if (form.serverError || (form.submitted && form.invalid))
    return <Alert className="form-alert" type="warning" showIcon role="alert" title={t('common.fixFields')} />;
  return null;
}

/**
 * A failed call: its message, and for a RuleViolation every rule it names as a list, so the officer sees all
 * that needs fixing at once — each once: a single rule is the title alone, several are summed up in the title
 * and listed beneath. A form passes what its fields leave to say (`content`). A call refused only because the
 * database was busy offers to try again.
 */
export function ErrorAlert({
  error,
  title,
  className,
  content: given,
  onRetry,
}: {
  error: ApiError;
  title?: string;
  className?: string;
  content?: AlertContent;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const content = given ??
    placeRefusal(
      error,
      [],
      {
        rulesBroken: (count) => t('common.rulesBroken', { count }),
        rulesBrokenBelow: (count) => t('common.rulesBrokenBelow', { count }),
      },
      locale,
    ).alert ?? { title: error.message, items: [] };
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
