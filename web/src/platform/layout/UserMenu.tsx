import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { useI18n } from '../i18n/useI18n';

/** The signed-in person's menu: password change and sign-out; `isCompact` (a phone's header) shows the icon only. */
export function UserMenu({ isCompact = false }: { isCompact?: boolean }) {
  const { m } = useI18n();
  const { me, session, signOut } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const name = me?.fullName ?? session?.username;

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
          ...(isCompact ? [{ key: 'name', label: name, disabled: true }, { type: 'divider' as const }] : []),
          { key: 'password', icon: <KeyOutlined />, label: m.shell.changePassword },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: m.shell.signOut, danger: true },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu" aria-label={name} title={isCompact ? name : undefined}>
        {isCompact ? null : (
          <>
            {name} <DownOutlined />
          </>
        )}
      </Button>
    </Dropdown>
  );
}
