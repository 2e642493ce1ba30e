import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import type { Session } from '@contracts/reception';
import { receptionApi } from '../../api/receptionApi';
import { monthRange } from '../../receptionText';
import { ConclusionsModal } from './ConclusionsModal';
import { ReceptionFiguresRow } from './ReceptionFiguresRow';
import { ReceptionPlanner } from './ReceptionPlanner';
import { ScheduleSessionModal } from './ScheduleSessionModal';
import { SessionOutcomeModal } from './SessionOutcomeModal';
import { SessionTable } from './SessionTable';

/**
 * The heads' reception sessions of the working unit by month — scheduled, held (or on the head's
 * behalf), cancelled, concluded into commitments — with the month's figures and the year's planner.
 */
export function SessionsPage() {
  const { m } = useI18n();
  const t = m.reception.sessions;
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const canHost = can('reception.host');
  const [month, setMonth] = useState(todayInVietnam().slice(0, 7));
  const [refreshKey, setRefreshKey] = useState(0);
  const [scheduling, setScheduling] = useState(false);
  const [outcomeOf, setOutcomeOf] = useState<Session | null>(null);
  const [concluding, setConcluding] = useState<Session | null>(null);
  const range = monthRange(/^\d{4}-\d{2}$/.test(month) ? month : todayInVietnam().slice(0, 7));
  const list = useApiQuery(unitId ? `sessions:${unitId}:${range.from}:${refreshKey}` : null, (signal) =>
    receptionApi.sessions({ unitId: unitId ?? undefined, ...range, pageSize: 200 }, signal),
  );
  const refresh = () => setRefreshKey((value) => value + 1);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/reception')} style={{ paddingInline: 0 }}>
      {t.back}
    </Button>
  );
  if (!unitId) {
    return (
      <Card title={t.title}>
        {back}
        <Alert type="info" showIcon title={m.reception.desk.chooseUnit} />
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="sessions-page">
      <Card
        title={t.title}
        extra={
          canHost ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setScheduling(true)}
              aria-label={t.schedule}
              title={isPhone ? t.schedule : undefined}
              data-testid="sessions-schedule"
            >
              {isPhone ? null : t.schedule}
            </Button>
          ) : null
        }
      >
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          {back}
          <Input
            type="month"
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            aria-label={t.month}
            style={{ width: 180 }}
            data-testid="sessions-month"
          />
        </Flex>
        <ReceptionFiguresRow unitId={unitId} period={range} refreshKey={refreshKey} />
        <SessionTable
          sessions={list.data?.items ?? []}
          loading={list.loading}
          canHost={canHost}
          onOutcome={setOutcomeOf}
          onConclude={setConcluding}
        />
      </Card>
      <ReceptionPlanner unitId={unitId} canHost={canHost} refreshKey={refreshKey} onCreated={refresh} />
      <ScheduleSessionModal
        open={scheduling}
        unitId={unitId}
        onClose={() => setScheduling(false)}
        onScheduled={(session) => {
          setScheduling(false);
          setMonth(session.date.slice(0, 7));
          refresh();
        }}
      />
      <SessionOutcomeModal
        session={outcomeOf}
        onClose={() => setOutcomeOf(null)}
        onSaved={() => {
          setOutcomeOf(null);
          refresh();
        }}
        onStale={() => {
          setOutcomeOf(null);
          refresh();
        }}
      />
      <ConclusionsModal
        session={concluding}
        onClose={() => {
          setConcluding(null);
          refresh();
        }}
      />
    </Flex>
  );
}
