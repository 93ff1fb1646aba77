import { BankOutlined, FundOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Layout, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { HeaderBar } from './HeaderBar';
import { navigate, useRoute, type Route } from './router';
import { RouteView } from './RouteView';
import { useSession } from './session';

type MenuKey = 'fundPrograms' | 'organizations' | 'users' | 'settings';

const TARGETS: Record<MenuKey, Route> = {
  fundPrograms: { name: 'list', area: 'fundPrograms' },
  organizations: { name: 'list', area: 'organizations' },
  users: { name: 'users' },
  settings: { name: 'settings' },
};

function menuKeyOf(route: Route): MenuKey | null {
  if ('area' in route) return route.area;
  if (route.name === 'users' || route.name === 'settings') return route.name;
  return null;
}

/** The signed-in frame: navigation on the left (only what the user may open), header, current screen. */
export function Shell() {
  const { t } = useTranslation();
  const { can } = useSession();
  const route = useRoute();
  const selected = menuKeyOf(route);

  const items: NonNullable<MenuProps['items']> = [
    can('fundPrograms.read') && {
      key: 'fundPrograms',
      icon: <FundOutlined aria-hidden="true" />,
      label: t('nav.fundPrograms'),
    },
    can('organizations.read') && {
      key: 'organizations',
      icon: <BankOutlined aria-hidden="true" />,
      label: t('nav.organizations'),
    },
    can('users.manage') && { key: 'users', icon: <TeamOutlined aria-hidden="true" />, label: t('nav.users') },
    { key: 'settings', icon: <SettingOutlined aria-hidden="true" />, label: t('nav.settings') },
  ].filter((x): x is { key: MenuKey; icon: React.JSX.Element; label: string } => Boolean(x));

  return (
    <Layout className="shell">
      <Layout.Sider width={208} theme="light" className="shell-sider">
        <div className="shell-brand">{t('app.name')}</div>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={items}
            onClick={({ key }) => navigate(TARGETS[key as MenuKey])}
          />
        </nav>
      </Layout.Sider>
      <Layout className="shell-main">
        <Layout.Header className="shell-header">
          <HeaderBar />
        </Layout.Header>
        {/* Layout.Content renders the page's <main> landmark. */}
        <Layout.Content className="shell-content">
          <RouteView route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
