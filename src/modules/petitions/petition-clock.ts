/**
 * The clock of the step a petition is in: processing within 10 working days (a denunciation's
 * initial handling within 7), from the rule set of its day of receipt, on its unit's calendar.
 */
import type { PetitionKind } from '../../contracts/petitions.js';
import { calendarFor } from '../calendar/index.js';
import { getDueAt, startClock, stopClock, type DeadlineClock } from '../cases/index.js';
import type { Db } from '../../platform/db/types.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findClockRule, limitOf, type ClockRuleKey } from './clock-rules.js';

export function clockRuleOf(kind: PetitionKind): ClockRuleKey {
  // A mixed petition may hold a denunciation: the shorter clock of its initial handling applies.
  return kind === 'denunciation' || kind === 'mixed' ? 'denunciation.initial_handling' : 'petition.processing';
}

/** The columns of a clock started at receipt (none when no rule was in force then). */
export async function startPetitionClock(db: Db, input: { unitId: string; kind: PetitionKind; receivedAt: Date }) {
  const key = clockRuleOf(input.kind);
  const rule = findClockRule(key, todayInVietnam(input.receivedAt));
  if (!rule) return { clockRule: null, clock: null, dueAt: null };
  const calendar = await calendarFor(db, input.unitId);
  const clock = startClock(calendar, { receivedAt: input.receivedAt, limit: limitOf(rule) });
  return { clockRule: key, clock, dueAt: new Date(getDueAt(calendar, clock)).toISOString() };
}

/** The columns of a clock stopped (the petition handled, or linked as a repeat with no clock of its own). */
export async function stopPetitionClock(db: Db, input: { unitId: string; clock: DeadlineClock | null; at: Date }) {
  if (!input.clock || input.clock.stoppedAt != null) return { handledAt: input.at.toISOString() };
  const calendar = await calendarFor(db, input.unitId);
  return { clock: stopClock(calendar, input.clock, input.at), handledAt: input.at.toISOString() };
}
