import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MediationCase } from '@contracts/community';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { format } from '../../../../platform/i18n/format';
import { mediationApi, type Referred } from '../../api/mediationApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useVersionedRecord } from '../../hooks/useVersionedRecord';
import { BackBar, RecordPending } from '../PageTop';
import { CaseFacts } from './CaseFacts';
import { MediationStepModal, type StepKind } from './MediationStepModal';
import { ReferralModal } from './ReferralModal';

/** The steps each status offers: start, then sessions and the end, then follow-up of a success. */
const stepsByStatus: Record<MediationCase['status'], StepKind[]> = {
  received: ['start'],
  in_progress: ['session', 'end'],
  success: ['follow_up'],
  failure: [],
  stopped: [],
  referred: [],
};

/** One mediation case: its facts, the steps its status allows, and the referral of a failed or stopped one. */
export function MediationCasePage() {
  const t = useCommunityText();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const {
    record: made,
    version,
    loading,
    problem,
    reload,
    run,
  } = useVersionedRecord(`mediation-case:${id}`, (signal) => mediationApi.get(id, signal));
  const team = useApiQuery(made ? `team:${made.teamId}` : null, (signal) => mediationApi.team(made?.teamId ?? '', signal));
  const [step, setStep] = useState<StepKind | null>(null);
  const [referring, setReferring] = useState(false);
  const [referred, setReferred] = useState<Referred | null>(null);

  if (!made || version === undefined) return <RecordPending back={communityPaths.cases} failed={problem !== null} loading={loading} />;

  const canManage = can('community.manage');
  const canRefer = canManage && (made.status === 'failure' || made.status === 'stopped') && referred === null;

  return (
    <div data-testid="mediation-case-page" data-version={version} data-status={made.status}>
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={communityPaths.cases} loading={loading} onReload={reload} />
        <Flex justify="space-between" align="start" gap={16} wrap style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="mediation-title">
            {format(t.cases.caseTitle, { bookNo: made.bookNo, year: made.year })}
          </Typography.Title>
          {canManage && (
            <Space wrap>
              {stepsByStatus[made.status].map((kind) => (
                <Button
                  key={kind}
                  type={kind === 'session' ? 'default' : 'primary'}
                  onClick={() => setStep(kind)}
                  data-testid={`mediation-step-${kind}`}
                >
                  {t.steps.actions[kind]}
                </Button>
              ))}
              {canRefer && (
                <Button type="primary" icon={<SendOutlined />} onClick={() => setReferring(true)} data-testid="mediation-refer">
                  {t.referral.action}
                </Button>
              )}
            </Space>
          )}
        </Flex>
        {referred && <ReferredNotice referred={referred} />}
        <CaseFacts made={made} team={team.data} />
      </Card>
      <MediationStepModal made={made} step={step} run={run} onClose={() => setStep(null)} />
      <ReferralModal
        made={made}
        version={version}
        open={referring}
        onClose={() => setReferring(false)}
        onStale={() => {
          setReferring(false);
          reload();
        }}
        onReferred={(result) => {
          setReferring(false);
          setReferred(result);
          reload();
        }}
      />
    </div>
  );
}

/** Where the case went: a link to the new petition (for who may read petitions) or legal-aid case. */
function ReferredNotice({ referred }: { referred: Referred }) {
  const t = useCommunityText();
  const { can } = useAuth();
  const isPetition = referred.target === 'petition';
  const link = isPetition ? (
    can('petitions.read') ? (
      <Link to={`/petitions/${referred.id}`} data-testid="referral-petition-link">
        {t.referral.openPetition}
      </Link>
    ) : (
      <span>{t.referral.petitionNoAccess}</span>
    )
  ) : (
    <Link to={communityPaths.legalAid(referred.id)} data-testid="referral-legal-aid-link">
      {t.referral.openLegalAid}
    </Link>
  );
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      title={isPetition ? t.referral.donePetition : t.referral.doneLegalAid}
      description={link}
      data-testid="referral-done"
    />
  );
}
