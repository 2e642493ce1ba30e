import { Descriptions, Tag } from 'antd';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { CalendarConfidence, CalendarYear, ScheduleSource } from '@contracts/calendar';

const sourceColours: Record<ScheduleSource, string> = { stored: 'green', shipped: 'blue', none: 'orange' };
const confidenceColours: Record<CalendarConfidence, string> = { confirmed: 'green', 'partly-confirmed': 'gold', provisional: 'orange' };
const windowsText = (windows: readonly { start: string; end: string }[]) =>
  windows.map((window) => `${window.start}–${window.end}`).join(', ');

/** The year's working-day count, working hours, cut-off policy and where the schedule comes from. */
export function CalendarSummary({ calendar }: { calendar: CalendarYear }) {
  const { m } = useI18n();
  // On a phone each label goes over its value.
  const isPhone = useIsPhone();
  const c = m.calendar;
  const { cutOff } = calendar;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={isPhone ? 'vertical' : 'horizontal'}
      data-testid="calendar-summary"
      items={[
        {
          key: 'workingDays',
          label: c.workingDays,
          children: <strong data-testid="calendar-working-days">{calendar.workingDays}</strong>,
        },
        {
          key: 'workingHours',
          label: c.workingHours,
          children: windowsText(calendar.workingHours),
        },
        ...(calendar.seasonalHours.length > 0
          ? [
              {
                key: 'seasonalHours',
                label: c.seasonalHours,
                children: calendar.seasonalHours.map((season) => (
                  <div key={season.name}>
                    {format(c.seasonRange, { name: season.name, from: season.from, to: season.to, windows: windowsText(season.windows) })}
                  </div>
                )),
              },
            ]
          : []),
        {
          key: 'cutOff',
          label: c.cutOff,
          children: cutOff.isEnabled ? (
            <>
              {format(c.cutOffOn, { time: cutOff.cutOff })}
              <div style={{ color: '#8c8c8c', fontSize: 12 }}>
                {c.source}: {cutOff.legalBasis}
              </div>
            </>
          ) : (
            c.cutOffOff
          ),
        },
        {
          key: 'source',
          label: c.scheduleSource,
          children: (
            <Tag color={sourceColours[calendar.scheduleSource]} data-testid="calendar-schedule-source">
              {c.sources[calendar.scheduleSource] ?? calendar.scheduleSource}
            </Tag>
          ),
        },
        {
          key: 'confidence',
          label: c.confidence,
          children: (
            <Tag color={confidenceColours[calendar.confidence]} data-testid="calendar-confidence" data-confidence={calendar.confidence}>
              {c.confidences[calendar.confidence]}
            </Tag>
          ),
        },
      ]}
    />
  );
}
