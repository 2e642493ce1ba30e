import { Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { legalAidApi, type RefusalView } from '../../api/legalAidApi';
import { useCommunityText } from '../../communityText';

type Props = { unitId: string; reloadKey: number };

/** The legal-aid requests of the working unit refused at once, the latest first, with the reason and what was said. */
export function RefusalsTable({ unitId, reloadKey }: Props) {
  const t = useCommunityText();
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { unitId, ...paging };
  const list = useApiQuery(`legal-aid-refusals:${JSON.stringify(query)}:${reloadKey}`, (signal) => legalAidApi.refusals(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const reason = (made: RefusalView) => <Tag data-reason={made.reason}>{t.legalAid.refusalReasons[made.reason]}</Tag>;
  const requester = (made: RefusalView) => (
    <Flex vertical gap={2}>
      <span>{made.requester.fullName}</span>
      {made.requester.address ? <Typography.Text type="secondary">{made.requester.address}</Typography.Text> : null}
    </Flex>
  );

  return (
    <Table<RefusalView>
      rowKey="id"
      size="middle"
      loading={list.loading}
      dataSource={list.data?.items ?? []}
      tableLayout="fixed"
      scroll={isPhone ? undefined : { x: 900 }}
      locale={{ emptyText: t.legalAid.refusalsEmpty }}
      pagination={pagination}
      data-testid="legal-aid-refusals"
      columns={[
        {
          key: 'card',
          title: t.legalAid.tabs.refusals,
          hidden: !isPhone,
          render: (_value, made) => (
            <Flex vertical gap={4} align="start">
              <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                <Typography.Text strong>{made.requester.fullName}</Typography.Text>
                {reason(made)}
              </Flex>
              <Typography.Text type="secondary">{formatMinute(made.answeredAt, locale)}</Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {made.summary}
              </Typography.Paragraph>
            </Flex>
          ),
        },
        {
          key: 'answeredAt',
          title: t.legalAid.answeredAt,
          width: 150,
          hidden: isPhone,
          render: (_value, made) => formatMinute(made.answeredAt, locale),
        },
        { key: 'requester', title: t.legalAid.refusalRequester, width: 190, hidden: isPhone, render: (_value, made) => requester(made) },
        {
          key: 'summary',
          title: t.legalAid.summary,
          hidden: isPhone,
          render: (_value, made) => (
            <Typography.Paragraph ellipsis={{ rows: 3, tooltip: made.summary }} style={{ margin: 0 }}>
              {made.summary}
            </Typography.Paragraph>
          ),
        },
        { key: 'reason', title: t.legalAid.refusalReason, width: 200, hidden: isPhone, render: (_value, made) => reason(made) },
        {
          key: 'explanation',
          title: t.legalAid.explanation,
          hidden: isPhone,
          render: (_value, made) => (
            <Typography.Paragraph ellipsis={{ rows: 3, tooltip: made.explanation }} style={{ margin: 0 }}>
              {made.explanation}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}
