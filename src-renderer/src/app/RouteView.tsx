import type { Permission } from '@contract';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplicationDetailPage } from '../features/applications/ApplicationDetailPage';
import { ApplicationEditPage } from '../features/applications/ApplicationEditPage';
import { ApplicationsPage } from '../features/applications/ApplicationsPage';
import { FinanceQueuePage } from '../features/finance/FinanceQueuePage';
import { FundProgramDetailPage } from '../features/fund-programs/FundProgramDetailPage';
import { FundProgramEditPage } from '../features/fund-programs/FundProgramEditPage';
import { FundProgramsPage } from '../features/fund-programs/FundProgramsPage';
import { LogPage } from '../features/log/LogPage';
import { OrganizationDetailPage } from '../features/organizations/OrganizationDetailPage';
import { OrganizationEditPage } from '../features/organizations/OrganizationEditPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { PeriodsPage } from '../features/periods/PeriodsPage';
import { ProjectFinancePage } from '../features/projects/ProjectFinancePage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { ReviewPage } from '../features/reviews/ReviewPage';
import { ReviewQueuePage } from '../features/reviews/ReviewQueuePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UsersPage } from '../features/users/UsersPage';
import { HomePage } from '../features/home/HomePage';
import { MilestoneQueuePage } from '../features/home/MilestoneQueuePage';
import { HOME, navigate, type Area, type Route } from './router';
import { useSession } from './session';

function Guard({ permission, children }: { permission: Permission | Permission[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const any = Array.isArray(permission) ? permission : [permission];
  if (any.some(can)) return children;
  return <Result status="403" title={t('app.forbiddenTitle')} subTitle={t('app.forbidden')} />;
}

/** Per area: who may read and who may edit, and the screens. */
const AREAS: Record<
  Area,
  {
    read: Permission;
    write: Permission;
    list: () => ReactNode;
    detail: (id: number) => ReactNode;
    /** The create (null) or edit form. */
    form: (id: number | null) => ReactNode;
  }
> = {
  fundPrograms: {
    read: 'fundPrograms.read',
    write: 'fundPrograms.manage',
    list: () => <FundProgramsPage />,
    detail: (id) => <FundProgramDetailPage id={id} />,
    form: (id) => <FundProgramEditPage key={id ?? 'new'} id={id} />,
  },
  organizations: {
    read: 'organizations.read',
    write: 'organizations.manage',
    list: () => <OrganizationsPage />,
    detail: (id) => <OrganizationDetailPage id={id} />,
    form: (id) => <OrganizationEditPage key={id ?? 'new'} id={id} />,
  },
  applications: {
    read: 'applications.read',
    write: 'applications.edit',
    list: () => <ApplicationsPage />,
    detail: (id) => <ApplicationDetailPage key={id} id={id} />,
    form: (id) => <ApplicationEditPage key={id ?? 'new'} id={id} />,
  },
};

/** The screen for a route. The guard only decides what to show; main checks every call anyway. */
export function RouteView({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'list':
      return <Guard permission={AREAS[route.area].read}>{AREAS[route.area].list()}</Guard>;
    case 'new':
    case 'edit':
      return (
        <Guard permission={AREAS[route.area].write}>
          {AREAS[route.area].form(route.name === 'edit' ? route.id : null)}
        </Guard>
      );
    case 'detail':
      return <Guard permission={AREAS[route.area].read}>{AREAS[route.area].detail(route.id)}</Guard>;
    case 'reviews':
      return (
        <Guard permission="applications.score">
          <ReviewQueuePage />
        </Guard>
      );
    case 'review':
      return (
        <Guard permission="applications.score">
          <ReviewPage key={route.id} id={route.id} />
        </Guard>
      );
    case 'finance':
      return (
        <Guard permission={['applications.financeReview', 'applications.approve']}>
          <FinanceQueuePage />
        </Guard>
      );
    case 'periods':
      return (
        <Guard permission="applications.read">
          <PeriodsPage />
        </Guard>
      );
    case 'projects':
      return (
        <Guard permission="applications.read">
          <ProjectsPage />
        </Guard>
      );
    case 'project':
      return (
        <Guard permission="applications.read">
          <ProjectFinancePage key={route.id} id={route.id} tab={route.tab} />
        </Guard>
      );
    case 'log':
      return (
        <Guard permission="log.read">
          <LogPage />
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
    case 'home':
      return <HomePage />;
    case 'milestones':
      return (
        <Guard permission="applications.read">
          <MilestoneQueuePage />
        </Guard>
      );
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
