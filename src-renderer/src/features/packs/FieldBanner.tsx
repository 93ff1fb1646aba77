import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { routeHash } from '../../app/router';
import { formatTimestamp } from '../../components/format';
import './packs.css';

/**
 * On every page of a field database: which pack it is and what can be done here, so nobody takes its empty
 * lists for the office's data. Nothing shows on an office database.
 */
export function FieldBanner() {
  const { t } = useTranslation();
  const field = useOp('packs.field', {}).data;
  if (!field) return null;
  return (
    <Alert
      className="field-banner"
      type="warning"
      showIcon
      role="region"
      aria-label={t('packs.fieldWork.title')}
      title={t('packs.fieldWork.banner', {
        packNo: field.packNo,
        by: field.exportedBy,
        at: formatTimestamp(field.exportedAt),
        inspectors: field.inspectors.join(t('supervision.listSep')),
      })}
      description={t('packs.fieldWork.bannerDetail')}
      action={<Button href={routeHash({ name: 'packs' })}>{t('packs.fieldWork.open')}</Button>}
    />
  );
}
