import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormApi } from './useSchemaForm';

/** Above the form: the envelope message of a failed save, or a nudge to fix the marked fields. */
export function FormAlert<D>({ form }: { form: FormApi<D> }) {
  const { t } = useTranslation();
  if (form.serverError)
    return <Alert className="form-alert" type="error" showIcon role="alert" title={form.serverError.message} />;
  if (form.submitted && form.invalid)
    return <Alert className="form-alert" type="warning" showIcon role="alert" title={t('common.fixFields')} />;
  return null;
}
