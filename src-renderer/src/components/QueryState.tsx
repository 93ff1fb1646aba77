import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';

/** What a screen shows while its record loads, or when loading failed (with main's message). */
export function QueryState({ pending, error }: { pending: boolean; error: ApiError | null }) {
  const { t } = useTranslation();
  if (error) return <Alert type="error" showIcon role="alert" title={error.message} />;
  if (pending)
    return (
      <div className="query-loading" role="status">
        <Spin /> <span>{t('common.loading')}</span>
      </div>
    );
  return null;
}
