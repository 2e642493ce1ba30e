import { Card } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../platform/auth/useAuth';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Staff } from '@contracts/org';
import { useStaffFilters } from '../hooks/useStaffFilters';
import { useStaffList } from '../hooks/useStaffList';
import { CreateStaffModal } from './CreateStaffModal';
import { StaffDrawer } from './StaffDrawer';
import { StaffTable } from './StaffTable';
import { StaffToolbar } from './StaffToolbar';

/** Picks the fresher of the drawer's copy and the list's copy of the same officer. */
function fresher(local: Staff, listed: Staff | undefined): Staff {
  return listed && listed.version > local.version ? listed : local;
}

export function StaffPage() {
  const { m } = useI18n();
  const { can } = useAuth();
  const canManage = can('staff.manage');
  const { filters, query, update } = useStaffFilters();
  const list = useStaffList(query);
  const [selected, setSelected] = useState<Staff | null>(null);
  const [creating, setCreating] = useState(false);
  const shown = selected
    ? fresher(
        selected,
        list.data?.items.find((item) => item.id === selected.id),
      )
    : null;

  return (
    <Card title={m.staff.title}>
      <StaffToolbar filters={filters} canManage={canManage} onChange={update} onCreate={() => setCreating(true)} />
      <StaffTable
        page={list.data}
        loading={list.loading}
        onOpen={setSelected}
        onPageChange={(page, pageSize) => update({ page, pageSize })}
      />
      <StaffDrawer
        staff={shown}
        canManage={canManage}
        onClose={() => setSelected(null)}
        onChanged={(staff) => {
          setSelected(staff);
          list.reload();
        }}
        onReload={list.reload}
      />
      <CreateStaffModal
        open={creating}
        defaultUnit={filters.unit}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          list.reload();
        }}
      />
    </Card>
  );
}
