import { Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { Page } from '../../../../platform/api/client';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Settlement } from '@contracts/settlements';
import { formatMinute } from '../../../dossiers/dossierText';
import { SettlementStatusTag } from '../PetitionTags';

type Props = {
  page: Page<Settlement> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** The settlements in hand: the petition, kind, status, acceptance, due date (red when overdue) and result. */
export function SettlementTable({ page, loading, onPageChange }: Props) {
  const { m, locale } = useI18n();
  const l = m.settlements.list;
  const pagination = useServerPagination(page, onPageChange);
  const navigate = useNavigate();
  return (
    <div data-testid="settlements-table">
      <Table<Settlement>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(settlement) => ({ onClick: () => navigate(`/petitions/${settlement.petitionId}`), style: { cursor: 'pointer' } })}
        pagination={pagination}
        columns={[
          {
            key: 'petition',
            title: l.petition,
            width: 110,
            render: (_value, settlement) => (
              <Link to={`/petitions/${settlement.petitionId}`} onClick={(event) => event.stopPropagation()}>
                {settlement.petitionBookNo}/{settlement.petitionYear}
              </Link>
            ),
          },
          { key: 'kind', title: l.kind, width: 190, render: (_value, settlement) => m.settlements.kinds[settlement.kind] },
          {
            key: 'status',
            title: l.status,
            width: 170,
            render: (_value, settlement) => <SettlementStatusTag status={settlement.status} />,
          },
          {
            key: 'accepted',
            title: l.acceptedAt,
            width: 150,
            render: (_value, settlement) => formatMinute(settlement.acceptedAt, locale),
          },
          {
            key: 'due',
            title: l.dueAt,
            width: 150,
            render: (_value, settlement) =>
              settlement.dueAt ? (
                <Typography.Text type={settlement.isOverdue ? 'danger' : undefined} strong={settlement.isOverdue}>
                  {formatMinute(settlement.dueAt, locale)}
                </Typography.Text>
              ) : (
                m.settlements.panel.suspendedClock
              ),
          },
          {
            key: 'result',
            title: l.result,
            render: (_value, settlement) => (settlement.result ? m.settlements.results[settlement.result] : m.common.none),
          },
        ]}
      />
    </div>
  );
}
