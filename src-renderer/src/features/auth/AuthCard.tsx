import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/HeaderBar';

/** The frame of the screens shown before anyone is signed in. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-screen">
      <div className="auth-lang">
        <LanguageSwitch />
      </div>
      <Card className="auth-card">
        <Typography.Text type="secondary">{t('app.name')}</Typography.Text>
        <Typography.Title level={3} className="auth-title">
          {title}
        </Typography.Title>
        {intro ? <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph> : null}
        {children}
      </Card>
    </div>
  );
}
