import { Flex, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { Page } from '../../../../platform/api/client';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Dialogue } from '@contracts/dialogues';
import { formatMinute } from '../../../dossiers/dossierText';
import { DialogueStatusTag } from '../ReceptionTags';

type Props = {
  page: Page<Dialogue> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (dialogue: Dialogue) => void;
};

/** The dialogues, the latest first: when, what, which kind, the host, how it went and the commitments made. */
export function DialogueTable({ page, loading, onPageChange, onOpen }: Props) {
  const { m, locale } = useI18n();
  const t = m.dialogues.list;
  const pagination = useServerPagination(page, onPageChange);
  const isPhone = useIsPhone();
  return (
    <div data-testid="dialogues-table">
      <Table<Dialogue>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 900 }}
        pagination={pagination}
        locale={{ emptyText: t.empty }}
        onRow={(dialogue) =>
          ({
            onClick: () => onOpen(dialogue),
            style: { cursor: 'pointer' },
            'data-dialogue-id': dialogue.id,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'dialogue',
            title: t.dialogue,
            hidden: !isPhone,
            render: (_value, dialogue) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  <Typography.Text type="secondary">{formatMinute(dialogue.plannedAt, locale)}</Typography.Text>
                  <DialogueStatusTag status={dialogue.status} />
                </Flex>
                <Typography.Text strong>{dialogue.title}</Typography.Text>
                <Typography.Text type="secondary">{m.dialogues.kinds[dialogue.kind]}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'plannedAt',
            title: t.plannedAt,
            width: 150,
            hidden: isPhone,
            render: (_value, dialogue) => formatMinute(dialogue.heldAt ?? dialogue.plannedAt, locale),
          },
          { key: 'title', title: t.dialogue, hidden: isPhone, render: (_value, dialogue) => dialogue.title },
          { key: 'kind', title: t.kind, width: 190, hidden: isPhone, render: (_value, dialogue) => m.dialogues.kinds[dialogue.kind] },
          { key: 'host', title: t.host, width: 180, hidden: isPhone, render: (_value, dialogue) => dialogue.hostName },
          {
            key: 'status',
            title: t.status,
            width: 140,
            hidden: isPhone,
            render: (_value, dialogue) => <DialogueStatusTag status={dialogue.status} />,
          },
          {
            key: 'commitments',
            title: t.commitments,
            width: 90,
            align: 'right',
            hidden: isPhone,
            render: (_value, dialogue) => dialogue.commitmentIds.length,
          },
        ]}
      />
    </div>
  );
}
