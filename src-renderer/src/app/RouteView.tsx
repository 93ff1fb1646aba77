import type { Permission } from '@contract';
import { Button, Result, Spin } from 'antd';
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HOME, navigate, type Area, type Route } from './router';
import { useSession } from './session';
import { screenChunk } from './screenChunk';

/**
 * Every screen is its own chunk, fetched the first time it is opened, so the sign-in screen and the first page
 * do not wait for the code of all the others. A screen is added with one line here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a screen's props are its own; lazy() requires any
function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return screenChunk(load, name);
}

const ApplicationDetailPage = lazyPage(
  () => import('../features/applications/ApplicationDetailPage'),
  'ApplicationDetailPage',
);
const ApplicationEditPage = lazyPage(
  () => import('../features/applications/ApplicationEditPage'),
  'ApplicationEditPage',
);
const ApplicationsPage = lazyPage(() => import('../features/applications/ApplicationsPage'), 'ApplicationsPage');
const FinanceQueuePage = lazyPage(() => import('../features/finance/FinanceQueuePage'), 'FinanceQueuePage');
const FundProgramDetailPage = lazyPage(
  () => import('../features/fund-programs/FundProgramDetailPage'),
  'FundProgramDetailPage',
);
const FundProgramEditPage = lazyPage(
  () => import('../features/fund-programs/FundProgramEditPage'),
  'FundProgramEditPage',
);
const FundProgramsPage = lazyPage(() => import('../features/fund-programs/FundProgramsPage'), 'FundProgramsPage');
const LogPage = lazyPage(() => import('../features/log/LogPage'), 'LogPage');
const OrganizationDetailPage = lazyPage(
  () => import('../features/organizations/OrganizationDetailPage'),
  'OrganizationDetailPage',
);
const OrganizationEditPage = lazyPage(
  () => import('../features/organizations/OrganizationEditPage'),
  'OrganizationEditPage',
);
const OrganizationsPage = lazyPage(() => import('../features/organizations/OrganizationsPage'), 'OrganizationsPage');
const PeriodsPage = lazyPage(() => import('../features/periods/PeriodsPage'), 'PeriodsPage');
const ProjectFinancePage = lazyPage(() => import('../features/projects/ProjectFinancePage'), 'ProjectFinancePage');
const ProjectsPage = lazyPage(() => import('../features/projects/ProjectsPage'), 'ProjectsPage');
const ReviewPage = lazyPage(() => import('../features/reviews/ReviewPage'), 'ReviewPage');
const ReviewQueuePage = lazyPage(() => import('../features/reviews/ReviewQueuePage'), 'ReviewQueuePage');
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const UsersPage = lazyPage(() => import('../features/users/UsersPage'), 'UsersPage');
const HomePage = lazyPage(() => import('../features/home/HomePage'), 'HomePage');
const MilestoneQueuePage = lazyPage(() => import('../features/home/MilestoneQueuePage'), 'MilestoneQueuePage');
const DrawsPage = lazyPage(() => import('../features/draws/DrawsPage'), 'DrawsPage');
const SupervisionPage = lazyPage(() => import('../features/supervision/SupervisionPage'), 'SupervisionPage');
const InspectionPage = lazyPage(() => import('../features/supervision/InspectionPage'), 'InspectionPage');
const EvaluationsPage = lazyPage(() => import('../features/evaluations/EvaluationsPage'), 'EvaluationsPage');
const EvaluationPage = lazyPage(() => import('../features/evaluations/EvaluationPage'), 'EvaluationPage');
const PacksPage = lazyPage(() => import('../features/packs/PacksPage'), 'PacksPage');
const FieldInspectionPage = lazyPage(() => import('../features/packs/FieldInspectionPage'), 'FieldInspectionPage');
const IndicatorSystemPage = lazyPage(
  () => import('../features/evaluations/IndicatorSystemPage'),
  'IndicatorSystemPage',
);
const ReportVerifyPage = lazyPage(() => import('../features/reports/ReportVerifyPage'), 'ReportVerifyPage');

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

/** The screen for a route, with a spinner while its chunk loads the first time. */
export function RouteView({ route }: { route: Route }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Spin className="route-loading" aria-label={t('common.loading')} />}>
      <Screen route={route} />
    </Suspense>
  );
}

/** The guard only decides what to show; main checks every call anyway. */
function Screen({ route }: { route: Route }) {
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
    case 'draws':
      return (
        <Guard permission="applications.read">
          <DrawsPage />
        </Guard>
      );
    case 'supervision':
      return (
        <Guard permission="applications.read">
          <SupervisionPage />
        </Guard>
      );
    case 'inspection':
      return (
        <Guard permission="applications.read">
          <InspectionPage key={route.id} id={route.id} />
        </Guard>
      );
    case 'evaluations':
      return (
        <Guard permission="applications.read">
          <EvaluationsPage />
        </Guard>
      );
    case 'evaluation':
      return (
        <Guard permission="applications.read">
          <EvaluationPage key={route.id} id={route.id} />
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
    case 'reportVerify':
      return (
        <Guard permission="applications.read">
          <ReportVerifyPage />
        </Guard>
      );
    case 'packs':
      return (
        <Guard permission="inspections.record">
          <PacksPage />
        </Guard>
      );
    case 'fieldInspection':
      return (
        <Guard permission="inspections.record">
          <FieldInspectionPage id={route.id} />
        </Guard>
      );
    case 'indicatorSystems':
      return (
        <Guard permission="fundPrograms.read">
          <IndicatorSystemPage />
        </Guard>
      );
  }
}

/**
 * The screens a day's work opens first (the lists behind the menu and a project's money), fetched while the
 * user reads the home screen, so the first click on them waits for neither their code nor its parsing.
 */
export const COMMON_SCREENS = [ApplicationsPage, ProjectsPage, FinanceQueuePage, ProjectFinancePage, FundProgramsPage];
