import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tag } from 'antd';
import { SearchInput } from '../../../platform/components/SearchInput';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { UnitStatus, UnitType } from '@contracts/org';
import { useUnitTypeOptions } from '../hooks/useUnitTypeOptions';
import type { UnitFilters } from '../hooks/useUnitFilters';

type Props = {
  filters: UnitFilters;
  canManage: boolean;
  onChange: (changes: Partial<UnitFilters>) => void;
  onCreate: () => void;
  onImport: () => void;
};

export function UnitsToolbar({ filters, canManage, onChange, onCreate, onImport }: Props) {
  const { m } = useI18n();
  const typeOptions = useUnitTypeOptions();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchInput
        value={filters.q}
        placeholder={m.units.searchPlaceholder}
        ariaLabel={m.common.search}
        style={{ width: 320, maxWidth: '100%' }}
        onSearch={(q) => onChange({ q })}
        testId="units-search"
      />
      <Select<UnitType>
        allowClear
        placeholder={m.units.typeFilter}
        aria-label={m.units.typeFilter}
        style={{ width: 240, maxWidth: '100%' }}
        value={filters.type}
        options={typeOptions}
        onChange={(type) => onChange({ type })}
      />
      <Select<UnitStatus>
        aria-label={m.units.statusFilter}
        style={{ width: 170, maxWidth: '100%' }}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={[
          { value: 'current', label: m.units.statusCurrent },
          { value: 'retired', label: m.units.statusRetired },
          { value: 'all', label: m.units.statusAll },
        ]}
      />
      {filters.parent && (
        <Tag closable color="blue" onClose={() => onChange({ parent: null })} style={{ paddingBlock: 4 }}>
          {format(m.units.childrenOf, { name: filters.parent.name })}
        </Tag>
      )}
      {canManage && (
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          <Button icon={<ImportOutlined />} onClick={onImport} data-testid="units-import">
            {m.units.import}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="units-create">
            {m.units.create}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
