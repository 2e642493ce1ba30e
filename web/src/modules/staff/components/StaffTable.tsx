import { Button, Table, Tag, Typography } from 'antd';
import type { Page } from '../../../platform/api/client';
import { formatDateTime, isFuture } from '../../../platform/format/dates';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Staff } from '@contracts/org';
import { RoleTags } from './RoleTags';
import { useServerPagination } from '../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';

type Props = {
  page: Page<Staff> | undefined;
  loading: boolean;
  onOpen: (staff: Staff) => void;
  onPageChange: (page: number, pageSize: number) => void;
};

export function StaffTable({ page, loading, onOpen, onPageChange }: Props) {
  const { m, locale } = useI18n();
  const pagination = useServerPagination(page, onPageChange);
  // On a phone one column names the person, with the account, the unit and the roles under the name.
  const isPhone = useIsPhone();
  return (
    <Table<Staff>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={page?.items ?? []}
      onRow={(staff) => ({ onClick: () => onOpen(staff), style: { cursor: 'pointer' } })}
      pagination={pagination}
      columns={[
        {
          key: 'person',
          title: m.staff.fullName,
          hidden: !isPhone,
          render: (_value, staff) => (
            <>
              <Typography.Link strong>{staff.fullName}</Typography.Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {staff.username}
                {staff.unitName ? ` · ${staff.unitName}` : ''}
              </Typography.Text>
              <RoleTags roles={staff.roles} />
              {!staff.isActive && <Tag color="red">{m.staff.inactive}</Tag>}
              {isFuture(staff.lockedUntil) && <Tag color="orange">{formatDateTime(staff.lockedUntil, locale)}</Tag>}
            </>
          ),
        },
        {
          key: 'username',
          title: m.staff.username,
          hidden: isPhone,
          render: (_value, staff) => (
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={(event) => {
                event.stopPropagation();
                onOpen(staff);
              }}
            >
              {staff.username}
            </Button>
          ),
        },
        { key: 'fullName', title: m.staff.fullName, dataIndex: 'fullName', hidden: isPhone },
        { key: 'unit', title: m.staff.unit, hidden: isPhone, render: (_value, staff) => staff.unitName ?? m.common.none },
        { key: 'roles', title: m.staff.roles, hidden: isPhone, render: (_value, staff) => <RoleTags roles={staff.roles} /> },
        {
          key: 'active',
          title: m.staff.status,
          hidden: isPhone,
          render: (_value, staff) =>
            staff.isActive ? <Tag color="green">{m.staff.active}</Tag> : <Tag color="red">{m.staff.inactive}</Tag>,
        },
        {
          key: 'lockedUntil',
          title: m.staff.lockedUntil,
          hidden: isPhone,
          render: (_value, staff) =>
            isFuture(staff.lockedUntil) ? <Tag color="orange">{formatDateTime(staff.lockedUntil, locale)}</Tag> : m.common.none,
        },
      ]}
    />
  );
}
