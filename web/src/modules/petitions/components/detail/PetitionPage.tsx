import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { PetitionOutcome } from '@contracts/petitions';
import { usePetition } from '../../hooks/usePetition';
import { offeredOutcomes } from '../../petitionText';
import { PetitionKindTag, PetitionStatusTag } from '../PetitionTags';
import { IdentityAccessLog } from '../records/IdentityAccessLog';
import { MatterCard } from '../records/MatterCard';
import { PetitionFilesCard } from '../records/PetitionFilesCard';
import { ProtectionCard } from '../records/ProtectionCard';
import { SettlementSection } from '../settlement/SettlementSection';
import { ClassificationCard } from './ClassificationCard';
import { DuplicateCandidates } from './DuplicateCandidates';
import { HandlingActions } from './HandlingActions';
import { HandlingModal } from './HandlingModal';
import { PetitionClockCard } from './PetitionClockCard';
import { PetitionerCard } from './PetitionerCard';
import { PetitionFacts } from './PetitionFacts';
import { PetitionLetters } from './PetitionLetters';

/**
 * One petition: its facts, the petitioner as the projection gives it, the clock, classification,
 * handling, repeats and settlement; its matter across instances, its scans, the denouncer's
 * protection and who read the identity.
 */
export function PetitionPage() {
  const { m } = useI18n();
  const d = m.petitions.detail;
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const { petition, loading, problem, reload, run } = usePetition(id);
  const [outcome, setOutcome] = useState<PetitionOutcome | null>(null);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/petitions')} style={{ paddingInline: 0 }}>
      {d.back}
    </Button>
  );

  if (!petition) {
    return (
      <Card>
        {back}
        {problem && !loading ? <Result status="404" title={d.notFound} /> : <Spin spinning style={{ display: 'block', padding: 48 }} />}
      </Card>
    );
  }

  const canProcess = can('petitions.process');
  const outcomes = canProcess ? offeredOutcomes(petition) : [];
  // Protected for what it is (a denunciation, or classified so), not only because it is not classified yet.
  const protectsDenouncer =
    petition.isIdentityProtected && (petition.classification !== null || petition.kind === 'denunciation' || petition.kind === 'mixed');

  return (
    <div data-testid="petition-page" data-version={petition.version} data-status={petition.status}>
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center">
          {back}
          <Button type="text" icon={<ReloadOutlined />} loading={loading} onClick={reload} aria-label={m.common.reload} />
        </Flex>
        <Flex justify="space-between" align="start" gap={16} wrap style={{ marginBottom: 16 }}>
          <Space orientation="vertical" size={4}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="petition-title">
              {format(d.title, { bookNo: petition.bookNo, year: petition.year })}
            </Typography.Title>
            <Space wrap size={4}>
              <PetitionStatusTag status={petition.status} testId="petition-status" />
              <PetitionKindTag kind={petition.kind} />
            </Space>
          </Space>
          <HandlingActions outcomes={outcomes} onPick={setOutcome} />
        </Flex>
        <PetitionFacts petition={petition} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <ClassificationCard petition={petition} canProcess={canProcess} run={run} />
          {petition.status === 'accepted' && <SettlementSection petition={petition} />}
          {canProcess && (petition.status === 'received' || petition.status === 'classified') && !petition.duplicateOf && (
            <DuplicateCandidates petition={petition} run={run} />
          )}
          <MatterCard petition={petition} />
          <PetitionFilesCard petition={petition} canAttach={canProcess || can('petitions.receive')} />
        </Col>
        <Col xs={24} xl={10}>
          <PetitionClockCard petition={petition} />
          <PetitionerCard petition={petition} />
          {protectsDenouncer && <ProtectionCard petition={petition} />}
          {can('petitions.clearance') && <IdentityAccessLog petitionId={petition.id} />}
          <PetitionLetters petition={petition} />
        </Col>
      </Row>
      <HandlingModal outcome={outcome} petition={petition} run={run} onClose={() => setOutcome(null)} />
    </div>
  );
}
