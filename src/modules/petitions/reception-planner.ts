/**
 * The legal minimum of a host's reception days, period by period, and a year's plan that meets it
 * (citizen-relations §2.3). Pure: the working calendar comes in as a predicate.
 *
 * A period is a week (Monday to Sunday) or a calendar month, under the rule in force on its first
 * day; a week that straddles a change of rule belongs to the rule it began under. A period asks for
 * the rule's minimum of days, but never more days than it has working days (a week of Tết asks none).
 * What counts is the number of distinct days the head held a session on.
 */
import type { CompliancePeriod, HostRole } from '../../contracts/reception.js';
import { dayNumberToIso, isoToDayNumber, weekdayOfDayNumber } from '../../platform/time/vietnam-time.js';
import { receptionRulesBetween, type ReceptionRule } from './reception-rules.js';

export type SessionDay = { date: string; status: 'planned' | 'held' | 'cancelled'; delegated: boolean };
export type Period = { per: 'week' | 'month'; from: string; to: string; rule: ReceptionRule };

const day = (iso: string): number => isoToDayNumber(iso)!;
const iso = (dayNumber: number): string => dayNumberToIso(dayNumber);

/** The legal periods of a host that overlap [from, to], each under the rule it began under. */
export function legalPeriods(hostRole: HostRole, from: string, to: string): Period[] {
  const periods: Period[] = [];
  // A period beginning up to a month before `from` may still overlap it.
  for (const rule of receptionRulesBetween(hostRole, iso(day(from) - 31), to)) {
    const ruleEnd = rule.effectiveTo ?? to;
    let start = firstPeriodStart(rule, day(rule.effectiveFrom) < day(from) - 31 ? iso(day(from) - 31) : rule.effectiveFrom);
    while (start <= day(ruleEnd) && start <= day(to)) {
      const end = periodEnd(rule.per, start);
      if (end >= day(from)) periods.push({ per: rule.per, from: iso(start), to: iso(end), rule });
      start = end + 1;
    }
  }
  return periods;
}

/** The first period start on or after `date` (a Monday, or the first of a month). */
function firstPeriodStart(rule: ReceptionRule, date: string): number {
  const start = day(date);
  if (rule.per === 'week') return start + ((8 - weekdayOfDayNumber(start)) % 7);
  return date.endsWith('-01') ? start : day(nextMonthFirst(date));
}

function periodEnd(per: 'week' | 'month', start: number): number {
  return per === 'week' ? start + 6 : day(nextMonthFirst(iso(start))) - 1;
}

function nextMonthFirst(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let n = day(from); n <= day(to); n += 1) days.push(iso(n));
  return days;
}

/**
 * Held against required, period by period: met; planned (enough planned ahead, not yet all held);
 * short (below the minimum and still ahead — the warning); missed (over and below the minimum).
 */
export function assessCompliance(input: {
  hostRole: HostRole;
  from: string;
  to: string;
  sessions: readonly SessionDay[];
  isWorkingDay: (date: string) => boolean;
  today: string;
  delegatedCounts: boolean;
}): CompliancePeriod[] {
  const counted = (session: SessionDay) => input.delegatedCounts || !session.delegated;
  return legalPeriods(input.hostRole, input.from, input.to).map((period) => {
    const inPeriod = (session: SessionDay) => session.date >= period.from && session.date <= period.to && counted(session);
    const heldDays = new Set(input.sessions.filter((s) => inPeriod(s) && s.status === 'held').map((s) => s.date));
    const plannedDays = new Set(
      input.sessions
        .filter((s) => inPeriod(s) && s.status === 'planned' && s.date >= input.today && !heldDays.has(s.date))
        .map((s) => s.date),
    );
    const workingDays = daysBetween(period.from, period.to).filter(input.isWorkingDay).length;
    const required = Math.min(period.rule.minDays, workingDays);
    const held = heldDays.size;
    const planned = plannedDays.size;
    const state: CompliancePeriod['state'] =
      held >= required ? 'met' : period.to < input.today ? 'missed' : held + planned >= required ? 'planned' : 'short';
    return { per: period.per, from: period.from, to: period.to, required, held, planned, state, ruleBasis: period.rule.legalBasis };
  });
}

