import type { Permission } from '@contract';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FundProgramDetailPage } from '../features/fund-programs/FundProgramDetailPage';
import { FundProgramEditPage } from '../features/fund-programs/FundProgramEditPage';
import { FundProgramsPage } from '../features/fund-programs/FundProgramsPage';
import { OrganizationDetailPage } from '../features/organizations/OrganizationDetailPage';
import { OrganizationEditPage } from '../features/organizations/OrganizationEditPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UsersPage } from '../features/users/UsersPage';
import { HOME, navigate, type Route } from './router';
import { useSession } from './session';

function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (can(permission)) return children;
  return <Result status="403" title={t('app.forbiddenTitle')} subTitle={t('app.forbidden')} />;
}

/** The screen for a route. The guard only decides what to show; main checks every call anyway. */
export function RouteView({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'list':
      return route.area === 'fundPrograms' ? (
        <Guard permission="fundPrograms.read">
          <FundProgramsPage />
        </Guard>
      ) : (
        <Guard permission="organizations.read">
          <OrganizationsPage />
        </Guard>
      );
    case 'new':
    case 'edit': {
      const id = route.name === 'edit' ? route.id : null;
      return route.area === 'fundPrograms' ? (
        <Guard permission="fundPrograms.manage">
          <FundProgramEditPage key={id ?? 'new'} id={id} />
        </Guard>
      ) : (
        <Guard permission="organizations.manage">
          <OrganizationEditPage key={id ?? 'new'} id={id} />
        </Guard>
      );
    }
    case 'detail':
      return route.area === 'fundPrograms' ? (
        <Guard permission="fundPrograms.read">
          <FundProgramDetailPage id={route.id} />
        </Guard>
      ) : (
        <Guard permission="organizations.read">
          <OrganizationDetailPage id={route.id} />
        </Guard>
      );
    case 'users':
      return (
        <Guard permission="users.manage">
          <UsersPage />
        </Guard>
      );
    case 'settings':
      return <SettingsPage />;
    case 'notFound':
      return (
        <Result
          status="404"
          title={t('app.notFoundTitle')}
          subTitle={t('app.notFound', { path: route.path })}
          extra={<Button onClick={() => navigate(HOME)}>{t('app.home')}</Button>}
        />
      );
  }
}
