import { Card } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../platform/auth/useAuth';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useUnitFilters } from '../hooks/useUnitFilters';
import { useUnitList } from '../hooks/useUnitList';
import { CreateUnitModal } from './CreateUnitModal';
import { ImportUnitsModal } from './ImportUnitsModal';
import { UnitDrawer } from './UnitDrawer';
import { UnitsToolbar } from './UnitsToolbar';
import { UnitTable } from './UnitTable';

export function UnitsPage() {
  const { m } = useI18n();
  const { can } = useAuth();
  const canManage = can('units.manage');
  const { filters, query, update } = useUnitFilters();
  const list = useUnitList(query);
  const [openUnitId, setOpenUnitId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);

  return (
    <Card title={m.units.title}>
      <UnitsToolbar
        filters={filters}
        canManage={canManage}
        onChange={update}
        onCreate={() => setDialog('create')}
        onImport={() => setDialog('import')}
      />
      <UnitTable
        page={list.data}
        loading={list.loading}
        onOpen={(unit) => setOpenUnitId(unit.id)}
        onPageChange={(page, pageSize) => update({ page, pageSize })}
      />
      <UnitDrawer
        unitId={openUnitId}
        canManage={canManage}
        onClose={() => setOpenUnitId(null)}
        onOpenUnit={setOpenUnitId}
        onShowChildren={(unit) => {
          setOpenUnitId(null);
          update({ parent: { id: unit.id, name: unit.name }, q: '', type: undefined });
        }}
        onChanged={list.reload}
      />
      <CreateUnitModal
        open={dialog === 'create'}
        defaultParent={filters.parent}
        onClose={() => setDialog(null)}
        onCreated={() => {
          setDialog(null);
          list.reload();
        }}
      />
      <ImportUnitsModal open={dialog === 'import'} onClose={() => setDialog(null)} onImported={list.reload} />
    </Card>
  );
}