/** A preferred reception day: a day of the month (10, 20) or a weekday (1 = Monday … 6 = Saturday). */
export type Preference = { dayOfMonth: number } | { weekday: number };

export function parsePreferences(text: string | undefined): Preference[] {
  if (!text) return [];
  return text.split(',').map((part) => (part.startsWith('w') ? { weekday: Number(part.slice(1)) } : { dayOfMonth: Number(part) }));
}

export type PlannedDay = { date: string; makeUpFor: string | null; ruleBasis: string };

/**
 * A year's reception days for a host: in each legal period, the preferred days (or, without a
 * preference, days spread over the period), a preferred day that is a day off moved to the next
 * working day of the period (or the one before when none is left) as its make-up day, and more
 * days added while the period is below its minimum.
 */
export function planYear(input: {
  hostRole: HostRole;
  year: number;
  preferences: readonly Preference[];
  isWorkingDay: (date: string) => boolean;
}): { days: PlannedDay[]; periods: Period[] } {
  const periods = legalPeriods(input.hostRole, `${input.year}-01-01`, `${input.year}-12-31`).filter(
    (period) => period.from.slice(0, 4) === String(input.year),
  );
  const days: PlannedDay[] = [];
  for (const period of periods) {
    const all = daysBetween(period.from, period.to);
    const working = all.filter(input.isWorkingDay);
    const chosen = new Map<string, string | null>();
    const wanted = preferredDays(all, input.preferences);
    for (const date of wanted) {
      if (input.isWorkingDay(date)) {
        if (!chosen.has(date)) chosen.set(date, null);
        continue;
      }
      const makeUp = working.find((d) => d > date && !chosen.has(d)) ?? [...working].reverse().find((d) => d < date && !chosen.has(d));
      if (makeUp) chosen.set(makeUp, date);
    }
    const required = Math.min(period.rule.minDays, working.length);
    for (let index = 0; chosen.size < required; index += 1) {
      const spread = working[Math.floor(((index + 0.5) * working.length) / required) % working.length]!;
      const date = chosen.has(spread) ? working.find((d) => !chosen.has(d))! : spread;
      chosen.set(date, null);
    }
    for (const [date, makeUpFor] of [...chosen].sort(([a], [b]) => a.localeCompare(b))) {
      days.push({ date, makeUpFor, ruleBasis: period.rule.legalBasis });
    }
  }
  return { days, periods };
}

/** The preferred days falling in a period (the 10th and the 20th, or every Wednesday). */
function preferredDays(all: string[], preferences: readonly Preference[]): string[] {
  return all.filter((date) =>
    preferences.some((preference) =>
      'weekday' in preference
        ? weekdayOfDayNumber(day(date)) === preference.weekday % 7
        : Number(date.slice(8, 10)) === preference.dayOfMonth,
    ),
  );
}

const stateOrder: CompliancePeriod['state'][] = ['met', 'planned', 'short', 'missed'];

/** "Held / required" per month: the periods that began in the month added up, the month as bad as its worst period. */
export function summariseByMonth(periods: readonly CompliancePeriod[]): MonthSummary[] {
  const months = new Map<string, MonthSummary>();
  for (const period of periods) {
    const month = period.from.slice(0, 7);
    const summary = months.get(month) ?? { month, required: 0, held: 0, planned: 0, state: 'met' as const };
    summary.required += period.required;
    summary.held += Math.min(period.held, period.required);
    summary.planned += period.planned;
    if (stateOrder.indexOf(period.state) > stateOrder.indexOf(summary.state)) summary.state = period.state;
    months.set(month, summary);
  }
  return [...months.values()];
}
export type MonthSummary = { month: string; required: number; held: number; planned: number; state: CompliancePeriod['state'] };
