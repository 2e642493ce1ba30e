import { Timeline, Typography } from 'antd';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Messages } from '../../../../platform/i18n/vi';
import type { Locale } from '../../../../platform/i18n/i18nContext';
import { complexityCriterionLabels, type SettlementDetail, type SettlementEventType } from '@contracts/settlements';
import { formatAppointment, formatMinute } from '../../../dossiers/dossierText';

type Event = SettlementDetail['events'][number];

const eventColours: Partial<Record<SettlementEventType, string>> = {
  accepted: 'green',
  decided: 'green',
  suspended: 'orange',
  extended: 'orange',
  withdrawn: 'gray',
  terminated: 'red',
  escalated: 'red',
};

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** The particulars of a step, as its data holds them: references, recipients, days, reasons, the result… */
function details(event: Event, m: Messages, locale: Locale): string[] {
  const s = m.settlements.step;
  const data = event.data;
  const lines: string[] = [];
  const add = (label: string, value: string | null) => {
    if (value) lines.push(`${label}: ${value}`);
  };
  add(s.decisionRef, text(data.decisionRef));
  if (Array.isArray(data.recipients))
    add(s.recipients, data.recipients.map((r) => labelOf(m.settlements.recipients, String(r)) ?? String(r)).join(', '));
  add(s.assignee, text(data.assignee));
  add(s.reportRef, text(data.reportRef));
  if (data.findingsDifferFromClaim === true) lines.push(s.findingsDiffer);
  add(s.minutesRef, text(data.minutesRef));
  add(s.attendance, text(data.attendance) ? (labelOf(s.attendances, String(data.attendance)) ?? String(data.attendance)) : null);
  if (typeof data.days === 'number') add(s.days, String(data.days));
  if (Array.isArray(data.criteria) || (event.type === 'accepted' && Array.isArray(data.complexity) && data.complexity.length > 0)) {
    const criteria = (Array.isArray(data.criteria) ? data.criteria : data.complexity) as string[];
    add(
      s.criteria,
      criteria
        .map((c) => (c in complexityCriterionLabels ? complexityCriterionLabels[c as keyof typeof complexityCriterionLabels][locale] : c))
        .join('; '),
    );
  }
  add(s.scope, text(data.scope) ? (labelOf(s.scopes, String(data.scope)) ?? String(data.scope)) : null);
  add(s.result, text(data.result) ? (labelOf(m.settlements.results, String(data.result)) ?? String(data.result)) : null);
  if (data.isOnTime === false) lines.push(m.settlements.panel.late);
  add(s.how, text(data.how));
  add(
    event.type === 'escalated' ? s.escalateTo : s.appealTo,
    text(data.to) ? (labelOf(s.appealTargets, String(data.to)) ?? String(data.to)) : null,
  );
  add(s.reason, text(data.reason));
  add(s.note, text(data.note));
  if (event.type === 'accepted') add(m.settlements.panel.dueAt, text(data.dueAt) ? formatAppointment(String(data.dueAt), locale) : null);
  return lines;
}

/** The settlement's steps in order: what, when, by whom, and its particulars. */
export function SettlementTimeline({ events }: { events: Event[] }) {
  const { m, locale } = useI18n();
  return (
    <div data-testid="settlement-timeline">
      <Timeline
        items={[...events]
          .sort((a, b) => a.seq - b.seq)
          .map((event) => ({
            key: event.seq,
            color: eventColours[event.type] ?? 'blue',
            content: (
              <div data-event={event.type}>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatMinute(event.at, locale)}
                  {event.actorName ? ` · ${event.actorName}` : ''}
                </Typography.Text>
                <Typography.Text strong>{m.settlements.events[event.type]}</Typography.Text>
                {details(event, m, locale).map((line) => (
                  <div key={line}>
                    <Typography.Text style={{ fontSize: 13 }}>{line}</Typography.Text>
                  </div>
                ))}
              </div>
            ),
          }))}
      />
    </div>
  );
}
