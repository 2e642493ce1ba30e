import { Card } from 'antd';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { CalendarDay } from '@contracts/calendar';
import { DayCell } from './DayCell';

type Props = { month: number; cells: (CalendarDay | null)[]; today: string };

const grid = { display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 3 } as const;

/** A month as a Monday-to-Sunday grid. */
export function MonthCard({ month, cells, today }: Props) {
  const { m } = useI18n();
  return (
    <Card size="small" title={m.calendar.months[month - 1]} data-testid={`calendar-month-${month}`}>
      <div aria-label={m.calendar.months[month - 1]}>
        <div style={{ ...grid, marginBottom: 4 }}>
          {m.calendar.weekdaysShort.map((name, index) => (
            <div key={name} style={{ textAlign: 'center', fontSize: 12, color: index >= 5 ? '#8c8c8c' : undefined }}>
              {name}
            </div>
          ))}
        </div>
        <div style={grid}>
          {cells.map((day, index) =>
            day ? <DayCell key={day.date} day={day} isToday={day.date === today} /> : <div key={`blank-${index}`} />,
          )}
        </div>
      </div>
    </Card>
  );
}
