import { Flex, Progress, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { Page } from '../../../../platform/api/client';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Commitment } from '@contracts/dialogues';
import { CommitmentStatusTag } from '../ReceptionTags';

type Props = {
  page: Page<Commitment> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (commitment: Commitment) => void;
};

const clamp = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

/** The board: each commitment with its owner, due date (red when overdue), status and progress, due first. */
export function CommitmentTable({ page, loading, onPageChange, onOpen }: Props) {
  const { m } = useI18n();
  const t = m.commitments.board;
  const pagination = useServerPagination(page, onPageChange);
  const isPhone = useIsPhone();
  const due = (commitment: Commitment) => (
    <Typography.Text type={commitment.isOverdue ? 'danger' : undefined} strong={commitment.isOverdue} data-testid="commitment-due">
      {formatDate(commitment.dueOn)}
    </Typography.Text>
  );
  return (
    <div data-testid="commitments-table">
      <Table<Commitment>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 900 }}
        pagination={pagination}
        locale={{ emptyText: t.empty }}
        onRow={(commitment) =>
          ({
            onClick: () => onOpen(commitment),
            style: { cursor: 'pointer' },
            'data-commitment-id': commitment.id,
            'data-status': commitment.status,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'commitment',
            title: t.commitment,
            hidden: !isPhone,
            render: (_value, commitment) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  {due(commitment)}
                  <CommitmentStatusTag status={commitment.status} />
                </Flex>
                <div style={clamp}>{commitment.publicText}</div>
                <Typography.Text type="secondary">{commitment.ownerUnitName}</Typography.Text>
                <Progress percent={commitment.progressPct} size="small" />
              </Flex>
            ),
          },
          {
            key: 'text',
            title: t.commitment,
            hidden: isPhone,
            render: (_value, commitment) => (
              <div title={commitment.text} style={clamp}>
                {commitment.publicText}
              </div>
            ),
          },
          {
            key: 'owner',
            title: t.owner,
            width: 200,
            hidden: isPhone,
            render: (_value, commitment) => (
              <div>
                <div>{commitment.ownerName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {commitment.ownerUnitName}
                </Typography.Text>
              </div>
            ),
          },
          { key: 'due', title: t.dueOn, width: 110, hidden: isPhone, render: (_value, commitment) => due(commitment) },
          {
            key: 'origin',
            title: t.origin,
            width: 140,
            hidden: isPhone,
            render: (_value, commitment) => m.commitments.origins[commitment.origin],
          },
          {
            key: 'status',
            title: t.status,
            width: 130,
            hidden: isPhone,
            render: (_value, commitment) => <CommitmentStatusTag status={commitment.status} />,
          },
          {
            key: 'progress',
            title: t.progress,
            width: 130,
            hidden: isPhone,
            render: (_value, commitment) => <Progress percent={commitment.progressPct} size="small" />,
          },
        ]}
      />
    </div>
  );
}
