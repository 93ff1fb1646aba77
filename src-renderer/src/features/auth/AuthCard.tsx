import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** The frame of the screens shown before anyone is signed in. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-screen">
      <div className="auth-lang">
        <LanguageSwitch />
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
