import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, List, Tag } from 'antd';
import { useState } from 'react';
import { describeProblem } from '../../../../platform/api/useProblemHandler';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { ProtectionRequest } from '@contracts/petition-records';
import type { Petition } from '@contracts/petitions';
import { formatMinute } from '../../../dossiers/dossierText';
import { recordsApi } from '../../api/recordsApi';
import { ProtectionDecisionModal, ProtectionRequestModal, type ProtectionAction } from './ProtectionForms';

const statusColours: Record<ProtectionRequest['status'], string> = {
  requested: 'gold',
  granted: 'green',
  refused: 'red',
  ended: 'default',
};

/**
 * Protection of the denouncer or relatives (Law 25/2018 arts. 47–58): the requests, the measures
 * decided and their end. Only officers cleared at the unit see it; the others read a short note.
 */
export function ProtectionCard({ petition }: { petition: Petition }) {
  const { m, locale } = useI18n();
  const t = m.petitionRecords.protection;
  const { can } = useAuth();
  const canSettle = can('petitions.settle');
  const list = useApiQuery(`petition-protection:${petition.id}`, (signal) => recordsApi.protections(petition.id, signal), {
    silent: true,
  });
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<{ request: ProtectionRequest; action: ProtectionAction } | null>(null);
  const notCleared = list.problem?.code === 'IDENTITY_CLEARANCE_REQUIRED' || list.problem?.status === 403;
  const items = list.data?.items ?? [];
  const canAct = canSettle && !list.problem;

  const done = () => {
    setAsking(false);
    setDeciding(null);
    list.reload();
  };
  const decide = (request: ProtectionRequest, action: ProtectionAction) => (
    <Button
      key={action}
      size="small"
      danger={action !== 'grant'}
      type={action === 'grant' ? 'primary' : 'default'}
      onClick={() => setDeciding({ request, action })}
      data-testid={`protection-${action}`}
    >
      {t.actions[action]}
    </Button>
  );

  return (
    <Card
      size="small"
      title={t.title}
      style={{ marginBottom: 16 }}
      data-testid="petition-protection"
      extra={
        canAct ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAsking(true)} data-testid="protection-request">
            {t.request}
          </Button>
        ) : null
      }
    >
      {notCleared ? (
        <Alert type="info" showIcon icon={<LockOutlined />} title={t.noClearance} data-testid="protection-no-clearance" />
      ) : list.problem ? (
        <Alert type="error" showIcon title={describeProblem(list.problem)} />
      ) : (
        <List
          size="small"
          loading={list.loading}
          dataSource={items}
          locale={{ emptyText: t.none }}
          renderItem={(request) => (
            <List.Item data-testid="protection-item" data-status={request.status} style={{ display: 'block' }}>
              <div style={{ marginBottom: 8 }}>
                <Tag color={statusColours[request.status]}>{t.statuses[request.status]}</Tag>
                {t.requesters[request.requestedBy]} · {formatMinute(request.requestedAt, locale)}
              </div>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'asked', label: t.measuresAsked, children: request.measuresAsked.map((x) => t.measures[x]).join('; ') },
                  ...(request.measuresGranted.length
                    ? [{ key: 'granted', label: t.measuresGranted, children: request.measuresGranted.map((x) => t.measures[x]).join('; ') }]
                    : []),
                  ...(request.decisionRef ? [{ key: 'ref', label: t.decisionRef, children: request.decisionRef }] : []),
                  ...(request.decidedAt ? [{ key: 'decided', label: t.decidedAt, children: formatMinute(request.decidedAt, locale) }] : []),
                  ...(request.endedAt ? [{ key: 'ended', label: t.endedAt, children: formatMinute(request.endedAt, locale) }] : []),
                  ...(request.reason ? [{ key: 'reason', label: t.reason, children: request.reason }] : []),
                  ...(request.note ? [{ key: 'note', label: t.note, children: request.note }] : []),
                ]}
              />
              {canSettle && (request.status === 'requested' || request.status === 'granted') && (
                <Flex gap={6} justify="end" style={{ marginTop: 8 }}>
                  {request.status === 'requested' ? [decide(request, 'grant'), decide(request, 'refuse')] : decide(request, 'end')}
                </Flex>
              )}
            </List.Item>
          )}
        />
      )}
      <ProtectionRequestModal open={asking} petitionId={petition.id} onClose={() => setAsking(false)} onDone={done} />
      <ProtectionDecisionModal deciding={deciding} onClose={() => setDeciding(null)} onDone={done} />
    </Card>
  );
}
