import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLocale, useLocale } from '../../app/i18n';

/** The frame of the screens shown before anyone is signed in. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="auth-screen">
      <div className="auth-lang">
        {/* A native select, not antd's: the sign-in screen is drawn without antd so it appears at once. */}
        <select
          className="plain-select"
          aria-label={t('header.switchLanguage')}
          title={t('header.switchLanguage')}
          value={locale}
          onChange={(e) => void setLocale(e.target.value === 'en' ? 'en' : 'zh')}
        >
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </div>
      {/* Plain elements, not antd's Card and Typography: those bring Tabs and Menu into the sign-in script. */}
      <section className="auth-card">
        <div className="auth-secondary">{t('app.name')}</div>
        <h1 className="auth-title">{title}</h1>
        {intro ? <p className="auth-secondary">{intro}</p> : null}
        {children}
      </section>
    </div>
  );
}
