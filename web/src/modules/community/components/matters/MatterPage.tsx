import { Button, Card, Descriptions, Empty, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { mattersApi, type MatterView } from '../../api/mattersApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useCommand } from '../../hooks/useCommand';
import { useVersionedRecord } from '../../hooks/useVersionedRecord';
import { MatterStatusTag } from '../CommunityTags';
import { BackBar, RecordPending } from '../PageTop';
import { ConsentsModal } from './ConsentsModal';
import { InitiativeCard } from './InitiativeCard';
import { VoteCard } from './VoteCard';
import { VoteDocumentModal, type VoteStep } from './VoteDocumentModal';
import { VoteModal } from './VoteModal';

/** Whether another vote may be recorded: not once decided, except a commune-wide matter's remaining villages. */
const votable = (matter: MatterView) =>
  matter.status === 'open' ||
  matter.status === 'ballot_required' ||
  matter.status === 'collecting' ||
  (matter.scope === 'commune' && matter.status === 'passed');

/** A matter residents decide: its status, the initiative's consents, the commune-wide tally, each village's vote and its documents. */
export function MatterPage() {
  const text = useCommunityText();
  const t = text.matters;
  const { id = '' } = useParams();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const {
    record: matter,
    version,
    loading,
    problem,
    reload,
    run,
  } = useVersionedRecord(`matter:${id}`, (signal) => mattersApi.get(id, signal));
  const runOnVote = useCommand(reload);
  const [consenting, setConsenting] = useState(false);
  const [voting, setVoting] = useState(false);
  const [step, setStep] = useState<VoteStep | null>(null);

  if (!matter || version === undefined) return <RecordPending back={communityPaths.matters} failed={problem !== null} loading={loading} />;
  const canManage = can('community.manage');
  const tally = matter.villages;

  return (
    <div data-testid="matter-page" data-version={version} data-status={matter.status}>
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={communityPaths.matters} loading={loading} onReload={reload} />
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {matter.title}
          </Typography.Title>
          <div>
            <MatterStatusTag status={matter.status} testId="matter-status" />
          </div>
        </Flex>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: isPhone ? 110 : 190 } }}
          items={[
            { key: 'item', label: t.item, children: `${matter.item}. ${t.items[matter.item] ?? ''}` },
            { key: 'unit', label: t.unit, children: `${matter.unitName} · ${t.scopes[matter.scope]}` },
            { key: 'proposer', label: t.proposer, children: `${t.proposers[matter.proposer]} · ${formatDate(matter.proposedOn)}` },
            { key: 'form', label: t.form, children: t.forms[matter.form] },
            { key: 'basis', label: t.basis, children: matter.basis },
          ]}
        />
      </Card>
      {matter.initiative && (
        <InitiativeCard
          initiative={matter.initiative}
          canAdd={canManage && matter.status === 'collecting'}
          onAdd={() => setConsenting(true)}
        />
      )}
      {tally && (
        <Card title={t.tally} style={{ marginBottom: 16 }} data-testid="matter-tally">
          <Typography.Text strong>{format(t.tallyText, tally)}</Typography.Text>
          <Progress
            percent={tally.total > 0 ? Math.round((tally.passed / tally.total) * 100) : 0}
            success={{ percent: tally.total > 0 ? Math.round((Math.min(tally.passed, tally.needed) / tally.total) * 100) : 0 }}
            showInfo={false}
          />
        </Card>
      )}
      <Card
        title={t.votes}
        extra={
          canManage && votable(matter) ? (
            <Button type="primary" onClick={() => setVoting(true)} data-testid="matter-vote-add">
              {t.vote}
            </Button>
          ) : null
        }
      >
        {matter.votes.length === 0 ? (
          <Empty description={t.noVotes} />
        ) : (
          matter.votes.map((vote) => <VoteCard key={vote.id} matter={matter} vote={vote} canManage={canManage} onStep={setStep} />)
        )}
      </Card>
      <ConsentsModal matter={matter} open={consenting} run={run} onClose={() => setConsenting(false)} />
      <VoteModal matter={matter} open={voting} run={run} onClose={() => setVoting(false)} />
      <VoteDocumentModal matter={matter} step={step} run={runOnVote} onClose={() => setStep(null)} />
    </div>
  );
}
