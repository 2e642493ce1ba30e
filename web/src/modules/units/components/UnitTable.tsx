import { Button, Table, Tag, Typography } from 'antd';
import type { Page } from '../../../platform/api/client';
import { formatDate } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Unit } from '@contracts/org';
import { useServerPagination } from '../../../platform/components/useServerPagination';

type Props = {
  page: Page<Unit> | undefined;
  loading: boolean;
  onOpen: (unit: Unit) => void;
  onPageChange: (page: number, pageSize: number) => void;
};

export function UnitTable({ page, loading, onOpen, onPageChange }: Props) {
  const { m } = useI18n();
  const pagination = useServerPagination(page, onPageChange);
  return (
    <div data-testid="units-table">
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        onRow={(unit) => ({ onClick: () => onOpen(unit), style: { cursor: 'pointer' } })}
        pagination={pagination}
        columns={[
          { key: 'code', title: m.units.code, dataIndex: 'code', width: 110 },
          {
            key: 'name',
            title: m.units.name,
            render: (_value, unit) => (
              <>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(unit);
                  }}
                >
                  {unit.name}
                </Button>
                {unit.successorName && (
                  <Typography.Text type="secondary"> ({format(m.units.nowNamed, { name: unit.successorName })})</Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'type',
            title: m.units.type,
            render: (_value, unit) => <Tag>{m.unitTypes[unit.type] ?? unit.type}</Tag>,
          },
          { key: 'parent', title: m.units.parent, render: (_value, unit) => unit.parentName ?? m.units.noParent },
          {
            key: 'validity',
            title: m.units.validity,
            render: (_value, unit) => `${formatDate(unit.validFrom) || m.common.none} – ${formatDate(unit.validTo) || m.units.ongoing}`,
          },
          { key: 'children', title: m.units.childCount, dataIndex: 'childCount', width: 120, align: 'end' },
        ]}
      />
    </div>
  );
}
