import { Alert, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';

/**
 * What a screen shows while its record loads, or when loading failed (with main's message, and a retry button
 * when the failure was only a busy database).
 */
export function QueryState({
  pending,
  error,
  onRetry,
}: {
  pending: boolean;
  error: ApiError | null;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={error.message}
        action={
          error.retryable && onRetry ? (
            <Button size="small" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : undefined
        }
      />
    );
  if (pending)
    return (
      <div className="query-loading" role="status">
        <Spin /> <span>{t('common.loading')}</span>
      </div>
    );
  return null;
}
