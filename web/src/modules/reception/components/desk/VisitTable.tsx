import { FileTextOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { Page } from '../../../../platform/api/client';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Visit } from '@contracts/reception';
import { formatMinute } from '../../../dossiers/dossierText';
import { VisitOutcomeTag } from '../ReceptionTags';

type Props = {
  page: Page<Visit> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (visit: Visit) => void;
};

/** Two lines of the content at most, the whole of it on hover. */
const clamp = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

/** The reception log: entry number, time, who came, the content, what it is about and what became of it. */
export function VisitTable({ page, loading, onPageChange, onOpen }: Props) {
  const { m, locale } = useI18n();
  const t = m.reception.log;
  const pagination = useServerPagination(page, onPageChange);
  const isPhone = useIsPhone();

  const entryNo = (visit: Visit) => (
    <Typography.Text strong data-testid="visit-entry-no">
      {visit.entryNo}/{visit.year}
    </Typography.Text>
  );
  const citizens = (visit: Visit) =>
    visit.citizens === null ? (
      <Tooltip title={t.protectedHint}>
        <Tag>{t.protected}</Tag>
      </Tooltip>
    ) : (
      <span>
        {visit.citizens.map((citizen) => citizen.fullName).join(', ')}
        {visit.peopleCount > visit.citizens.length ? ` (${visit.peopleCount})` : ''}
      </span>
    );
  const outcome = (visit: Visit) => (
    <Flex gap={4} wrap align="center">
      <VisitOutcomeTag outcome={visit.outcome} />
      {visit.petitionId && (
        <Link
          to={`/petitions/${visit.petitionId}`}
          onClick={(event) => event.stopPropagation()}
          title={t.petition}
          aria-label={t.petition}
          data-testid="visit-row-petition"
        >
          <FileTextOutlined />
        </Link>
      )}
    </Flex>
  );

  return (
    <div data-testid="visit-log">
      <Table<Visit>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 900 }}
        locale={{ emptyText: t.empty }}
        onRow={(visit) =>
          ({ onClick: () => onOpen(visit), style: { cursor: 'pointer' }, 'data-visit-id': visit.id }) as HTMLAttributes<HTMLElement>
        }
        pagination={pagination}
        columns={[
          {
            key: 'visit',
            title: t.entry,
            hidden: !isPhone,
            render: (_value, visit) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  {entryNo(visit)}
                  <Typography.Text type="secondary">{formatMinute(visit.visitedAt, locale)}</Typography.Text>
                </Flex>
                {citizens(visit)}
                <div style={clamp}>{visit.contentSummary}</div>
                {outcome(visit)}
              </Flex>
            ),
          },
          { key: 'entryNo', title: t.entry, width: 80, hidden: isPhone, render: (_value, visit) => entryNo(visit) },
          { key: 'at', title: t.at, width: 140, hidden: isPhone, render: (_value, visit) => formatMinute(visit.visitedAt, locale) },
          { key: 'citizens', title: t.citizens, width: 170, hidden: isPhone, render: (_value, visit) => citizens(visit) },
          {
            key: 'content',
            title: t.content,
            hidden: isPhone,
            render: (_value, visit) => (
              <div title={visit.contentSummary} style={clamp}>
                {visit.contentSummary}
              </div>
            ),
          },
          { key: 'nature', title: t.nature, width: 120, hidden: isPhone, render: (_value, visit) => m.reception.natures[visit.nature] },
          { key: 'outcome', title: t.outcome, width: 190, hidden: isPhone, render: (_value, visit) => outcome(visit) },
        ]}
      />
    </div>
  );
}
