import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { useI18n } from '../i18n/useI18n';

export function UserMenu() {
  const { m } = useI18n();
  const { me, session, signOut } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();

  const onClick = async ({ key }: { key: string }) => {
    if (key === 'password') {
      void navigate('/password');
      return;
    }
    await signOut();
    void message.info(m.shell.signedOut);
    void navigate('/sign-in', { replace: true });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        onClick: (info) => void onClick(info),
        items: [
          { key: 'password', icon: <KeyOutlined />, label: m.shell.changePassword },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: m.shell.signOut, danger: true },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
        {me?.fullName ?? session?.username} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
