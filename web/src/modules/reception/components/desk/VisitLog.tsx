import { Card, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { visitNatures, type Visit, type VisitNature } from '@contracts/reception';
import { receptionApi, type VisitQuery } from '../../api/receptionApi';
import { VisitTable } from './VisitTable';

type Scope = 'today' | 'all';
type Props = { unitId: string; refreshKey: number; onOpen: (visit: Visit) => void };

/** The log of the day, or the whole log searched by its content (no diacritics needed), the latest first. */
export function VisitLog({ unitId, refreshKey, onOpen }: Props) {
  const { m } = useI18n();
  const t = m.reception.log;
  const [scope, setScope] = useState<Scope>('today');
  const [q, setQ] = useState('');
  const [nature, setNature] = useState<VisitNature | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const today = todayInVietnam();
  const query: VisitQuery = {
    unitId,
    ...(scope === 'today' ? { from: today, to: today } : {}),
    q: q || undefined,
    nature,
    ...paging,
  };
  const list = useApiQuery(`visits:${JSON.stringify(query)}:${refreshKey}`, (signal) => receptionApi.visits(query, signal));

  return (
    <Card
      title={scope === 'today' ? t.titleToday : t.titleAll}
      extra={
        <Segmented<Scope>
          value={scope}
          onChange={(next) => {
            setScope(next);
            setPaging({ ...paging, page: 1 });
          }}
          options={(['today', 'all'] as const).map((value) => ({
            value,
            label: <span data-testid={`visit-log-${value}`}>{t.scopes[value]}</span>,
          }))}
        />
      }
      data-testid="visit-log-card"
    >
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <SearchInput
          value={q}
          placeholder={t.searchPlaceholder}
          ariaLabel={m.common.search}
          style={{ width: 420, maxWidth: '100%' }}
          onSearch={(text) => {
            setQ(text);
            setPaging({ ...paging, page: 1 });
          }}
          testId="visit-log-search"
        />
        <Select
          allowClear
          placeholder={t.nature}
          aria-label={t.nature}
          style={{ width: 220, maxWidth: '100%' }}
          value={nature}
          options={visitNatures.map((value) => ({ value, label: m.reception.natures[value] }))}
          onChange={(value?: VisitNature) => {
            setNature(value);
            setPaging({ ...paging, page: 1 });
          }}
          data-testid="visit-log-nature"
        />
      </Flex>
      <VisitTable
        page={list.data}
        loading={list.loading}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        onOpen={onOpen}
      />
    </Card>
  );
}
