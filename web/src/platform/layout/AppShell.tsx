import { Flex, Layout, Typography, theme } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { LocaleSwitch } from './LocaleSwitch';
import { NavMenu } from './NavMenu';
import { PageSpinner } from './PageSpinner';
import { UnitSwitcher } from './UnitSwitcher';
import { UserMenu } from './UserMenu';

/** The signed-in frame: side menu by permission, header with unit switcher, language and user menu. */
export function AppShell() {
  const { m } = useI18n();
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={232}
        breakpoint="lg"
        collapsible
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <NavMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: 24,
          }}
        >
          <Flex align="center" gap={16} style={{ height: '100%' }}>
            <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
              {m.app.name}
            </Typography.Title>
            <UnitSwitcher />
            <LocaleSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
