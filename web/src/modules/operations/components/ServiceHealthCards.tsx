import type { ChannelHealth, Readiness } from '@contracts/operations';
import { Alert, Card, Col, Descriptions, type DescriptionsProps, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatBytes, formatNumber } from '../../../platform/format/numbers';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { partStateColours, type PartState, useOperationsText } from '../operationsText';
import { formatVietnamMinute } from '../../../platform/format/dates';

type Part = keyof Readiness['checks'];
const parts: Part[] = ['database', 'email', 'sms', 'files', 'backup'];

/** The parts whose state asks for an administrator, in the order of the cards. */
function partsNeedingAttention(checks: Readiness['checks']): Part[] {
  return parts.filter((part) => {
    const { state } = checks[part];
    return state === 'failing' || state === 'overdue';
  });
}

function StateTag({ state, label }: { state: PartState; label: string }) {
  return (
    <Tag color={partStateColours[state]} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

function PartCard({ part, tag, children }: { part: Part; tag: ReactNode; children: ReactNode }) {
  const t = useOperationsText();
  return (
    <Card size="small" title={t.health.parts[part]} extra={tag} style={{ height: '100%' }} data-testid={`health-${part}`}>
      {children}
    </Card>
  );
}

function Facts({ items }: { items: DescriptionsProps['items'] }) {
  return <Descriptions size="small" column={1} items={items} styles={{ label: { minWidth: 130 } }} />;
}

function ChannelCard({ part, health }: { part: 'email' | 'sms'; health: ChannelHealth }) {
  const t = useOperationsText();
  const { locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <PartCard part={part} tag={<StateTag state={health.state} label={t.health.states[health.state]} />}>
      <Facts
        items={[
          { key: 'pending', label: t.health.pending, children: n(health.pending) },
          {
            key: 'oldest',
            label: t.health.oldestPending,
            children: health.oldestPendingMinutes === null ? '—' : format(t.health.minutes, { count: n(health.oldestPendingMinutes) }),
          },
          {
            key: 'stuck',
            label: t.health.stuck,
            children: <Typography.Text type={health.stuck > 0 ? 'danger' : undefined}>{n(health.stuck)}</Typography.Text>,
          },
        ]}
      />
      {health.state === 'off' ? <Typography.Text type="secondary">{t.health.channelOff}</Typography.Text> : null}
    </PartCard>
  );
}

function BackupHealthCard({ backup }: { backup: Readiness['checks']['backup'] }) {
  const t = useOperationsText();
  const { locale } = useI18n();
  const label = backup.state === 'off' ? t.health.states.backupOff : t.health.states[backup.state];
  const age =
    backup.ageHours === null
      ? ''
      : ` (${backup.ageHours < 1 ? t.health.withinHour : format(t.health.hoursAgo, { count: formatNumber(backup.ageHours, locale, { maxDecimals: 1 }) })})`;
  const size = backup.bytes === null ? '' : ` · ${formatBytes(backup.bytes, locale)}`;
  const last = backup.lastAt === null ? t.health.noBackup : `${formatVietnamMinute(backup.lastAt)}${size}${age}`;
  // The server counts a scheduled deployment without any backup as fine for its first day: say that none exists yet.
  const tag =
    backup.state === 'ok' && backup.lastAt === null ? (
      <Tag color="gold" style={{ marginInlineEnd: 0 }}>
        {t.health.states.noBackupYet}
      </Tag>
    ) : (
      <StateTag state={backup.state} label={label} />
    );
  return (
    <PartCard part="backup" tag={tag}>
      <Facts items={[{ key: 'last', label: t.health.lastBackup, children: last }]} />
    </PartCard>
  );
}

/** The overall banner and one card per part: database, email, SMS, file store, backups. */
export function ServiceHealthCards({ readiness }: { readiness: Readiness }) {
  const t = useOperationsText();
  const { locale } = useI18n();
  const { checks } = readiness;
  const isDegraded = readiness.status === 'degraded';
  const stuck = checks.email.stuck + checks.sms.stuck;
  const attention = partsNeedingAttention(checks).map((part) => t.health.parts[part]);
  const description = [
    ...(isDegraded && attention.length > 0 ? [format(t.health.needsAttention, { parts: attention.join(', ') })] : []),
    ...(stuck > 0 ? [format(t.health.stuckWaiting, { count: formatNumber(stuck, locale) })] : []),
  ];

  return (
    <>
      <Alert
        type={isDegraded ? 'warning' : stuck > 0 ? 'info' : 'success'}
        showIcon
        title={isDegraded ? t.health.degraded : t.health.ready}
        description={description.length > 0 ? description.map((line) => <div key={line}>{line}</div>) : undefined}
        data-testid="operations-banner"
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={8}>
          <PartCard part="database" tag={<StateTag state="ok" label={t.health.states.ok} />}>
            <Typography.Text>{t.health.databaseKinds[readiness.database]}</Typography.Text>
          </PartCard>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <ChannelCard part="email" health={checks.email} />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <ChannelCard part="sms" health={checks.sms} />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <PartCard part="files" tag={<StateTag state={checks.files.state} label={t.health.states[checks.files.state]} />}>
            <Typography.Text>{t.health.stores[checks.files.store]}</Typography.Text>
            {checks.files.state === 'failing' ? (
              <Typography.Paragraph type="danger" style={{ margin: '8px 0 0' }}>
                {t.health.filesFailing}
              </Typography.Paragraph>
            ) : null}
          </PartCard>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <BackupHealthCard backup={checks.backup} />
        </Col>
      </Row>
    </>
  );
}
