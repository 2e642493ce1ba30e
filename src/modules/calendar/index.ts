/**
 * The calendar module's public surface: the working calendar of a unit (statutory holidays, the
 * yearly official schedules, the unit's own days and hours), loaded and cached, and the deadline
 * arithmetic over it. Lunar dates, holiday rules and schedules stay inside the module.
 */
export { CalendarError } from './calendar.errors.js';
export { describeDayReason } from './day-names.js';
export { type DayStatus, findProvisionalDays, type Instant, loadCalendar, toEpochMs, WorkingCalendar } from './calendar.js';
export {
  addCalendarDays,
  addWorkingDays,
  addWorkingDaysOfTime,
  addWorkingTime,
  computeDueAt,
  countWorkingTime,
  type TimeLimit,
} from './deadlines.js';
export { calendarFor, findUndecidedRules, invalidateCalendars } from './calendar.store.js';
export { registerCalendarRoutes } from './calendar.routes.js';
export { formatUndecidedRulesNotice } from './rule-decisions.js';
