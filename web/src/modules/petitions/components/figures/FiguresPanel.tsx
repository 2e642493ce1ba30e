import { Alert, Flex, Input, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate, todayInVietnam } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Period } from '@contracts/period';
import { PetitionFiguresView, SettlementFiguresView } from './FiguresViews';
import { SyncOutbox } from './SyncOutbox';

type PeriodKey = 'month' | 'year' | 'custom';

/** This month or this year so far, in Vietnam's calendar. */
function periodOf(key: Exclude<PeriodKey, 'custom'>, today = todayInVietnam()): Period {
  return key === 'month' ? { from: `${today.slice(0, 7)}-01`, to: today } : { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * The working unit's figures (with the units under it) for a period: petitions received and
 * handled, settlements; and its national-database outbox.
 */
export function FiguresPanel({ unitId }: { unitId: string | null }) {
  const { m } = useI18n();
  const f = m.petitionFigures;
  const { can } = useAuth();
  const [key, setKey] = useState<PeriodKey>('month');
  const [custom, setCustom] = useState<Period>(() => periodOf('year'));
  const period = useMemo(() => (key === 'custom' ? custom : periodOf(key)), [key, custom]);
  const isOrdered = /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to) && period.from <= period.to;

  if (!unitId) return <Alert type="info" showIcon title={f.chooseUnit} data-testid="figures-choose-unit" />;
  return (
    <Flex vertical gap={16} data-testid="petition-figures">
      <Flex gap={12} wrap align="center">
        <Segmented<PeriodKey>
          value={key}
          onChange={setKey}
          options={(['month', 'year', 'custom'] as const).map((value) => ({
            value,
            label: <span data-testid={`figures-period-${value}`}>{f.periods[value]}</span>,
          }))}
        />
        {key === 'custom' && (
          <Flex gap={8} align="center" wrap>
            <Input
              type="date"
              aria-label={f.from}
              value={custom.from}
              onChange={(event) => setCustom({ ...custom, from: event.target.value })}
              style={{ width: 160 }}
              data-testid="figures-from"
            />
            <span>–</span>
            <Input
              type="date"
              aria-label={f.to}
              value={custom.to}
              status={isOrdered ? undefined : 'error'}
              onChange={(event) => setCustom({ ...custom, to: event.target.value })}
              style={{ width: 160 }}
              data-testid="figures-to"
            />
          </Flex>
        )}
        <Typography.Text type="secondary">{format(f.period, { from: formatDate(period.from), to: formatDate(period.to) })}</Typography.Text>
      </Flex>
      {isOrdered && (
        <>
          <PetitionFiguresView unitId={unitId} period={period} />
          <SettlementFiguresView unitId={unitId} period={period} />
        </>
      )}
      <SyncOutbox unitId={unitId} canExport={can('petitions.process')} />
    </Flex>
  );
}
