import { EditOutlined } from '@ant-design/icons';
import { Button, Drawer, Spin } from 'antd';
import { useState } from 'react';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Unit, UnitDetail } from '@contracts/org';
import { useUnitDetail } from '../hooks/useUnitDetail';
import { EditUnitForm } from './EditUnitForm';
import { UnitDetails } from './UnitDetails';

type Props = {
  unitId: string | null;
  canManage: boolean;
  onClose: () => void;
  onOpenUnit: (id: string) => void;
  onShowChildren: (unit: UnitDetail) => void;
  onChanged: (unit: Unit) => void;
};

/** A unit's details, its place in the tree, its history and (with units.manage) its edit form. */
export function UnitDrawer({ unitId, canManage, onClose, onOpenUnit, onShowChildren, onChanged }: Props) {
  const { m } = useI18n();
  const { data, loading, reload } = useUnitDetail(unitId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const unit = data && data.id === unitId ? data : undefined;
  const editing = unit !== undefined && editingId === unit.id;

  return (
    <Drawer
      open={unitId !== null}
      onClose={() => {
        setEditingId(null);
        onClose();
      }}
      size={640}
      title={unit ? format(m.units.drawerTitle, { name: unit.name }) : m.app.loading}
      extra={
        canManage &&
        unit &&
        !editing && (
          <Button icon={<EditOutlined />} onClick={() => setEditingId(unit.id)} data-testid="unit-edit">
            {m.common.edit}
          </Button>
        )
      }
    >
      {!unit ? (
        <Spin spinning={loading} />
      ) : editing ? (
        <EditUnitForm
          key={`${unit.id}:${unit.version}`}
          unit={unit}
          onCancel={() => setEditingId(null)}
          onReload={reload}
          onSaved={(saved) => {
            setEditingId(null);
            reload();
            onChanged(saved);
          }}
        />
      ) : (
        <Spin spinning={loading}>
          <UnitDetails
            unit={unit}
            onOpenUnit={(id) => {
              setEditingId(null);
              onOpenUnit(id);
            }}
            onShowChildren={onShowChildren}
          />
        </Spin>
      )}
    </Drawer>
  );
}
