import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MediationCase } from '@contracts/community';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { mediationApi, type Referred } from '../../api/mediationApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useVersionedRecord } from '../../hooks/useVersionedRecord';
import { BackBar, RecordPending } from '../PageTop';
import { CaseFacts, LegalAidHintsNotice } from './CaseFacts';
import { MediationStepModal, type StepKind } from './MediationStepModal';
import { ReferralModal, referralDone } from './ReferralModal';

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
  const handedOn = made.handedOn ?? (referred ? { ...referred, at: null } : null);
  const canRefer = canManage && (made.status === 'failure' || made.status === 'stopped') && handedOn === null;

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
        {handedOn && <ReferredNotice handedOn={handedOn} />}
        <LegalAidHintsNotice hints={made.legalAidHints} />
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

/** Where the case went: a link to the petition (for who may read petitions) or to the legal-aid case, and when. */
function ReferredNotice({ handedOn }: { handedOn: Referred & { at: string | null } }) {
  const t = useCommunityText();
  const { locale } = useI18n();
  const { can } = useAuth();
  const isPetition = handedOn.target !== 'legal_aid';
  const link = isPetition ? (
    can('petitions.read') ? (
      <Link to={`/petitions/${handedOn.id}`} data-testid="referral-petition-link">
        {t.referral.openPetition}
      </Link>
    ) : (
      <span>{t.referral.petitionNoAccess}</span>
    )
  ) : (
    <Link to={communityPaths.legalAid(handedOn.id)} data-testid="referral-legal-aid-link">
      {t.referral.openLegalAid}
    </Link>
  );
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 16 }}
      title={referralDone(t, handedOn.target)}
      description={
        <Flex vertical gap={2}>
          {link}
          {handedOn.at ? (
            <Typography.Text type="secondary">{format(t.referral.handedOnAt, { at: formatMinute(handedOn.at, locale) })}</Typography.Text>
          ) : null}
        </Flex>
      }
      data-testid="referral-done"
      data-target={handedOn.target}
    />
  );
}
