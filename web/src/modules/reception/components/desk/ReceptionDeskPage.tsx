import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { todayInVietnam } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { receptionApi } from '../../api/receptionApi';
import { VisitDrawer } from './VisitDrawer';
import { VisitForm } from './VisitForm';
import { VisitLog } from './VisitLog';

/**
 * The reception desk of the working unit: the entry for the next citizen on top (today's session
 * or regular reception), the log of the day or the whole log below; an entry opens with its actions.
 */
export function ReceptionDeskPage() {
  const { m } = useI18n();
  const t = m.reception.desk;
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const today = todayInVietnam();
  const [refreshKey, setRefreshKey] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const sessions = useApiQuery(unitId ? `sessions-today:${unitId}:${today}` : null, (signal) =>
    receptionApi.sessions({ unitId: unitId ?? undefined, from: today, to: today, pageSize: 50 }, signal),
  );

  const sessionsButton = (
    <Button
      icon={<CalendarOutlined />}
      onClick={() => navigate('/reception/sessions')}
      aria-label={m.nav.receptionSessions}
      title={isPhone ? m.nav.receptionSessions : undefined}
      data-testid="desk-sessions"
    >
      {isPhone ? null : m.nav.receptionSessions}
    </Button>
  );

  if (!unitId) {
    return (
      <Card title={t.title} extra={sessionsButton}>
        <Alert type="info" showIcon title={t.chooseUnit} data-testid="desk-choose-unit" />
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="reception-desk">
      <Card title={t.title} extra={sessionsButton}>
        {can('reception.record') ? (
          <Spin spinning={sessions.loading && !sessions.data}>
            <VisitForm
              key={unitId}
              unitId={unitId}
              sessions={sessions.data?.items ?? []}
              onRecorded={() => setRefreshKey((value) => value + 1)}
            />
          </Spin>
        ) : (
          <Alert type="info" showIcon title={t.readOnly} />
        )}
      </Card>
      <VisitLog unitId={unitId} refreshKey={refreshKey} onOpen={(visit) => setOpenId(visit.id)} />
      <VisitDrawer visitId={openId} onClose={() => setOpenId(null)} onChanged={() => setRefreshKey((value) => value + 1)} />
    </Flex>
  );
}
