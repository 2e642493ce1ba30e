import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Descriptions, Typography } from 'antd';
import { formatDate } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { UnitDetail } from '@contracts/org';
import { SuccessionTable } from './SuccessionTable';

type Props = {
  unit: UnitDetail;
  onOpenUnit: (id: string) => void;
  onShowChildren: (unit: UnitDetail) => void;
};

export function UnitDetails({ unit, onOpenUnit, onShowChildren }: Props) {
  const { m } = useI18n();
  const none = m.common.none;
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'code', label: m.units.code, children: unit.code },
          {
            key: 'name',
            label: m.units.name,
            children: unit.successorName ? `${unit.name} (${format(m.units.nowNamed, { name: unit.successorName })})` : unit.name,
          },
          { key: 'type', label: m.units.type, children: m.unitTypes[unit.type] ?? unit.type },
          { key: 'designation', label: m.units.designation, children: unit.designation || none },
          {
            key: 'parent',
            label: m.units.parent,
            children: unit.parentId ? (
              <Typography.Link onClick={() => unit.parentId && onOpenUnit(unit.parentId)}>
                {unit.parentName ?? unit.parentId}
              </Typography.Link>
            ) : (
              m.units.noParent
            ),
          },
          {
            key: 'validity',
            label: m.units.validity,
            children: `${formatDate(unit.validFrom) || none} – ${formatDate(unit.validTo) || m.units.ongoing}`,
          },
          { key: 'legalBasis', label: m.units.legalBasis, children: unit.legalBasis || none },
          { key: 'address', label: m.units.address, children: unit.address || none },
          { key: 'agencyName', label: m.units.agencyName, children: unit.agencyName || m.units.derived },
          { key: 'agencyIdentifier', label: m.units.agencyIdentifier, children: unit.agencyIdentifier || m.units.unitCodeUsed },
          { key: 'placeName', label: m.units.placeName, children: unit.placeName || m.units.derived },
          { key: 'headTitle', label: m.units.headTitle, children: unit.headTitle || m.units.derived },
          {
            key: 'children',
            label: m.units.childCount,
            children: (
              <Button
                size="small"
                icon={<ApartmentOutlined />}
                disabled={unit.childCount === 0}
                onClick={() => onShowChildren(unit)}
                data-testid="unit-children"
              >
                {format(m.units.children, { count: unit.childCount })}
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {m.units.predecessors}
      </Typography.Title>
      <SuccessionTable rows={unit.predecessors} onOpenUnit={onOpenUnit} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {m.units.successors}
      </Typography.Title>
      <SuccessionTable rows={unit.successors} onOpenUnit={onOpenUnit} />
    </>
  );
}
