import { Card, Empty, Flex, Select, Spin, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useAuth } from '../../../platform/auth/useAuth';
import { todayInVietnam } from '../../../platform/format/dates';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../platform/scope/useUnitScope';
import { calendarApi } from '../api/calendarApi';
import { monthGrids } from '../calendarDays';
import { CalendarLegend } from './CalendarLegend';
import { CalendarSummary } from './CalendarSummary';
import { DueForm } from './DueForm';
import { MonthCard } from './MonthCard';
import { RulesPanel } from './RulesPanel';
import { SchedulePanel } from './SchedulePanel';

/** The API serves 2014–2100; the picker offers from 2014 to a few years ahead. */
function yearOptions(current: number) {
  const years: number[] = [];
  for (let year = Math.min(current + 5, 2100); year >= 2014; year -= 1) years.push(year);
  return years.map((year) => ({ value: year, label: String(year) }));
}

/** A year of the working calendar for the chosen unit, and (for administrators) its sources. */
export function CalendarPage() {
  const { m } = useI18n();
  const { can } = useAuth();
  const { current } = useUnitScope();
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const unitId = current?.id ?? null;
  const query = useApiQuery(`${year}:${unitId ?? ''}`, (signal) => calendarApi.year(year, unitId, signal));
  const calendar = query.data && query.data.year === year && query.data.unitId === unitId ? query.data : undefined;
  const grids = useMemo(() => (calendar ? monthGrids(calendar.days) : []), [calendar]);
  const options = useMemo(() => yearOptions(thisYear), [thisYear]);
  // On a phone the unit the calendar applies to goes under the title, so that the title keeps its room.
  const isPhone = useIsPhone();
  const appliesTo = current?.id ? <Tag color="blue">{format(m.calendar.appliesTo, { name: current.name ?? current.id })}</Tag> : null;

  return (
    <Flex vertical gap={16}>
      <Card
        title={m.calendar.title}
        extra={
          <Flex gap={12} align="center">
            {isPhone ? null : appliesTo}
            <Select<number>
              aria-label={m.calendar.year}
              data-testid="calendar-year"
              style={{ width: 110 }}
              value={year}
              options={options}
              onChange={setYear}
            />
          </Flex>
        }
      >
        {isPhone && appliesTo && <div style={{ marginBottom: 12 }}>{appliesTo}</div>}
        <Spin spinning={query.loading}>
          {calendar ? (
            <div
              data-testid="calendar-grid"
              style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', gap: 12 }}
            >
              {grids.map((cells, index) => (
                <MonthCard key={index} month={index + 1} cells={cells} today={today} />
              ))}
            </div>
          ) : (
            <div style={{ minHeight: 240 }}>{!query.loading && <Empty />}</div>
          )}
        </Spin>
        <CalendarLegend />
        {calendar && <CalendarSummary calendar={calendar} />}
      </Card>
      <DueForm unitId={unitId} />
      {can('calendar.manage') && (
        <>
          <SchedulePanel year={year} onChanged={query.reload} />
          <RulesPanel onChanged={query.reload} />
        </>
      )}
    </Flex>
  );
}
