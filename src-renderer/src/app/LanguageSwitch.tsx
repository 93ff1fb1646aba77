import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLocale, useLocale } from './i18n';

/** 中文 / English. `label` overrides the accessible name where the page already names the choice. */
export function LanguageSwitch({ label }: { label?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Select
      aria-label={label ?? t('header.switchLanguage')}
      // The tooltip names the control in the current language, not the language shown.
      title={t('header.switchLanguage')}
      value={locale}
      style={{ width: 104 }}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
      onChange={(v) => void setLocale(v)}
    />
  );
}
