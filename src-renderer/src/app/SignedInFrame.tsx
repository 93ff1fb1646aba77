import { HomeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Layout, Menu, Progress, Select, Space, Spin, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { Shell } from './Shell';
import { Themed } from './Themed';
import { useIdleWarmup } from './useIdleWarmup';

const ScreenWarmup = lazy(async () => ({ default: (await import('./ScreenWarmup')).ScreenWarmup }));

/** The signed-in frame with antd's settings: one chunk, loaded while the user types the password. */
export function SignedInFrame() {
  const warm = useIdleWarmup();
  return (
    <Themed>
      <Shell />
      {warm ? (
        <Suspense fallback={null}>
          <ScreenWarmup />
        </Suspense>
      ) : null}
    </Themed>
  );
}

/**
 * antd builds each component's CSS when it first draws it: for the frame and the home screen, over a second of a
 * slow machine's time after 登录. Drawn once, unseen, while the user types, these leave that CSS built (and
 * kept, see Themed) for the frame that follows. Kept mounted, so the theme's own CSS stays too.
 */
export function StyleWarmup() {
  return (
    <Themed>
      <div hidden aria-hidden="true" className="style-warmup">
        <Layout>
          <Layout.Sider theme="light">
            <Menu mode="inline" items={[{ key: 'a', icon: <HomeOutlined />, label: 'a' }]} selectedKeys={['a']} />
          </Layout.Sider>
          <Layout>
            <Layout.Header />
            <Layout.Content>
              <Space>
                <Select value="a" options={[{ value: 'a', label: 'a' }]} />
                <Button type="primary">a</Button>
                <Button>a</Button>
                <Tag color="blue">a</Tag>
                <Checkbox />
                <Spin />
              </Space>
              <Alert type="info" title="a" />
              <Card title="a" size="small">
                <Progress percent={1} size="small" />
              </Card>
            </Layout.Content>
          </Layout>
        </Layout>
      </div>
    </Themed>
  );
}
