import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Team } from '@contracts/community';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { mediationApi } from '../../api/mediationApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { TeamProblemTags } from '../CommunityTags';
import { BackBar, RecordPending } from '../PageTop';
import { HouseholdsCard } from './HouseholdsCard';
import { MediatorForm } from './MediatorForm';
import { TransferTeamCard } from './TransferTeamCard';

type Mediator = Team['mediators'][number];

/** A mediation team: what it lacks by law, its mediators, the village's households, and a mediator added. */
export function TeamPage() {
  const t = useCommunityText();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const loaded = useApiQuery(`team:${id}`, (signal) => mediationApi.team(id, signal));
  const [changed, setChanged] = useState<Team | null>(null);
  const team = changed && changed.id === id && (!loaded.data || changed.version >= loaded.data.version) ? changed : loaded.data;

  if (!team) return <RecordPending back={communityPaths.teams} failed={loaded.problem !== null} loading={loaded.loading} />;

  return (
    <div data-testid="team-page" data-version={team.version}>
      <Card style={{ marginBottom: 16 }}>
        <BackBar to={communityPaths.teams} loading={loaded.loading} onReload={loaded.reload} />
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="team-title">
          {team.name}
        </Typography.Title>
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { width: isPhone ? 110 : 190 } }}
          items={[
            { key: 'village', label: t.common.village, children: team.unitName },
            { key: 'problems', label: t.teams.problems, children: <TeamProblemTags problems={team.problems} /> },
            { key: 'established', label: t.teams.establishedOn, children: formatDate(team.establishedOn) },
            ...(team.decisionRef ? [{ key: 'decision', label: t.teams.decisionRef, children: team.decisionRef }] : []),
            { key: 'reviewed', label: t.teams.reviewedOn, children: formatDate(team.reviewedOn) || t.teams.neverReviewed },
          ]}
        />
      </Card>
      <Card title={t.teams.mediators} style={{ marginBottom: 16 }}>
        <Table<Mediator>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={team.mediators}
          locale={{ emptyText: t.mediators.empty }}
          scroll={isPhone ? undefined : { x: 700 }}
          data-testid="team-mediators"
          columns={[
            {
              key: 'name',
              title: t.mediators.fullName,
              render: (_value, mediator) => (
                <span>
                  <strong>{mediator.fullName}</strong> {mediator.isLeader ? <Tag color="blue">{t.mediators.isLeader}</Tag> : null}
                  {mediator.endedOn ? <Tag>{t.mediators.ended}</Tag> : null}
                  {isPhone ? (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {t.mediators.sexes[mediator.sex]} · {mediator.ethnicity} · {formatDate(mediator.electedOn)}
                    </Typography.Text>
                  ) : null}
                </span>
              ),
            },
            {
              key: 'sex',
              title: t.mediators.sex,
              width: 80,
              hidden: isPhone,
              render: (_value, mediator) => t.mediators.sexes[mediator.sex],
            },
            {
              key: 'ethnicity',
              title: t.mediators.ethnicity,
              width: 110,
              hidden: isPhone,
              render: (_value, mediator) => mediator.ethnicity,
            },
            {
              key: 'elected',
              title: t.mediators.electedOn,
              width: 110,
              hidden: isPhone,
              render: (_value, mediator) => formatDate(mediator.electedOn),
            },
            {
              key: 'votes',
              title: t.mediators.votes,
              width: 150,
              hidden: isPhone,
              render: (_value, mediator) => `${mediator.votesFor} / ${mediator.householdsAtElection}`,
            },
          ]}
        />
      </Card>
      {can('community.manage') && team.problems.includes('village_ended') && <TransferTeamCard team={team} onMoved={loaded.reload} />}
      <HouseholdsCard unitId={team.unitId} />
      {can('community.manage') && (
        <Card title={t.mediators.add}>
          <MediatorForm team={team} onAdded={setChanged} />
        </Card>
      )}
    </div>
  );
}
