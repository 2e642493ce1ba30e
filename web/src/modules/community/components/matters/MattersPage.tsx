import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { mattersApi, type MatterQuery, type MatterView } from '../../api/mattersApi';
import { communityPaths, useCommunityText } from '../../communityText';
import { MatterStatusTag } from '../CommunityTags';
import { ProposeMatterModal, matterItemOptions } from './ProposeMatterModal';

/** The matters residents decide in the working unit, the latest first, by item and searched without diacritics. */
export function MattersPage() {
  const text = useCommunityText();
  const t = text.matters;
  const { m } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const unitId = useUnitScope().current?.id ?? null;
  const [item, setItem] = useState<number | undefined>(undefined);
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [proposing, setProposing] = useState(false);
  const query: MatterQuery = { unitId: unitId ?? undefined, item, q: q || undefined, ...paging };
  const list = useApiQuery(unitId ? `matters:${JSON.stringify(query)}` : null, (signal) => mattersApi.list(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const itemTag = (made: MatterView) => (
    <Tag title={t.items[made.item]} style={{ marginInlineEnd: 0 }}>
      {made.item}
    </Tag>
  );
  const where = (made: MatterView) => `${made.unitName} · ${t.scopes[made.scope]}`;

  return (
    <Card
      title={t.title}
      data-testid="matters-page"
      extra={
        can('community.manage') && unitId ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setProposing(true)}
            aria-label={t.propose}
            data-testid="matter-propose"
          >
            {isPhone ? null : t.propose}
          </Button>
        ) : null
      }
    >
      {!unitId ? (
        <Alert type="info" showIcon title={text.common.chooseUnit} />
      ) : (
        <>
          <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
            <Select
              allowClear
              placeholder={t.allItems}
              aria-label={t.item}
              style={{ width: 320, maxWidth: '100%' }}
              value={item}
              options={matterItemOptions(t.items)}
              onChange={(value?: number) => {
                setItem(value);
                setPaging({ ...paging, page: 1 });
              }}
            />
            <SearchInput
              value={q}
              placeholder={t.searchPlaceholder}
              ariaLabel={m.common.search}
              style={{ width: 300, maxWidth: '100%' }}
              onSearch={(value) => {
                setQ(value);
                setPaging({ ...paging, page: 1 });
              }}
              testId="matter-search"
            />
          </Flex>
          <Table<MatterView>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            tableLayout="fixed"
            scroll={isPhone ? undefined : { x: 860 }}
            locale={{ emptyText: t.empty }}
            pagination={pagination}
            data-testid="matter-table"
            onRow={(made) =>
              ({ onClick: () => navigate(communityPaths.matter(made.id)), style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLElement>
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
                    <Typography.Text type="secondary">{where(made)}</Typography.Text>
                    <MatterStatusTag status={made.status} />
                  </Flex>
                ),
              },
              { key: 'item', title: '#', width: 60, hidden: isPhone, render: (_value, made) => itemTag(made) },
              { key: 'title', title: t.matterTitle, hidden: isPhone, render: (_value, made) => <strong>{made.title}</strong> },
              { key: 'unit', title: t.unit, width: 200, hidden: isPhone, render: (_value, made) => where(made) },
              { key: 'proposer', title: t.proposer, width: 170, hidden: isPhone, render: (_value, made) => t.proposers[made.proposer] },
              { key: 'on', title: t.proposedOn, width: 110, hidden: isPhone, render: (_value, made) => formatDate(made.proposedOn) },
              {
                key: 'status',
                title: text.common.status,
                width: 180,
                hidden: isPhone,
                render: (_value, made) => <MatterStatusTag status={made.status} />,
              },
            ]}
          />
          <ProposeMatterModal
            open={proposing}
            onClose={() => setProposing(false)}
            onProposed={(made) => {
              setProposing(false);
              void navigate(communityPaths.matter(made.id));
            }}
          />
        </>
      )}
    </Card>
  );
}
