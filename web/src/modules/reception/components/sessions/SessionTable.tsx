import { AuditOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatDate } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Session } from '@contracts/reception';
import { SessionStatusTag } from '../ReceptionTags';

type Props = {
  sessions: Session[];
  loading: boolean;
  canHost: boolean;
  onOutcome: (session: Session) => void;
  onConclude: (session: Session) => void;
};

/** The sessions of the month in date order: host, kind and form, place, what became of them, the visits logged. */
export function SessionTable({ sessions, loading, canHost, onOutcome, onConclude }: Props) {
  const { m } = useI18n();
  const r = m.reception;
  const t = r.sessions;
  const isPhone = useIsPhone();

  const when = (session: Session) => (
    <span>
      <Typography.Text strong>{formatDate(session.date)}</Typography.Text>
      <Typography.Text type="secondary">
        {' '}
        {session.startsAt}–{session.endsAt}
      </Typography.Text>
    </span>
  );
  const host = (session: Session) => (
    <div>
      <div>{session.hostName}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {r.hostRoles[session.hostRole]}
      </Typography.Text>
    </div>
  );
  const kind = (session: Session) => (
    <Flex gap={4} wrap>
      <Tag>{r.kinds[session.kind]}</Tag>
      <Tag color={session.form === 'online' ? 'geekblue' : undefined}>{r.forms[session.form]}</Tag>
    </Flex>
  );
  const status = (session: Session) => (
    <Flex vertical gap={2} align="start">
      <SessionStatusTag status={session.status} testId="session-status" />
      {session.status === 'held' && session.heldByName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {session.heldByName}
          {session.delegated ? <Tag style={{ marginInlineStart: 4 }}>{t.delegated}</Tag> : null}
        </Typography.Text>
      )}
      {session.status === 'cancelled' && session.cancelReason && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {session.cancelReason}
        </Typography.Text>
      )}
    </Flex>
  );
  const actions = (session: Session) =>
    canHost ? (
      <Flex gap={4} wrap>
        {session.status === 'planned' && (
          <Button size="small" icon={<EditOutlined />} onClick={() => onOutcome(session)} data-testid="session-outcome">
            {t.recordOutcome}
          </Button>
        )}
        {session.status === 'held' && (
          <Tooltip title={t.concludeHint}>
            <Button size="small" icon={<AuditOutlined />} onClick={() => onConclude(session)} data-testid="session-conclude">
              {t.conclude}
            </Button>
          </Tooltip>
        )}
      </Flex>
    ) : null;

  return (
    <div data-testid="sessions-table">
      <Table<Session>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={sessions}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 920 }}
        pagination={false}
        locale={{ emptyText: t.empty }}
        onRow={(session) => ({ 'data-session-id': session.id, 'data-date': session.date }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'session',
            title: t.date,
            hidden: !isPhone,
            render: (_value, session) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  {when(session)}
                  <SessionStatusTag status={session.status} />
                </Flex>
                {host(session)}
                <Typography.Text type="secondary">{session.place}</Typography.Text>
                {kind(session)}
                {actions(session)}
              </Flex>
            ),
          },
          { key: 'date', title: t.date, width: 150, hidden: isPhone, render: (_value, session) => when(session) },
          { key: 'host', title: t.host, width: 220, hidden: isPhone, render: (_value, session) => host(session) },
          {
            key: 'place',
            title: t.place,
            hidden: isPhone,
            render: (_value, session) => (
              <Flex vertical gap={4} align="start">
                <span>{session.place}</span>
                {kind(session)}
              </Flex>
            ),
          },
          { key: 'status', title: t.status, width: 150, hidden: isPhone, render: (_value, session) => status(session) },
          { key: 'visits', title: t.visits, width: 90, align: 'right', hidden: isPhone, render: (_value, session) => session.visitCount },
          { key: 'actions', title: '', width: 130, hidden: isPhone || !canHost, render: (_value, session) => actions(session) },
        ]}
      />
    </div>
  );
}
