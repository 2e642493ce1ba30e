import { Button, Table, Tag } from 'antd';
import type { Page } from '../../../platform/api/client';
import { formatDateTime, isFuture } from '../../../platform/format/dates';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Staff } from '@contracts/org';
import { RoleTags } from './RoleTags';
import { useServerPagination } from '../../../platform/components/useServerPagination';

type Props = {
  page: Page<Staff> | undefined;
  loading: boolean;
  onOpen: (staff: Staff) => void;
  onPageChange: (page: number, pageSize: number) => void;
};

export function StaffTable({ page, loading, onOpen, onPageChange }: Props) {
  const { m, locale } = useI18n();
  const pagination = useServerPagination(page, onPageChange);
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
          key: 'username',
          title: m.staff.username,
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
        { key: 'fullName', title: m.staff.fullName, dataIndex: 'fullName' },
        { key: 'unit', title: m.staff.unit, render: (_value, staff) => staff.unitName ?? m.common.none },
        { key: 'roles', title: m.staff.roles, render: (_value, staff) => <RoleTags roles={staff.roles} /> },
        {
          key: 'active',
          title: m.staff.status,
          render: (_value, staff) =>
            staff.isActive ? <Tag color="green">{m.staff.active}</Tag> : <Tag color="red">{m.staff.inactive}</Tag>,
        },
        {
          key: 'lockedUntil',
          title: m.staff.lockedUntil,
          render: (_value, staff) =>
            isFuture(staff.lockedUntil) ? <Tag color="orange">{formatDateTime(staff.lockedUntil, locale)}</Tag> : m.common.none,
        },
      ]}
    />
  );
}
