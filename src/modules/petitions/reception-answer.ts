/**
 * The answer owed to a citizen whose content was taken in at reception: within 10 working days
 * of intake (Law 42/2013 art. 28(1)), by the rule in force on the day, on the unit's calendar.
 */
import type { Db } from '../../platform/db/types.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { calendarFor } from '../calendar/index.js';
import { getDueAt, startClock } from '../cases/index.js';
import { findClockRule, limitOf } from './clock-rules.js';

export async function receptionAnswerDueAt(db: Db, unitId: string, visitedAt: Date): Promise<string | null> {
  const rule = findClockRule('reception.answer', todayInVietnam(visitedAt));
  if (!rule) return null;
  const calendar = await calendarFor(db, unitId);
  return new Date(getDueAt(calendar, startClock(calendar, { receivedAt: visitedAt, limit: limitOf(rule) }))).toISOString();
}
