import { BookOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { dossierStatuses } from '@contracts/dossiers';
import { useDossierFilters, type WorklistTab } from '../../hooks/useDossierFilters';
import { useWorklist } from '../../hooks/useWorklist';
import { DossierTable } from './DossierTable';
import { TrackingBookModal } from './TrackingBookModal';

/** The worklists: the working unit's dossiers, those waiting for me, due soon or overdue, and all in reach. */
export function DossiersPage() {
  const { m } = useI18n();
  const l = m.dossiers.list;
  const { can } = useAuth();
  const navigate = useNavigate();
  const { current } = useUnitScope();
  const { filters, update } = useDossierFilters();
  const { page, loading } = useWorklist(filters, current?.id ?? null);
  const [booking, setBooking] = useState(false);
  const isDeadlineTab = filters.tab === 'dueSoon' || filters.tab === 'overdue';
  // On a phone the card's buttons keep their icons only, beside the title.
  const isPhone = useIsPhone();

  const tabs: { key: WorklistTab; label: string }[] = [
    { key: 'unit', label: l.tabUnit },
    { key: 'mine', label: l.tabMine },
    { key: 'dueSoon', label: l.tabDueSoon },
    { key: 'overdue', label: l.tabOverdue },
    { key: 'all', label: l.tabAll },
  ];

  return (
    <Card
      title={l.title}
      extra={
        <Flex gap={8}>
          <Button
            icon={<BookOutlined />}
            onClick={() => setBooking(true)}
            aria-label={l.trackingBook}
            title={isPhone ? l.trackingBook : undefined}
            data-testid="dossiers-tracking-book"
          >
            {isPhone ? null : l.trackingBook}
          </Button>
          {can('dossiers.receive') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/dossiers/new')}
              aria-label={m.nav.intake}
              title={isPhone ? m.nav.intake : undefined}
            >
              {isPhone ? null : m.nav.intake}
            </Button>
          )}
        </Flex>
      }
    >
      <Tabs
        activeKey={filters.tab}
        onChange={(tab) => update({ tab: tab as WorklistTab, status: undefined })}
        items={tabs.map((tab) => ({ key: tab.key, label: <span data-testid={`dossiers-tab-${tab.key}`}>{tab.label}</span> }))}
      />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <SearchInput
          value={filters.q}
          placeholder={l.searchPlaceholder}
          ariaLabel={m.common.search}
          style={{ width: 520, maxWidth: '100%' }}
          onSearch={(q) => update({ q })}
          testId="dossiers-search"
        />
        {!isDeadlineTab && (
          <Select
            allowClear
            placeholder={l.statusFilter}
            aria-label={l.statusFilter}
            style={{ width: 260, maxWidth: '100%' }}
            value={filters.status}
            options={dossierStatuses.map((status) => ({ value: status, label: m.dossiers.statuses[status] ?? status }))}
            onChange={(status) => update({ status })}
            data-testid="dossiers-status"
          />
        )}
      </Flex>
      {(filters.tab === 'unit' || isDeadlineTab) && current?.id === null && (
        <Alert type="info" showIcon title={l.unitHint} style={{ marginBottom: 16 }} />
      )}
      {filters.tab === 'mine' && <Alert type="info" showIcon title={l.mineHint} style={{ marginBottom: 16 }} />}
      {isDeadlineTab && (
        <Alert type="info" showIcon title={filters.tab === 'dueSoon' ? l.dueSoonHint : l.overdueHint} style={{ marginBottom: 16 }} />
      )}
      <DossierTable page={page} loading={loading} onPageChange={(next, pageSize) => update({ page: next, pageSize })} />
      <TrackingBookModal open={booking} unit={current} onClose={() => setBooking(false)} />
    </Card>
  );
}
