import { Alert, Button, Card, Select, Space } from 'antd';
import { useState } from 'react';
import type { Team } from '@contracts/community';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { unitsApi } from '../../../units/api/unitsApi';
import { mediationApi } from '../../api/mediationApi';
import { useCommunityText } from '../../communityText';
import { useCommand } from '../../hooks/useCommand';

/**
 * A team whose village was merged into another: moved, with one click, to the village that
 * continues it; the old village stays in the team's history.
 */
export function TransferTeamCard({ team, onMoved }: { team: Team; onMoved: () => void }) {
  const t = useCommunityText();
  const village = useApiQuery(`unit:${team.unitId}`, (signal) => unitsApi.get(team.unitId, signal));
  const successors = village.data?.successors ?? [];
  const [target, setTarget] = useState<string | undefined>(undefined);
  const run = useCommand(onMoved);
  const chosen = target ?? successors[0]?.unitId;
  const on = village.data?.validTo ?? new Date().toISOString().slice(0, 10);
  return (
    <Card title={t.teams.transferTitle} style={{ marginBottom: 16 }} data-testid="team-transfer">
      <Alert type="warning" showIcon message={t.teams.transferHint} style={{ marginBottom: 12 }} />
      <Space wrap>
        <Select
          style={{ minWidth: 240 }}
          value={chosen}
          onChange={setTarget}
          loading={village.loading}
          placeholder={t.teams.transferTo}
          options={successors.map((unit) => ({ value: unit.unitId, label: unit.name }))}
        />
        <Button
          type="primary"
          disabled={!chosen}
          onClick={() => void run(() => mediationApi.transfer(team.id, team.version, { unitId: chosen!, on }), t.teams.transferred)}
        >
          {t.teams.transfer}
        </Button>
      </Space>
    </Card>
  );
}
