import {
  AimOutlined,
  AuditOutlined,
  BankOutlined,
  FileTextOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  LockOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  FileProtectOutlined,
  ContainerOutlined,
  ApartmentOutlined,
} from '@ant-design/icons';
import type { Permission } from '@contract';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { App as AntApp, Layout, Menu, type MenuProps } from 'antd';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { askAhead } from './askAhead';
import { HeaderBar } from './HeaderBar';
import { navigate, useRoute, type Route } from './router';
import { RouteView } from './RouteView';
import { FieldBanner } from '../features/packs/FieldBanner';
import { useSession } from './session';

type MenuKey =
  | 'fundPrograms'
  | 'organizations'
  | 'applications'
  | 'projects'
  | 'reviews'
  | 'finance'
  | 'periods'
  | 'log'
  | 'users'
  | 'settings'
  | 'home'
  | 'draws'
  | 'supervision'
  | 'evaluations'
  | 'reportVerify'
  | 'packs'
  | 'indicatorSystems';

const TARGETS: Record<MenuKey, Route> = {
  fundPrograms: { name: 'list', area: 'fundPrograms' },
  organizations: { name: 'list', area: 'organizations' },
  applications: { name: 'list', area: 'applications' },
  projects: { name: 'projects' },
  reviews: { name: 'reviews' },
  finance: { name: 'finance' },
  periods: { name: 'periods' },
  log: { name: 'log' },
  users: { name: 'users' },
  settings: { name: 'settings' },
  home: { name: 'home' },
  draws: { name: 'draws' },
  supervision: { name: 'supervision' },
  evaluations: { name: 'evaluations' },
  reportVerify: { name: 'reportVerify' },
  packs: { name: 'packs' },
  indicatorSystems: { name: 'indicatorSystems' },
};

function menuKeyOf(route: Route): MenuKey | null {
  if ('area' in route) return route.area;
  if (route.name === 'review') return 'reviews';
  if (route.name === 'project') return 'projects';
  if (route.name === 'notFound') return null;
  if (route.name === 'milestones') return 'home';
  if (route.name === 'inspection') return 'supervision';
  if (route.name === 'evaluation') return 'evaluations';
  if (route.name === 'fieldInspection') return 'packs';
  return route.name;
}

/** The signed-in frame: navigation on the left (only what the user may open), header, current screen. */
export function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const selected = menuKeyOf(route);

  // antd's App (message, notification, modal hooks) lives here, not around the sign-in screen, which uses none
  // of them and should not load them. Only the screen follows every change of address: the menu, the header and
  // the banner are drawn again only when what they show changes (a tab of a project leaves all three as they were).
  return (
    <AntApp>
      <Layout className="shell">
        <Layout.Sider width={208} theme="light" className="shell-sider">
          <div className="shell-brand">{t('app.name')}</div>
          <ShellMenu selected={selected} />
        </Layout.Sider>
        <Layout className="shell-main">
          <Layout.Header className="shell-header">
            <Header />
          </Layout.Header>
          {/* Layout.Content renders the page's <main> landmark. */}
          <Layout.Content className="shell-content">
            <Banner />
            <RouteView route={route} />
          </Layout.Content>
        </Layout>
      </Layout>
    </AntApp>
  );
}

const Header = memo(HeaderBar);
const Banner = memo(FieldBanner);

/** The menu: only what the user may open, with the current screen's entry selected. */
const ShellMenu = memo(function ShellMenu({ selected }: { selected: MenuKey | null }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  // The same items while the language and the session stay, so the menu does not rebuild them per screen.
  const items = useMemo(() => menuItems(t, can), [t, can]);
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={items}
        onClick={({ key }) => {
          askAhead(client, key);
          navigate(TARGETS[key as MenuKey]);
        }}
      />
    </nav>
  );
});

function menuItems(t: TFunction, can: (p: Permission) => boolean): NonNullable<MenuProps['items']> {
  const entry = (key: MenuKey, icon: ReactNode, show: boolean) => (show ? { key, icon, label: t(`nav.${key}`) } : null);
  const items: NonNullable<MenuProps['items']> = [
    entry('home', <HomeOutlined aria-hidden="true" />, true),
    entry('fundPrograms', <FundOutlined aria-hidden="true" />, can('fundPrograms.read')),
    entry('organizations', <BankOutlined aria-hidden="true" />, can('organizations.read')),
    entry('applications', <FileTextOutlined aria-hidden="true" />, can('applications.read')),
    entry('projects', <ProjectOutlined aria-hidden="true" />, can('applications.read')),
    entry('reviews', <SolutionOutlined aria-hidden="true" />, can('applications.score')),
    entry('supervision', <SafetyCertificateOutlined aria-hidden="true" />, can('applications.read')),
    entry(
      'finance',
      <AuditOutlined aria-hidden="true" />,
      can('applications.financeReview') || can('applications.approve'),
    ),
    entry('periods', <LockOutlined aria-hidden="true" />, can('periods.lock')),
    entry('log', <HistoryOutlined aria-hidden="true" />, can('log.read')),
    entry('users', <TeamOutlined aria-hidden="true" />, can('users.manage')),
    entry('evaluations', <TrophyOutlined aria-hidden="true" />, can('applications.read')),
    entry('settings', <SettingOutlined aria-hidden="true" />, true),
    // Whoever may draw, and whoever reads the log (an auditor checks draws); anyone may open #/draws to verify.
    entry('draws', <AimOutlined aria-hidden="true" />, can('draws.run') || can('log.read')),
    // Every role may read applications, so anyone signed in can check a report someone hands them.
    entry('reportVerify', <FileProtectOutlined aria-hidden="true" />, can('applications.read')),
    // Field work travels in packs, made and brought back by whoever records inspections.
    entry('packs', <ContainerOutlined aria-hidden="true" />, can('inspections.record')),
    entry('indicatorSystems', <ApartmentOutlined aria-hidden="true" />, can('indicatorSystems.manage')),
  ].filter((x) => x !== null);
  return items;
}
