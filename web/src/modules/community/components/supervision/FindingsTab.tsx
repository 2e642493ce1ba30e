import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { supervisionBoards } from '@contracts/supervision';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { SearchInput } from '../../../../platform/components/SearchInput';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { supervisionApi, type Board, type FindingQuery, type FindingStatus, type FindingView } from '../../api/supervisionApi';
import { findingStatusColours, useCommunityText } from '../../communityText';
import { useCommand } from '../../hooks/useCommand';
import { FindingStepModal, RecordFindingModal, type FindingStepKind } from './FindingModals';

const findingStatuses: FindingStatus[] = ['open', 'answered', 'closed'];

/** The boards' findings in the working unit, by board and status, with the response and the close of the follow-up. */
export function FindingsTab({ unitId }: { unitId: string }) {
  const text = useCommunityText();
  const t = text.supervision;
  const { m } = useI18n();
  const { can } = useAuth();
  const isPhone = useIsPhone();
  const [board, setBoard] = useState<Board | undefined>(undefined);
  const [status, setStatus] = useState<FindingStatus | undefined>(undefined);
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [recording, setRecording] = useState(false);
  const [step, setStep] = useState<{ kind: FindingStepKind; made: FindingView } | null>(null);
  const query: FindingQuery = { unitId, board, status, q: q || undefined, ...paging };
  const list = useApiQuery(`findings:${JSON.stringify(query)}`, (signal) => supervisionApi.findings(query, signal));
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const run = useCommand(list.reload);
  const canManage = can('community.manage');
  const firstPage = () => setPaging({ ...paging, page: 1 });

  const followUp = (made: FindingView) => (
    <Flex vertical gap={4} align="start">
      <Tag color={findingStatusColours[made.status]}>{t.findingStatuses[made.status]}</Tag>
      {made.response && (
        <Typography.Text type="secondary">
          {formatDate(made.respondedOn)}: {made.response}
        </Typography.Text>
      )}
      {made.closingNote && (
        <Typography.Text type="secondary">
          {formatDate(made.closedOn)}: {made.closingNote}
        </Typography.Text>
      )}
      {canManage && made.status !== 'closed' && (
        <Flex gap={8} wrap>
          {made.status === 'open' && (
            <Button size="small" onClick={() => setStep({ kind: 'respond', made })} data-testid="finding-respond">
              {t.steps.respond}
            </Button>
          )}
          <Button size="small" onClick={() => setStep({ kind: 'close', made })} data-testid="finding-close">
            {t.steps.close}
          </Button>
        </Flex>
      )}
    </Flex>
  );
  const body = (made: FindingView) => (
    <Flex vertical gap={2}>
      <Typography.Text strong>{made.subject}</Typography.Text>
      <span>{made.finding}</span>
      <Typography.Text type="secondary">
        {t.recommendation}: {made.recommendation} → {made.addressedTo}
      </Typography.Text>
    </Flex>
  );

  return (
    <div data-testid="findings-tab">
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Select
            allowClear
            placeholder={t.allBoards}
            aria-label={t.board}
            style={{ width: 260, maxWidth: '100%' }}
            value={board}
            options={supervisionBoards.map((value) => ({ value, label: t.boards[value] }))}
            onChange={(value?: Board) => {
              setBoard(value);
              firstPage();
            }}
            data-testid="finding-board-filter"
          />
          <Select
            allowClear
            placeholder={text.common.status}
            aria-label={text.common.status}
            style={{ width: 180, maxWidth: '100%' }}
            value={status}
            options={findingStatuses.map((value) => ({ value, label: t.findingStatuses[value] }))}
            onChange={(value?: FindingStatus) => {
              setStatus(value);
              firstPage();
            }}
            data-testid="finding-status-filter"
          />
          <SearchInput
            value={q}
            placeholder={t.searchPlaceholder}
            ariaLabel={m.common.search}
            style={{ width: 260, maxWidth: '100%' }}
            onSearch={(value) => {
              setQ(value);
              firstPage();
            }}
          />
        </Flex>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="finding-record">
            {t.recordFinding}
          </Button>
        )}
      </Flex>
      <Table<FindingView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 900 }}
        locale={{ emptyText: t.findingsEmpty }}
        pagination={pagination}
        columns={[
          {
            key: 'card',
            title: t.tabs.findings,
            hidden: !isPhone,
            render: (_value, made) => (
              <Flex vertical gap={6}>
                <Typography.Text type="secondary">
                  {t.boards[made.board]} · {formatDate(made.foundOn)}
                </Typography.Text>
                {body(made)}
                {followUp(made)}
              </Flex>
            ),
          },
          {
            key: 'board',
            title: t.board,
            width: 200,
            hidden: isPhone,
            render: (_value, made) => (
              <Flex vertical>
                <span>{t.boards[made.board]}</span>
                <Typography.Text type="secondary">
                  {made.unitName} · {formatDate(made.foundOn)}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'finding', title: t.finding, hidden: isPhone, render: (_value, made) => body(made) },
          { key: 'status', title: text.common.status, width: 260, hidden: isPhone, render: (_value, made) => followUp(made) },
        ]}
      />
      <RecordFindingModal
        open={recording}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          setRecording(false);
          list.reload();
        }}
      />
      <FindingStepModal step={step} run={run} onClose={() => setStep(null)} />
    </div>
  );
}
