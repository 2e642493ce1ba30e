import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { SearchInput } from '../../../platform/components/SearchInput';
import { useI18n } from '../../../platform/i18n/useI18n';
import { UnitSelect } from '../../units/components/UnitSelect';
import type { StaffFilters } from '../hooks/useStaffFilters';

type Props = {
  filters: StaffFilters;
  canManage: boolean;
  onChange: (changes: Partial<StaffFilters>) => void;
  onCreate: () => void;
};

export function StaffToolbar({ filters, canManage, onChange, onCreate }: Props) {
  const { m } = useI18n();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchInput
        value={filters.q}
        placeholder={m.staff.searchPlaceholder}
        ariaLabel={m.common.search}
        style={{ width: 340, maxWidth: '100%' }}
        onSearch={(q) => onChange({ q })}
        testId="staff-search"
      />
      <UnitSelect
        aria-label={m.staff.unit}
        placeholder={m.staff.unit}
        style={{ width: 300, maxWidth: '100%' }}
        value={filters.unit?.id}
        initial={filters.unit ? { id: filters.unit.id, code: null, name: filters.unit.name } : null}
        onChange={(id, label) => onChange({ unit: id ? { id, name: label ?? id } : null })}
      />
      {canManage && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} style={{ marginInlineStart: 'auto' }} data-testid="staff-create">
          {m.staff.create}
        </Button>
      )}
    </Flex>
  );
}
