import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tag } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { SearchInput } from '../../../platform/components/SearchInput';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { handlingLevels, onlineLevels, type ProcedureFileFormat } from '@contracts/catalog';
import { proceduresApi } from '../api/proceduresApi';
import type { ProcedureFilters } from '../hooks/useProcedureFilters';

type Props = {
  filters: ProcedureFilters;
  canManage: boolean;
  onChange: (changes: Partial<ProcedureFilters>) => void;
  onCreate: () => void;
  onImport: () => void;
};

export function ProceduresToolbar({ filters, canManage, onChange, onCreate, onImport }: Props) {
  const { m } = useI18n();
  const p = m.procedures;
  const handleProblem = useProblemHandler();
  const [exporting, setExporting] = useState<ProcedureFileFormat | null>(null);

  const exportAs = async (kind: ProcedureFileFormat) => {
    setExporting(kind);
    try {
      await proceduresApi.export(kind);
    } catch (error) {
      handleProblem(error);
    } finally {
      setExporting(null);
    }
  };

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchInput
        value={filters.q}
        placeholder={p.searchPlaceholder}
        ariaLabel={m.common.search}
        style={{ width: 380, maxWidth: '100%' }}
        onSearch={(q) => onChange({ q })}
        testId="procedures-search"
      />
      <Select
        allowClear
        placeholder={p.levelFilter}
        aria-label={p.levelFilter}
        style={{ width: 150, maxWidth: '100%' }}
        value={filters.level}
        options={handlingLevels.map((level) => ({ value: level, label: p.levels[level] }))}
        onChange={(level) => onChange({ level })}
        data-testid="procedures-level"
      />
      <Select
        allowClear
        placeholder={p.onlineFilter}
        aria-label={p.onlineFilter}
        style={{ width: 190, maxWidth: '100%' }}
        value={filters.onlineLevel}
        options={onlineLevels.map((level) => ({ value: level, label: p.onlineLevels[level] }))}
        onChange={(onlineLevel) => onChange({ onlineLevel })}
        data-testid="procedures-online"
      />
      <Select
        allowClear
        placeholder={p.publishedFilter}
        aria-label={p.publishedFilter}
        style={{ width: 160, maxWidth: '100%' }}
        value={filters.published}
        options={[
          { value: 'true', label: p.publishedYes },
          { value: 'false', label: p.publishedNo },
        ]}
        onChange={(published) => onChange({ published })}
        data-testid="procedures-published"
      />
      {filters.field && (
        <Tag closable color="blue" onClose={() => onChange({ field: undefined })} style={{ paddingBlock: 4 }}>
          {format(p.fieldFilter, { name: filters.field })}
        </Tag>
      )}
      <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting === 'json'}
          onClick={() => void exportAs('json')}
          data-testid="procedures-export-json"
        >
          {p.exportJson}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting === 'xlsx'}
          onClick={() => void exportAs('xlsx')}
          data-testid="procedures-export-xlsx"
        >
          {p.exportXlsx}
        </Button>
        {canManage && (
          <>
            <Button icon={<ImportOutlined />} onClick={onImport} data-testid="procedures-import">
              {p.import}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="procedure-create">
              {p.create}
            </Button>
          </>
        )}
      </Flex>
    </Flex>
  );
}
