import { Flex, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { MediationCase } from '@contracts/community';
import type { Page } from '../../../../platform/api/client';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { useCommunityText } from '../../communityText';
import { MediationStatusTag } from '../CommunityTags';

type Props = {
  page: Page<MediationCase> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (made: MediationCase) => void;
};

const clamp = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

/** The mediation book: number, received, the parties, what it is about, its field and status; one card per case on a phone. */
export function CaseTable({ page, loading, onPageChange, onOpen }: Props) {
  const t = useCommunityText();
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const pagination = useServerPagination(page, onPageChange);
  const bookNo = (made: MediationCase) => (
    <Typography.Text strong>
      {made.bookNo}/{made.year}
    </Typography.Text>
  );
  const parties = (made: MediationCase) => made.parties.map((party) => party.fullName).join(' – ');

  return (
    <div data-testid="mediation-cases">
      <Table<MediationCase>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 900 }}
        locale={{ emptyText: t.cases.empty }}
        pagination={pagination}
        onRow={(made) =>
          ({ onClick: () => onOpen(made), style: { cursor: 'pointer' }, 'data-case-id': made.id }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'card',
            title: t.cases.title,
            hidden: !isPhone,
            render: (_value, made) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  {bookNo(made)}
                  <MediationStatusTag status={made.status} />
                </Flex>
                <Typography.Text>{parties(made)}</Typography.Text>
                <div style={clamp}>{made.summary}</div>
                <Typography.Text type="secondary">
                  {t.cases.fields[made.field]} · {formatMinute(made.receivedAt, locale)}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'book', title: t.cases.book, width: 90, hidden: isPhone, render: (_value, made) => bookNo(made) },
          {
            key: 'received',
            title: t.cases.receivedAt,
            width: 140,
            hidden: isPhone,
            render: (_value, made) => formatMinute(made.receivedAt, locale),
          },
          { key: 'parties', title: t.cases.parties, width: 220, hidden: isPhone, render: (_value, made) => parties(made) },
          {
            key: 'summary',
            title: t.cases.summary,
            hidden: isPhone,
            render: (_value, made) => (
              <div title={made.summary} style={clamp}>
                {made.summary}
              </div>
            ),
          },
          { key: 'field', title: t.cases.field, width: 150, hidden: isPhone, render: (_value, made) => t.cases.fields[made.field] },
          {
            key: 'status',
            title: t.common.status,
            width: 170,
            hidden: isPhone,
            render: (_value, made) => <MediationStatusTag status={made.status} />,
          },
        ]}
      />
    </div>
  );
}
