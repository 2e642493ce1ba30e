import { MenuOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Drawer, Flex, Layout, Typography, theme, type ThemeConfig } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { useHasSideMenu, useIsPhone } from '../hooks/useMediaQuery';
import { useI18n } from '../i18n/useI18n';
import { LocaleSwitch } from './LocaleSwitch';
import { NavMenu } from './NavMenu';
import { PageSpinner } from './PageSpinner';
import { UnitSwitcher } from './UnitSwitcher';
import { UserMenu } from './UserMenu';

/** On a phone, cards and table cells keep less padding, so that the page's content has room. */
const phoneTheme: ThemeConfig = {
  components: {
    Card: { bodyPadding: 12, headerPadding: 12, bodyPaddingSM: 8, headerPaddingSM: 8 },
    Table: { cellPaddingInline: 8, cellPaddingInlineMD: 8, cellPaddingInlineSM: 6 },
  },
};
/**
 * Wider screens keep the inherited theme. It is an (empty) theme all the same: ConfigProvider wraps
 * its children in one more provider only when given a theme, so switching between a theme and none
 * would mount the page anew when the window crosses the phone's width, and lose a form being filled.
 */
const wideTheme: ThemeConfig = {};

/**
 * The signed-in frame. On a wide screen: the side menu by permission, and a header with the
 * deployment's name, unit switcher, language and user menu. Below antd's `lg` breakpoint the menu,
 * the unit switcher and the language move into a drawer opened from the header, so that nothing
 * is wider than a phone's screen.
 */
export function AppShell() {
  const { m } = useI18n();
  const { deploymentName } = useAuth();
  const { token } = theme.useToken();
  const hasSideMenu = useHasSideMenu();
  const isPhone = useIsPhone();
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const name = deploymentName ?? m.app.name;
  const border = `1px solid ${token.colorBorderSecondary}`;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {hasSideMenu && (
        <Layout.Sider theme="light" width={232} collapsible style={{ borderInlineEnd: border }}>
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ background: token.colorBgContainer, borderBottom: border, paddingInline: hasSideMenu ? 24 : 8, lineHeight: 'normal' }}
        >
          <Flex align="center" gap={hasSideMenu ? 16 : 4} style={{ height: '100%' }}>
            {!hasSideMenu && (
              <Button
                type="text"
                size="large"
                icon={<MenuOutlined />}
                aria-label={m.shell.openMenu}
                onClick={() => setDrawerOpen(true)}
                data-testid="nav-open"
              />
            )}
            <Typography.Title
              level={hasSideMenu ? 4 : 5}
              ellipsis={{ rows: 2, tooltip: name }}
              style={{ margin: 0, flex: 1, minWidth: 0, lineHeight: 1.25 }}
              data-testid="app-title"
            >
              {name}
            </Typography.Title>
            {hasSideMenu && <UnitSwitcher />}
            {hasSideMenu && <LocaleSwitch />}
            <UserMenu isCompact={!hasSideMenu} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: hasSideMenu ? 24 : 8 }}>
          <ConfigProvider theme={isPhone ? phoneTheme : wideTheme}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </ConfigProvider>
        </Layout.Content>
      </Layout>
      {!hasSideMenu && (
        <Drawer
          placement="left"
          size={300}
          open={isDrawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={m.shell.menu}
          styles={{ body: { padding: 12 } }}
        >
          <Flex vertical gap={12}>
            <UnitSwitcher isBlock />
            <div>
              <LocaleSwitch />
            </div>
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </Flex>
        </Drawer>
      )}
    </Layout>
  );
}
