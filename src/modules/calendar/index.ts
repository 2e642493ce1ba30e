/**
 * The calendar module's public surface: the Vietnamese lunar calendar, statutory holidays and
 * yearly schedules, a loaded working calendar per unit, and deadline arithmetic. Pure logic:
 * no database, no HTTP, no I/O.
 */
export {
  type CivilDate,
  type IsoDate,
  type Weekday,
  dayNumberToIso,
  findCivilDate,
  formatIsoDate,
  formatVietnamInstant,
  fromDayNumber,
  isoToDayNumber,
  localDayNumberOf,
  toDayNumber,
  vietnamInstant,
  VIETNAM_OFFSET_MS,
} from './civil-date.js';
export { CalendarError } from './calendar.errors.js';
export {
  type LunarDate,
  type LunarMonth,
  findLeapMonth,
  hungKingsDate,
  listLunarMonths,
  LUNAR_FIRST_YEAR,
  LUNAR_LAST_YEAR,
  lunarToSolar,
  solarToLunar,
  tetDate,
} from './lunar.js';
export {
  type AdjacentDay,
  type HolidayDates,
  type HolidayDay,
  type HolidayOccasion,
  type HolidayRule,
  type HolidayRuleSettings,
  addCompensatoryDays,
  DEFAULT_HOLIDAY_RULES,
  expandHolidayRules,
  holidayOccasions,
  WEEKLY_REST,
} from './holiday-rules.js';
export {
  parseYearSchedule,
  ScheduleEntry,
  scheduleEntryTypes,
  UnitCalendarSettings,
  YearSchedule,
} from './calendar.schemas.js';
export { OFFICIAL_SCHEDULES, SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026 } from './schedules.js';
export {
  type CutOffPolicy,
  type OpeningHours,
  type TimeWindow,
  DEFAULT_CUT_OFF_POLICY,
  DEFAULT_WORKING_HOURS,
} from './working-hours.js';
export type { DayReason, DayReasonKind } from './day-table.js';
export {
  type CalendarOptions,
  type DayStatus,
  type Instant,
  DEFAULT_FIRST_YEAR,
  DEFAULT_LAST_YEAR,
  loadCalendar,
  WorkingCalendar,
} from './calendar.js';
export {
  type TimeLimit,
  type TimeLimitUnit,
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  addWorkingTime,
  computeDueAt,
  countWorkingDays,
  countWorkingDaysInRange,
  countWorkingHours,
  countWorkingTime,
  findCountingStart,
  findReceiptDayNumber,
  timeLimitUnits,
} from './deadlines.js';
export {
  type ClockPause,
  type DeadlineClock,
  countRemainingWorkingTime,
  getDueAt,
  getStatutoryDueAt,
  isClockOverdue,
  pauseClock,
  rescheduleClock,
  restartClock,
  resumeClock,
  startClock,
} from './deadline-clock.js';
export { benchmarkDueDates, type DeadlineBenchmark } from './bench-deadlines.js';
export { calendarFor, invalidateCalendars } from './calendar.store.js';
export { formatInstantIso } from './calendar-format.js';
export { registerCalendarRoutes } from './calendar.routes.js';
