import { Alert, Card, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { commitmentStatuses, type CommitmentStatus } from '@contracts/dialogues';
import { commitmentsApi, type CommitmentQuery } from '../../api/commitmentsApi';
import { CommitmentDrawer } from './CommitmentDrawer';
import { CommitmentTable } from './CommitmentTable';

type Due = 'all' | 'overdue' | 'on_time';

/** The commitment board of the working unit (made by it or owned by it), by status and due; a commitment opens with its evidence. */
export function CommitmentsPage() {
  const { m } = useI18n();
  const t = m.commitments.board;
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const [params, setParams] = useSearchParams();
  const openId = params.get('open');
  const [status, setStatus] = useState<CommitmentStatus | undefined>(undefined);
  const [due, setDue] = useState<Due>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [refreshKey, setRefreshKey] = useState(0);
  const query: CommitmentQuery = {
    unitId: unitId ?? undefined,
    status,
    ...(due === 'all' ? {} : { overdue: due === 'overdue' ? 'true' : 'false' }),
    ...paging,
  };
  const list = useApiQuery(`commitments:${JSON.stringify(query)}:${refreshKey}`, (signal) => commitmentsApi.list(query, signal));
  const open = (id: string | null) => setParams(id ? { open: id } : {}, { replace: true });

  return (
    <Card title={t.title} data-testid="commitments-page">
      {!unitId && <Alert type="info" showIcon title={t.unitHint} style={{ marginBottom: 16 }} />}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t.status}
          aria-label={t.status}
          style={{ width: 220, maxWidth: '100%' }}
          value={status}
          options={commitmentStatuses.map((value) => ({ value, label: m.commitments.statuses[value] }))}
          onChange={(value?: CommitmentStatus) => {
            setStatus(value);
            setPaging({ ...paging, page: 1 });
          }}
          data-testid="commitments-status"
          data-value={status ?? ''}
        />
        <Segmented<Due>
          value={due}
          onChange={(value) => {
            setDue(value);
            setPaging({ ...paging, page: 1 });
          }}
          options={(['all', 'overdue', 'on_time'] as const).map((value) => ({
            value,
            label: <span data-testid={`commitments-due-${value}`}>{t.dues[value]}</span>,
          }))}
        />
      </Flex>
      <CommitmentTable
        page={list.data}
        loading={list.loading}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        onOpen={(commitment) => open(commitment.id)}
      />
      <CommitmentDrawer commitmentId={openId} onClose={() => open(null)} onChanged={() => setRefreshKey((value) => value + 1)} />
    </Card>
  );
}
