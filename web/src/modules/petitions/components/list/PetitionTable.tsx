import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { Page } from '../../../../platform/api/client';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Petition } from '@contracts/petitions';
import { formatMinute } from '../../../dossiers/dossierText';
import { isPetitionOverdue } from '../../petitionText';
import { PetitionKindTag, PetitionStatusTag } from '../PetitionTags';

type Props = {
  page: Page<Petition> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Two lines of the content at most, the whole of it on hover. */
const clamp = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

/** The petition book: number, receipt, kind, channel, status, due date (red when overdue) and the content. */
export function PetitionTable({ page, loading, onPageChange }: Props) {
  const { m, locale } = useI18n();
  const l = m.petitions.list;
  const pagination = useServerPagination(page, onPageChange);
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const now = Date.now();
  const open = (petition: Petition) => navigate(`/petitions/${petition.id}`);

  const bookNo = (petition: Petition) => (
    <Link to={`/petitions/${petition.id}`} onClick={(event) => event.stopPropagation()} data-testid="petition-row-link">
      {petition.bookNo}/{petition.year}
    </Link>
  );
  const due = (petition: Petition) => {
    if (!petition.dueAt) return petition.duplicateOf ? <Tag>{l.repeat}</Tag> : m.common.none;
    const text = formatMinute(petition.dueAt, locale);
    return isPetitionOverdue(petition, now) ? (
      <Typography.Text type="danger" strong data-testid="petition-overdue">
        {text}
      </Typography.Text>
    ) : petition.handledAt ? (
      <Typography.Text type="secondary">{text}</Typography.Text>
    ) : (
      text
    );
  };

  return (
    <div data-testid="petitions-table">
      <Table<Petition>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 1100 }}
        onRow={(petition) => ({ onClick: () => open(petition), style: { cursor: 'pointer' } })}
        pagination={pagination}
        columns={[
          {
            key: 'petition',
            title: l.bookNo,
            hidden: !isPhone,
            render: (_value, petition) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  {bookNo(petition)}
                  <PetitionStatusTag status={petition.status} />
                </Flex>
                <PetitionKindTag kind={petition.kind} />
                <div style={clamp}>{petition.contentSummary}</div>
                <Typography.Text style={{ fontSize: 12 }}>
                  {l.dueAt}: {due(petition)}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'bookNo', title: l.bookNo, width: 100, hidden: isPhone, render: (_value, petition) => bookNo(petition) },
          {
            key: 'received',
            title: l.received,
            width: 140,
            hidden: isPhone,
            render: (_value, petition) => formatMinute(petition.receivedAt, locale),
          },
          {
            key: 'kind',
            title: l.kind,
            width: 130,
            hidden: isPhone,
            render: (_value, petition) => <PetitionKindTag kind={petition.kind} />,
          },
          {
            key: 'channel',
            title: l.channel,
            width: 170,
            hidden: isPhone,
            render: (_value, petition) => m.petitions.channels[petition.channel],
          },
          {
            key: 'status',
            title: l.status,
            width: 150,
            hidden: isPhone,
            render: (_value, petition) => <PetitionStatusTag status={petition.status} />,
          },
          {
            key: 'due',
            title: <Tooltip title={l.dueHint}>{l.dueAt}</Tooltip>,
            width: 140,
            hidden: isPhone,
            render: (_value, petition) => due(petition),
          },
          {
            key: 'content',
            title: l.content,
            hidden: isPhone,
            render: (_value, petition) => (
              <div title={petition.contentSummary} style={clamp}>
                {petition.contentSummary}
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
