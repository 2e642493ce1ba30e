import { Button, Table, Tag, Typography } from 'antd';
import type { Page } from '../../../platform/api/client';
import { formatDate } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Unit } from '@contracts/org';
import { useServerPagination } from '../../../platform/components/useServerPagination';
import { formatNumber } from '../../../platform/format/numbers';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';

type Props = {
  page: Page<Unit> | undefined;
  loading: boolean;
  onOpen: (unit: Unit) => void;
  onPageChange: (page: number, pageSize: number) => void;
};

export function UnitTable({ page, loading, onOpen, onPageChange }: Props) {
  const { m, locale } = useI18n();
  const pagination = useServerPagination(page, onPageChange);
  // On a phone the name column carries the code, the type and the parent; the other columns hide.
  const isPhone = useIsPhone();
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
          { key: 'code', title: m.units.code, dataIndex: 'code', width: 110, hidden: isPhone },
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
                {isPhone && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {unit.code} · {m.unitTypes[unit.type] ?? unit.type}
                    {unit.parentName ? ` · ${unit.parentName}` : ''}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'type',
            title: m.units.type,
            hidden: isPhone,
            render: (_value, unit) => <Tag>{m.unitTypes[unit.type] ?? unit.type}</Tag>,
          },
          { key: 'parent', title: m.units.parent, hidden: isPhone, render: (_value, unit) => unit.parentName ?? m.units.noParent },
          {
            key: 'validity',
            title: m.units.validity,
            hidden: isPhone,
            render: (_value, unit) => `${formatDate(unit.validFrom) || m.common.none} – ${formatDate(unit.validTo) || m.units.ongoing}`,
          },
          {
            key: 'children',
            title: m.units.childCount,
            width: isPhone ? 64 : 120,
            align: 'end',
            render: (_value, unit) => formatNumber(unit.childCount, locale),
          },
        ]}
      />
    </div>
  );
}
