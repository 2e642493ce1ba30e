import { Descriptions, Tag } from 'antd';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { CalendarYear, ScheduleSource } from '@contracts/calendar';

const sourceColours: Record<ScheduleSource, string> = { stored: 'green', shipped: 'blue', none: 'orange' };

/** The year's working-day count, working hours, cut-off policy and where the schedule comes from. */
export function CalendarSummary({ calendar }: { calendar: CalendarYear }) {
  const { m } = useI18n();
  const c = m.calendar;
  const { cutOff } = calendar;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
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
          children: calendar.workingHours.map((window) => `${window.start}–${window.end}`).join(', '),
        },
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
      ]}
    />
  );
}
