import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { supervisionApi, type ConsultationQuery, type ConsultationView } from '../../api/supervisionApi';
import { consultationStatusColours, useCommunityText } from '../../communityText';
import { useCommand } from '../../hooks/useCommand';
import { AnswerModal, OpenConsultationModal } from './ConsultationModals';

/** The consultations of the working unit: what was asked, how long, through which channels, the feedback and the answer. */
export function ConsultationsTab({ unitId }: { unitId: string }) {
  const text = useCommunityText();
  const t = text.supervision;
  const { m } = useI18n();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [opening, setOpening] = useState(false);
  const [answering, setAnswering] = useState<ConsultationView | null>(null);
  const query: ConsultationQuery = { unitId, q: q || undefined, ...paging };
  const list = useApiQuery(`consultations:${JSON.stringify(query)}`, (signal) => supervisionApi.consultations(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const run = useCommand(list.reload);
  const canManage = can('community.manage');
  const status = (made: ConsultationView) => <Tag color={consultationStatusColours[made.status]}>{t.statuses[made.status]}</Tag>;
  const period = (made: ConsultationView) => `${formatDate(made.openedOn)} – ${formatDate(made.closesOn)}`;
  const answer = (made: ConsultationView) =>
    made.answer ? (
      <Flex vertical>
        <span>
          {t.feedbackCount}: {made.feedbackCount} · {formatDate(made.answeredOn)}
        </span>
        <Typography.Text type="secondary" ellipsis={{ tooltip: made.answer }}>
          {made.answer}
        </Typography.Text>
      </Flex>
    ) : canManage ? (
      <Button size="small" onClick={() => setAnswering(made)} data-testid="consultation-answer">
        {t.answer}
      </Button>
    ) : null;

  return (
    <div data-testid="consultations-tab">
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
        <SearchInput
          value={q}
          placeholder={t.searchPlaceholder}
          ariaLabel={m.common.search}
          style={{ width: 320, maxWidth: '100%' }}
          onSearch={(value) => {
            setQ(value);
            setPaging({ ...paging, page: 1 });
          }}
        />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="consultation-open">
            {t.open}
          </Button>
        )}
      </Flex>
      <Table<ConsultationView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 900 }}
        locale={{ emptyText: t.consultationsEmpty }}
        pagination={pagination}
        columns={[
          {
            key: 'card',
            title: t.tabs.consultations,
            hidden: !isPhone,
            render: (_value, made) => (
              <Flex vertical gap={4} align="start">
                <Typography.Text strong>{made.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {t.subjects[made.subject]} · {period(made)}
                </Typography.Text>
                {status(made)}
                {answer(made)}
              </Flex>
            ),
          },
          {
            key: 'title',
            title: t.consultationTitle,
            hidden: isPhone,
            render: (_value, made) => (
              <Flex vertical>
                <Typography.Text strong>{made.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {t.subjects[made.subject]} · {made.unitName}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'period', title: `${t.openedOn} – ${t.closesOn}`, width: 200, hidden: isPhone, render: (_value, made) => period(made) },
          {
            key: 'channels',
            title: t.channels,
            width: 180,
            hidden: isPhone,
            render: (_value, made) => made.channels.map((channel) => text.disclosures.channelKinds[channel]).join(', '),
          },
          { key: 'status', title: text.common.status, width: 140, hidden: isPhone, render: (_value, made) => status(made) },
          { key: 'answer', title: t.answer, width: 220, hidden: isPhone, render: (_value, made) => answer(made) },
        ]}
      />
      <OpenConsultationModal
        open={opening}
        onClose={() => setOpening(false)}
        onOpened={() => {
          setOpening(false);
          list.reload();
        }}
      />
      <AnswerModal made={answering} run={run} onClose={() => setAnswering(null)} />
    </div>
  );
}
