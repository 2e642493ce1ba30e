import { App, Button, Drawer, Popconfirm, Tabs, Tag } from 'antd';
import { isApiError } from '../../../platform/api/problem';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Staff } from '@contracts/org';
import { staffApi } from '../api/staffApi';
import { ResetPasswordForm } from './ResetPasswordForm';
import { StaffProfileForm } from './StaffProfileForm';
import { StaffRolesPanel } from './StaffRolesPanel';

type Props = {
  staff: Staff | null;
  canManage: boolean;
  onClose: () => void;
  /** A change was saved: the drawer shows `staff`, the list reloads. */
  onChanged: (staff: Staff) => void;
  /** Fetch the latest data after a version conflict. */
  onReload: () => void;
};

export function StaffDrawer({ staff, canManage, onClose, onChanged, onReload }: Props) {
  const { m } = useI18n();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();

  const toggleActive = async (current: Staff) => {
    try {
      const saved = await staffApi.update(current.id, current.version, { isActive: !current.isActive });
      void message.success(saved.isActive ? m.staff.activated : m.staff.deactivated);
      onChanged(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        void message.warning({ content: `${m.errors.staleTitle}. ${m.errors.staleDetail}`, duration: 8 });
        onReload();
      } else {
        handleProblem(error);
      }
    }
  };

  const activation =
    staff && canManage ? (
      staff.isActive ? (
        <Popconfirm title={m.staff.deactivateConfirm} onConfirm={() => toggleActive(staff)}>
          <Button danger>{m.staff.deactivate}</Button>
        </Popconfirm>
      ) : (
        <Button onClick={() => void toggleActive(staff)}>{m.staff.activate}</Button>
      )
    ) : null;

  return (
    <Drawer
      open={staff !== null}
      onClose={onClose}
      size={600}
      destroyOnHidden
      title={
        staff && (
          <>
            {format(m.staff.drawerTitle, { name: staff.fullName })} {!staff.isActive && <Tag color="red">{m.staff.inactive}</Tag>}
          </>
        )
      }
      extra={activation}
    >
      {staff && (
        <Tabs
          items={[
            {
              key: 'profile',
              label: m.staff.tabProfile,
              children: (
                <StaffProfileForm
                  key={`${staff.id}:${staff.version}`}
                  staff={staff}
                  canManage={canManage}
                  onSaved={onChanged}
                  onReload={onReload}
                />
              ),
            },
            {
              key: 'roles',
              label: m.staff.tabRoles,
              children: <StaffRolesPanel staff={staff} canManage={canManage} onRolesChanged={(roles) => onChanged({ ...staff, roles })} />,
            },
            ...(canManage ? [{ key: 'password', label: m.staff.tabPassword, children: <ResetPasswordForm staff={staff} /> }] : []),
          ]}
        />
      )}
    </Drawer>
  );
}
