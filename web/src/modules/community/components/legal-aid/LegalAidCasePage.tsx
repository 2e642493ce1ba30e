import { Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { legalAidApi, type LegalAidView } from '../../api/legalAidApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useVersionedRecord } from '../../hooks/useVersionedRecord';
import { LegalAidStatusTag } from '../CommunityTags';
import { BackBar, RecordPending } from '../PageTop';
import { LegalAidClocks } from './LegalAidClocks';
import { LegalAidStepModal, type LegalAidStepKind } from './LegalAidStepModal';

/** The steps a case offers now: the proof while it is owed, the assignment, then completion; stopping while open. */
function offeredSteps(made: LegalAidView): LegalAidStepKind[] {
  const proof: LegalAidStepKind[] = made.proofDueAt && !made.proofReceivedAt ? ['proof_received'] : [];
  switch (made.status) {
    case 'accepted':
      return [...proof, 'assigned', 'stopped'];
    case 'in_progress':
      return [...proof, 'completed', 'stopped'];
    case 'completed':
    case 'stopped':
      return [];
  }
}

/** One legal-aid case: who and what, its clocks, its assignee and quality, and the steps it offers. */
export function LegalAidCasePage() {
  const t = useCommunityText();
  const { locale } = useI18n();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const {
    record: made,
    version,
    loading,
    problem,
    reload,
    run,
  } = useVersionedRecord(`legal-aid:${id}`, (signal) => legalAidApi.get(id, signal));
  const [step, setStep] = useState<LegalAidStepKind | null>(null);

  if (!made || version === undefined)
    return <RecordPending back={communityPaths.legalAidList} failed={problem !== null} loading={loading} />;

  const source =
    made.source === 'mediation' && made.sourceId ? (
      <Link to={communityPaths.mediationCase(made.sourceId)}>{t.legalAid.sourceMediation}</Link>
    ) : (
      t.legalAid.sources[made.source]
    );

  return (
    <div data-testid="legal-aid-case-page" data-version={version} data-status={made.status}>
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={communityPaths.legalAidList} loading={loading} onReload={reload} />
        <Flex justify="space-between" align="start" gap={16} wrap style={{ marginBottom: 16 }}>
          <Space orientation="vertical" size={4}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {made.code}
            </Typography.Title>
            <LegalAidStatusTag status={made.status} testId="legal-aid-status" />
          </Space>
          {can('community.manage') && (
            <Space wrap>
              {offeredSteps(made).map((kind) => (
                <Button
                  key={kind}
                  type={kind === 'stopped' ? 'default' : 'primary'}
                  danger={kind === 'stopped'}
                  onClick={() => setStep(kind)}
                >
                  {t.legalAid.stepActions[kind]}
                </Button>
              ))}
            </Space>
          )}
        </Flex>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: isPhone ? 110 : 190 } }}
          items={[
            {
              key: 'requester',
              label: t.legalAid.requester,
              children: `${made.requester.fullName}${made.requester.address ? ` · ${made.requester.address}` : ''}`,
            },
            { key: 'group', label: t.legalAid.group, children: t.legalAid.groups[made.group] },
            { key: 'form', label: t.legalAid.form, children: t.legalAid.forms[made.form] },
            { key: 'field', label: t.legalAid.field, children: made.field },
            { key: 'summary', label: t.legalAid.summary, children: <span style={{ whiteSpace: 'pre-wrap' }}>{made.summary}</span> },
            { key: 'accepted', label: t.legalAid.acceptedAt, children: formatMinute(made.acceptedAt, locale) },
            { key: 'source', label: t.legalAid.source, children: source },
            ...(made.immediateGround
              ? [
                  {
                    key: 'immediate',
                    label: t.legalAid.immediate,
                    children: <span data-testid="legal-aid-immediate-ground">{t.legalAid.immediateGrounds[made.immediateGround]}</span>,
                  },
                ]
              : []),
            ...(made.deadlineOn
              ? [
                  {
                    key: 'deadlineOn',
                    label: t.legalAid.deadlineOn,
                    children: <span data-testid="legal-aid-deadline-on">{formatDate(made.deadlineOn)}</span>,
                  },
                ]
              : []),
            ...(made.assignee ? [{ key: 'assignee', label: t.legalAid.assignee, children: made.assignee }] : []),
            ...(made.qualityScore !== null
              ? [
                  {
                    key: 'quality',
                    label: t.legalAid.quality,
                    children: `${made.qualityScore}/100${made.quality ? ` · ${t.legalAid.qualities[made.quality]}` : ''}`,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <LegalAidClocks made={made} />
      <LegalAidStepModal made={made} step={step} run={run} onClose={() => setStep(null)} />
    </div>
  );
}
