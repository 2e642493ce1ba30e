import { and, eq, gte, lte, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { CompliancePeriod, HostRole, Plan, PlanQuery } from '../../../contracts/reception.js';
import { hostRoles } from '../../../contracts/reception.js';
import type { Db } from '../../../platform/db/types.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { calendarFor } from '../../calendar/index.js';
import { assessCompliance, parsePreferences, planYear, summariseByMonth, type MonthSummary } from '../reception-planner.js';
import { receptionRuleOn, receptionRulesBetween } from '../reception-rules.js';
import { receptionSessions } from '../reception.tables.js';

async function sessionDays(db: Db, unitId: string, hostRole: HostRole, from: string, to: string) {
  return db
    .select({ date: receptionSessions.date, status: receptionSessions.status, delegated: receptionSessions.delegated })
    .from(receptionSessions)
    .where(
      and(
        eq(receptionSessions.unitId, unitId),
        eq(receptionSessions.hostRole, hostRole),
        ne(receptionSessions.kind, 'regular'),
        gte(receptionSessions.date, from),
        lte(receptionSessions.date, to),
      ),
    );
}

/** Held against required for each host with sessions at the unit and a minimum in the period (or the host asked for). */
export async function receptionCompliance(
  db: Db,
  query: { unitId: string; from: string; to: string; hostRole?: HostRole | undefined },
  options: { delegatedCounts: boolean; now?: Date },
): Promise<{ hostRole: HostRole; periods: CompliancePeriod[]; months: MonthSummary[] }[]> {
  const calendar = await calendarFor(db, query.unitId);
  const today = todayInVietnam(options.now);
  const roles = query.hostRole
    ? [query.hostRole]
    : hostRoles.filter((role) => receptionRulesBetween(role, query.from, query.to).length > 0);
  const result = [];
  for (const hostRole of roles) {
    // Sessions a week before and after: a week that began before `from` still counts its days.
    const sessions = await sessionDays(db, query.unitId, hostRole, shift(query.from, -31), shift(query.to, 31));
    const periods = assessCompliance({
      hostRole,
      from: query.from,
      to: query.to,
      sessions,
      isWorkingDay: (date) => calendar.isWorkingDay(date),
      today,
      delegatedCounts: options.delegatedCounts,
    });
    // Without a host asked for, the hosts that have sessions at the unit: a commune is not held to a province's minimum.
    if (query.hostRole || sessions.length > 0) result.push({ hostRole, periods, months: summariseByMonth(periods) });
  }
  return result;
}

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A host's year proposed from the rule in force on each date, the days off skipped and made up,
 * with the periods as they stand with the sessions already planned or held, and the warnings.
 */
export async function planReception(
  db: Db,
  query: z.infer<typeof PlanQuery>,
  options: { delegatedCounts: boolean; now?: Date },
): Promise<z.infer<typeof Plan>> {
  const calendar = await calendarFor(db, query.unitId);
  const isWorkingDay = (date: string) => calendar.isWorkingDay(date);
  const plan = planYear({ hostRole: query.hostRole, year: query.year, preferences: parsePreferences(query.days), isWorkingDay });
  const from = `${query.year}-01-01`;
  const to = `${query.year}-12-31`;
  const [standing] = await receptionCompliance(db, { unitId: query.unitId, from, to, hostRole: query.hostRole }, options);
  const scheduled = new Set(
    (await sessionDays(db, query.unitId, query.hostRole, from, to)).filter((s) => s.status !== 'cancelled').map((s) => s.date),
  );
  const warnings: { vi: string; en: string }[] = [];
  const rules = receptionRulesBetween(query.hostRole, from, to);
  const per = (rule: { minDays: number; per: 'week' | 'month' }) => ({
    vi: `${rule.minDays} ngày/${rule.per === 'week' ? 'tuần' : 'tháng'}`,
    en: `${rule.minDays} day(s) a ${rule.per}`,
  });
  if (rules.length === 0) {
    warnings.push({
      vi: 'Pháp luật không quy định số ngày tiếp tối thiểu cho chức danh này trong năm.',
      en: 'The law sets no minimum for this office in the year.',
    });
  }
  for (const rule of rules.slice(1)) {
    const before = receptionRuleOn(query.hostRole, shift(rule.effectiveFrom, -1));
    const date = rule.effectiveFrom.split('-').reverse().join('/');
    warnings.push({
      vi: `Từ ${date}: ít nhất ${per(rule).vi}${before ? ` (trước đó ${per(before).vi})` : ''} — ${rule.legalBasis}.`,
      en: `From ${date}: at least ${per(rule).en}${before ? ` (before: ${per(before).en})` : ''} — ${rule.legalBasis}.`,
    });
  }
  for (const period of standing?.periods ?? []) {
    const range = `${period.from} – ${period.to}`;
    if (period.state === 'short') {
      warnings.push({
        vi: `${range}: mới có ${period.held + period.planned}/${period.required} ngày tiếp đã tổ chức hoặc đã lên lịch.`,
        en: `${range}: only ${period.held + period.planned} of ${period.required} reception days held or planned.`,
      });
    }
    if (period.state === 'missed') {
      warnings.push({
        vi: `${range}: không đủ ${period.required} ngày tiếp (đã tiếp ${period.held}).`,
        en: `${range}: below the minimum of ${period.required} days (${period.held} held).`,
      });
    }
  }
  return {
    hostRole: query.hostRole,
    year: query.year,
    days: plan.days.map((day) => ({ ...day, scheduled: scheduled.has(day.date) })),
    periods: standing?.periods ?? [],
    months: standing?.months ?? [],
    warnings,
  };
}
