import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router';
import type { Team } from '@contracts/community';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { mediationApi } from '../../api/mediationApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { useVillages } from '../../hooks/useVillages';
import { TeamProblemTags } from '../CommunityTags';
import { BackBar } from '../PageTop';
import { CreateTeamModal } from './CreateTeamModal';

const activeCount = (team: Team) => team.mediators.filter((mediator) => mediator.endedOn === null).length;

/** The mediation teams of the working unit's villages, each with what it lacks by law. */
export function TeamsPage() {
  const t = useCommunityText();
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { unitId, villages } = useVillages();
  const [village, setVillage] = useState<string | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const query = { unitId: village ?? unitId ?? undefined, ...paging };
  const list = useApiQuery(unitId ? `teams:${JSON.stringify(query)}` : null, (signal) => mediationApi.teams(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));

  return (
    <Card
      title={t.teams.title}
      data-testid="teams-page"
      extra={
        can('community.manage') && unitId ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            aria-label={t.teams.create}
            data-testid="team-create"
          >
            {isPhone ? null : t.teams.create}
          </Button>
        ) : null
      }
    >
      <BackBar to={communityPaths.cases} />
      {!unitId ? (
        <Alert type="info" showIcon title={t.common.chooseUnit} />
      ) : (
        <>
          <Flex gap={12} wrap style={{ margin: '8px 0 16px' }}>
            <Select
              allowClear
              placeholder={t.common.allVillages}
              aria-label={t.common.village}
              style={{ width: 260, maxWidth: '100%' }}
              value={village}
              options={villages}
              onChange={(value?: string) => {
                setVillage(value);
                setPaging({ ...paging, page: 1 });
              }}
              data-testid="teams-village-filter"
            />
          </Flex>
          <Table<Team>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            tableLayout="fixed"
            scroll={isPhone ? undefined : { x: 800 }}
            locale={{ emptyText: t.teams.empty }}
            pagination={pagination}
            onRow={(team) =>
              ({
                onClick: () => navigate(communityPaths.team(team.id)),
                style: { cursor: 'pointer' },
                'data-team-id': team.id,
              }) as HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                key: 'card',
                title: t.teams.title,
                hidden: !isPhone,
                render: (_value, team) => (
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{team.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {team.unitName} · {t.teams.mediatorCount}: {activeCount(team)}
                    </Typography.Text>
                    <TeamProblemTags problems={team.problems} />
                  </Flex>
                ),
              },
              { key: 'name', title: t.teams.name, hidden: isPhone, render: (_value, team) => <strong>{team.name}</strong> },
              { key: 'village', title: t.common.village, width: 200, hidden: isPhone, render: (_value, team) => team.unitName },
              { key: 'count', title: t.teams.mediatorCount, width: 130, hidden: isPhone, render: (_value, team) => activeCount(team) },
              {
                key: 'problems',
                title: t.teams.problems,
                width: 300,
                hidden: isPhone,
                render: (_value, team) => <TeamProblemTags problems={team.problems} />,
              },
            ]}
          />
          <CreateTeamModal
            open={creating}
            villages={villages}
            onClose={() => setCreating(false)}
            onCreated={(team) => {
              setCreating(false);
              void navigate(communityPaths.team(team.id));
            }}
          />
        </>
      )}
    </Card>
  );
}
