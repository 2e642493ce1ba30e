import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { dueBuckets, petitionKinds } from '@contracts/petitions';
import { settlementStatuses } from '@contracts/settlements';
import { usePetitionBook, useSettlementBook } from '../../hooks/usePetitionBook';
import { isBookTab, petitionTabs, usePetitionFilters, type PetitionTab } from '../../hooks/usePetitionFilters';
import { PetitionIntakeModal } from '../intake/PetitionIntakeModal';
import { DuplicateQueue } from '../queue/DuplicateQueue';
import { PetitionTable } from './PetitionTable';
import { SettlementTable } from './SettlementTable';

/**
 * The petition book as a worklist: all petitions or those due soon, searched by content; the
 * settlements in hand; the possible repeats to review. The unit's figures open from its header.
 */
export function PetitionsPage() {
  const { m } = useI18n();
  const l = m.petitions.list;
  const { can } = useAuth();
  const navigate = useNavigate();
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const { filters, update } = usePetitionFilters();
  const petitions = usePetitionBook(filters, unitId);
  const settlements = useSettlementBook(filters, unitId);
  const [recording, setRecording] = useState(false);
  const isPhone = useIsPhone();
  const isSettlements = filters.tab === 'settlements';
  const isBook = isBookTab(filters.tab);
  // The review queue is for those who link repeats.
  const tabs = petitionTabs.filter((tab) => tab !== 'duplicates' || can('petitions.process'));

  const label = (tab: PetitionTab) =>
    tab === 'all'
      ? l.tabAll
      : tab === 'settlements'
        ? l.tabSettlements
        : tab === 'duplicates'
          ? m.petitionRecords.queue.tab
          : m.petitions.dueBuckets[tab];

  return (
    <Card
      title={l.title}
      extra={
        <Flex gap={8}>
          <Button
            icon={<BarChartOutlined />}
            onClick={() => navigate('/petitions/figures')}
            aria-label={m.petitionFigures.open}
            title={isPhone ? m.petitionFigures.open : undefined}
            data-testid="petitions-figures"
          >
            {isPhone ? null : m.petitionFigures.open}
          </Button>
          {can('petitions.receive') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              aria-label={l.record}
              title={isPhone ? l.record : undefined}
              data-testid="petitions-record"
            >
              {isPhone ? null : l.record}
            </Button>
          )}
        </Flex>
      }
    >
      <Tabs
        activeKey={filters.tab}
        onChange={(tab) => update({ tab: tab as PetitionTab, due: undefined, status: undefined })}
        items={tabs.map((tab) => ({ key: tab, label: <span data-testid={`petitions-tab-${tab}`}>{label(tab)}</span> }))}
      />
      {isSettlements ? (
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={m.settlements.list.allBuckets}
            aria-label={m.settlements.list.allBuckets}
            style={{ width: 280, maxWidth: '100%' }}
            value={filters.due}
            options={dueBuckets.map((bucket) => ({ value: bucket, label: m.petitions.dueBuckets[bucket] }))}
            onChange={(due) => update({ due })}
            data-testid="settlements-due"
          />
          <Select
            allowClear
            placeholder={m.settlements.list.statusFilter}
            aria-label={m.settlements.list.statusFilter}
            style={{ width: 220, maxWidth: '100%' }}
            value={filters.status}
            options={settlementStatuses.map((status) => ({ value: status, label: m.settlements.statuses[status] }))}
            onChange={(status) => update({ status })}
            data-testid="settlements-status"
          />
        </Flex>
      ) : isBook ? (
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <SearchInput
            value={filters.q}
            placeholder={l.searchPlaceholder}
            ariaLabel={m.common.search}
            style={{ width: 480, maxWidth: '100%' }}
            onSearch={(q) => update({ q })}
            testId="petitions-search"
          />
          <Select
            allowClear
            placeholder={l.kindFilter}
            aria-label={l.kindFilter}
            style={{ width: 200, maxWidth: '100%' }}
            value={filters.kind}
            options={petitionKinds.map((kind) => ({ value: kind, label: m.petitions.kinds[kind] }))}
            onChange={(kind) => update({ kind })}
            data-testid="petitions-kind"
          />
        </Flex>
      ) : null}
      {unitId === null && current !== null && <Alert type="info" showIcon title={l.unitHint} style={{ marginBottom: 16 }} />}
      {filters.tab === 'duplicates' ? (
        <DuplicateQueue
          unitId={unitId}
          page={filters.page}
          pageSize={filters.pageSize}
          onPageChange={(page, pageSize) => update({ page, pageSize })}
        />
      ) : isSettlements ? (
        <SettlementTable
          page={settlements.page}
          loading={settlements.loading}
          onPageChange={(page, pageSize) => update({ page, pageSize })}
        />
      ) : (
        <PetitionTable page={petitions.page} loading={petitions.loading} onPageChange={(page, pageSize) => update({ page, pageSize })} />
      )}
      <PetitionIntakeModal
        open={recording}
        unit={current}
        onClose={() => setRecording(false)}
        onRecorded={(petition) => {
          setRecording(false);
          void navigate(`/petitions/${petition.id}`);
        }}
      />
    </Card>
  );
}
