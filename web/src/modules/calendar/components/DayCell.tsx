import { Tooltip, Typography } from 'antd';
import { formatDate } from '../../../platform/format/dates';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { CalendarDay } from '@contracts/calendar';
import { dayKindOf, isUnconfirmed, kindColours, notableReasons } from '../calendarDays';

function DayDetails({ day }: { day: CalendarDay }) {
  const { m } = useI18n();
  const c = m.calendar;
  const reasons = notableReasons(day);
  const heading = `${c.weekdays[day.weekday] ?? ''}, ${formatDate(day.date)}`;
  return (
    <div style={{ maxWidth: 360 }}>
      <div style={{ fontWeight: 600 }}>{heading}</div>
      {reasons.length === 0 && <div>{day.isWorkingDay ? c.workingDay : c.reasonKinds['weekly-rest']}</div>}
      {day.isProvisional && <div style={{ marginTop: 4, fontStyle: 'italic' }}>{c.provisionalDay}</div>}
      {reasons.map((reason, index) => (
        <div key={index} style={{ marginTop: 4 }}>
          <div>
            {c.reasonKinds[reason.kind] ?? reason.kind}
            {reason.occasion && `: ${c.occasions[reason.occasion] ?? reason.occasion}`}
            {!reason.isConfirmed && ` (${c.unconfirmed})`}
          </div>
          <div style={{ opacity: 0.85, fontSize: 12 }}>
            {c.source}: {reason.source}
          </div>
          {reason.note && (
            <div style={{ opacity: 0.85, fontSize: 12 }}>
              {c.note}: {reason.note}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

/** One day of a month grid, coloured by why it is (not) a working day; details in a tooltip. */
export function DayCell({ day, isToday }: { day: CalendarDay; isToday: boolean }) {
  const { m } = useI18n();
  const kind = dayKindOf(day);
  const unconfirmed = isUnconfirmed(day);
  const colours = kindColours[kind];
  const label = `${formatDate(day.date)}: ${m.calendar.kinds[kind] ?? kind}${unconfirmed ? ` (${m.calendar.unconfirmed})` : ''}`;
  return (
    <Tooltip title={<DayDetails day={day} />} mouseEnterDelay={0.2}>
      <div
        tabIndex={0}
        aria-label={label}
        data-testid={`calendar-day-${day.date}`}
        data-kind={kind}
        data-unconfirmed={unconfirmed ? 'true' : undefined}
        data-provisional={day.isProvisional ? 'true' : undefined}
        style={{
          background: colours.background,
          color: colours.color,
          border: unconfirmed ? `2px dashed ${colours.color}` : `1px solid ${colours.border}`,
          outline: isToday ? '2px solid #1677ff' : undefined,
          outlineOffset: -1,
          borderRadius: 4,
          height: 36,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          fontWeight: isToday || kind === 'off' ? 600 : undefined,
          cursor: 'default',
          userSelect: 'none',
        }}
      >
        <span style={{ lineHeight: 1.1 }}>{Number(day.date.slice(8))}</span>
        {kind === 'swapped-workday' && (
          <Typography.Text style={{ fontSize: 9, lineHeight: 1, color: 'inherit', whiteSpace: 'nowrap', letterSpacing: -0.2 }}>
            {m.calendar.swappedMark}
          </Typography.Text>
        )}
      </div>
    </Tooltip>
  );
}
