import { Space, Tag, Typography } from 'antd';
import { useRoles } from '../../../platform/auth/useRoles';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { RoleAssignment } from '@contracts/org';

export function RoleTags({ roles }: { roles: RoleAssignment[] }) {
  const { m } = useI18n();
  const { label } = useRoles();
  if (roles.length === 0) return <Typography.Text type="secondary">{m.staff.noRoles}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((assignment) => (
        <Tag key={assignment.id} color="blue">
          {label(assignment.role)} · {assignment.unitName ?? m.common.wholeDeployment}
        </Tag>
      ))}
    </Space>
  );
}
