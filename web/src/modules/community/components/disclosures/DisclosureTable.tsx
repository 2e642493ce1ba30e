import { Flex, Table, Tag, Typography, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import type { DisclosureView } from '../../api/disclosuresApi';
import { useCommunityText } from '../../communityText';
import { DisclosureProblemTags } from '../CommunityTags';

type Props = {
  items: DisclosureView[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  onOpen: (made: DisclosureView) => void;
};

/** The register's lines: item, title, due and disclosed days, what the timing lacks; one card per line on a phone. */
export function DisclosureTable({ items, loading, pagination, onOpen }: Props) {
  const t = useCommunityText().disclosures;
  const isPhone = useIsPhone();
  const disclosed = (made: DisclosureView) =>
    made.disclosedOn ? formatDate(made.disclosedOn) : <Typography.Text type="danger">{t.notYet}</Typography.Text>;
  const itemTag = (made: DisclosureView) => (
    <Tag title={made.itemTitle} style={{ marginInlineEnd: 0 }}>
      {made.item}
    </Tag>
  );
  return (
    <Table<DisclosureView>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      tableLayout="fixed"
      scroll={isPhone ? undefined : { x: 900 }}
      locale={{ emptyText: t.empty }}
      pagination={pagination}
      data-testid="disclosure-table"
      onRow={(made) =>
        ({ onClick: () => onOpen(made), style: { cursor: 'pointer' }, 'data-disclosure-id': made.id }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'card',
          title: t.title,
          hidden: !isPhone,
          render: (_value, made) => (
            <Flex vertical gap={4} align="start">
              <Flex gap={8} align="start">
                {itemTag(made)}
                <Typography.Text strong>{made.title}</Typography.Text>
              </Flex>
              <Typography.Text type="secondary">
                {t.dueOn}: {formatDate(made.dueOn)} · {t.disclosedOn}: {disclosed(made)}
              </Typography.Text>
              <DisclosureProblemTags problems={made.problems} />
            </Flex>
          ),
        },
        { key: 'item', title: '#', width: 60, hidden: isPhone, render: (_value, made) => itemTag(made) },
        {
          key: 'title',
          title: t.docTitle,
          hidden: isPhone,
          render: (_value, made) => (
            <Flex vertical>
              <Typography.Text strong>{made.title}</Typography.Text>
              <Typography.Text type="secondary" ellipsis>
                {made.itemTitle}
                {made.documentRef ? ` · ${made.documentRef}` : ''}
              </Typography.Text>
            </Flex>
          ),
        },
        { key: 'unit', title: t.commune, width: 150, hidden: isPhone, render: (_value, made) => made.unitName },
        { key: 'due', title: t.dueOn, width: 110, hidden: isPhone, render: (_value, made) => formatDate(made.dueOn) },
        { key: 'disclosed', title: t.disclosedOn, width: 120, hidden: isPhone, render: (_value, made) => disclosed(made) },
        {
          key: 'problems',
          title: t.problems,
          width: 220,
          hidden: isPhone,
          render: (_value, made) => <DisclosureProblemTags problems={made.problems} />,
        },
      ]}
    />
  );
}
