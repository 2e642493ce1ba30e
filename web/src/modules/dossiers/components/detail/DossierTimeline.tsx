import { Card, Timeline, Typography } from 'antd';
import { formatVnd } from '../../../../platform/format/numbers';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Messages } from '../../../../platform/i18n/vi';
import type { Locale } from '../../../../platform/i18n/i18nContext';
import type { DossierEvent, DossierEventType } from '@contracts/dossiers';
import { formatAppointment, formatMinute } from '../../dossierText';

/** The events that stand out; the others are blue. */
const eventColours: Partial<Record<DossierEventType, string>> = {
  received: 'green',
  approved: 'green',
  returned: 'green',
  refused_at_intake: 'red',
  stopped: 'red',
  withdrawn: 'gray',
  guided: 'orange',
  supplement_requested: 'orange',
  rescheduled: 'orange',
  payment_requested: 'purple',
  payment_received: 'green',
  returned_to_step: 'orange',
};

const names = (value: unknown) =>
  Array.isArray(value)
    ? value
        .map((item) => (typeof item === 'string' ? item : ((item as { name?: string }).name ?? '')))
        .filter(Boolean)
        .join('; ')
    : '';

/** The lines under an event: its reason, note, next step, new appointment… as the event's data holds them. */
function details(event: DossierEvent, m: Messages, locale: Locale): string[] {
  const t = m.dossiers.detail.eventDetails;
  const data = event.data;
  const line = (key: string, value: unknown) => (typeof value === 'string' && value ? [format(t[key] ?? '{text}', { text: value })] : []);
  return [
    ...line('code', data.code),
    ...(event.type === 'received' ? line('dueAt', formatAppointment(data.dueAt as string | undefined, locale)) : []),
    ...(event.type === 'handed_over' ? line('task', data.task) : []),
    ...line('missing', names(data.missingDocuments)),
    ...line('newDueAt', data.newDueAt ? formatAppointment(data.newDueAt as string, locale) : ''),
    ...(event.type === 'rescheduled' && data.isTimely === false ? line('lateApology', 'late') : []),
    ...line('obligation', data.obligation),
    ...(typeof data.amountVnd === 'number' ? [formatVnd(data.amountVnd, locale)] : []),
    ...line('delivery', data.delivery ? (labelOf(m.procedures.deliveryOptions, data.delivery as string) ?? (data.delivery as string)) : ''),
    ...deliveryLines(data.deliveryRecord, line, locale),
    ...line('reason', data.reason),
    ...line('note', data.note),
  ];
}

/** The record of a home or postal delivery kept in the `returned` event. */
function deliveryLines(value: unknown, line: (key: string, value: unknown) => string[], locale: Locale): string[] {
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  return [
    ...line('recipient', record.recipientName),
    ...line('recipientAddress', record.address),
    ...line('deliveredAt', typeof record.deliveredAt === 'string' ? formatMinute(record.deliveredAt, locale) : ''),
    ...line('deliveredBy', record.deliveredBy),
    ...line('postalReceiptNumber', record.postalReceiptNumber),
  ];
}

/** What happened to the dossier, in order: event, time, the officer by their full name, and its particulars. On a phone the time goes under the event. */
export function DossierTimeline({ events }: { events: DossierEvent[] }) {
  const { m, locale } = useI18n();
  const isPhone = useIsPhone();
  return (
    <Card size="small" title={m.dossiers.detail.timeline} style={{ marginBottom: 16 }}>
      <div data-testid="dossier-timeline">
        <Timeline
          items={[...events]
            .sort((a, b) => a.seq - b.seq)
            .map((event) => ({
              key: event.seq,
              color: eventColours[event.type] ?? 'blue',
              title: isPhone ? undefined : formatMinute(event.at, locale),
              content: (
                <div data-event={event.type}>
                  {isPhone && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {formatMinute(event.at, locale)}
                    </Typography.Text>
                  )}
                  <Typography.Text strong>{m.dossiers.events[event.type] ?? event.type}</Typography.Text>
                  <Typography.Text type="secondary" title={event.actorName} data-testid="event-actor">
                    {' '}
                    · {event.actorFullName ?? event.actorName}
                  </Typography.Text>
                  {details(event, m, locale).map((text) => (
                    <div key={text}>
                      <Typography.Text style={{ fontSize: 13 }}>{text}</Typography.Text>
                    </div>
                  ))}
                </div>
              ),
            }))}
        />
      </div>
    </Card>
  );
}
