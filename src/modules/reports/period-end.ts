/**
 * The dossiers unfinished at the end of a period, judged as of that end (Decision 766 indicator
 * 2.1, legal-rules §1.5.5–7), never as of the day the figures are read: a closed quarter keeps its
 * figures whatever happens after it.
 *
 * A dossier received before the end and not finished by it (approved, stopped or withdrawn — a
 * withdrawal ends it) is, at the end:
 * - overdue when more than one supplement had been requested (§1.5.5);
 * - waiting for the citizen (a supplement, national status 5, or a financial obligation, national
 *   status 6): the waiting is not the administration's time, so it counts as finished on the day of
 *   the request — overdue only when the request came after its appointment;
 * - otherwise overdue when the period ended after its statutory appointment (the first one, moved
 *   by the time spent waiting for the citizen, never by a new appointment of an apology: Mẫu 04
 *   keeps the original for statistics, §1.5.6), in progress on time when it did not.
 */
import type { Queryable } from '../../platform/db/types.js';
import { startOfVietnamDate } from '../../platform/time/vietnam-time.js';
import { addWorkingTime, calendarFor, type WorkingCalendar } from '../calendar/index.js';
import type { DeadlineClock } from '../cases/index.js';
import { countOpenAtFirstAppointment, selectOpenWithMovedAppointment, type OpenDossierWithPauses } from '../dossiers/index.js';

export type EndState = 'on_time' | 'paused' | 'overdue';

/** Unfinished dossiers at the end of a period: how many, how many overdue, how many waiting for the citizen (and not overdue). */
export type UnfinishedAtEnd = { inProgress: number; overdue: number; paused: number };

const none: UnfinishedAtEnd = { inProgress: 0, overdue: 0, paused: 0 };
const DAY_MS = 86_400_000;

/**
 * The instant a period's unfinished dossiers are judged at: the end of its last Vietnam day, or
 * `now` while the period runs; null when the period has not begun (nothing was processed in it).
 */
export function judgementInstant(period: { from: string; to: string }, now: Date): number | null {
  const startMs = startOfVietnamDate(period.from);
  const atMs = Math.min(startOfVietnamDate(period.to) + DAY_MS, now.getTime());
  return atMs > startMs ? atMs : null;
}

/** Whether the dossier is unfinished at the instant: received before it, finished at or after it (or not at all). */
export function isOpenAt(dossier: Pick<OpenDossierWithPauses, 'receivedMs' | 'finishedMs'>, atMs: number): boolean {
  return dossier.receivedMs < atMs && (dossier.finishedMs === null || dossier.finishedMs >= atMs);
}

const clockOf = (dossier: OpenDossierWithPauses): DeadlineClock | null => dossier.clock as DeadlineClock | null;

/** Whether the statutory appointment at `atMs` needs the unit's working calendar (an old clock without history, or a pause after a reschedule). */
export function needsCalendar(dossier: OpenDossierWithPauses, atMs: number): boolean {
  const clock = clockOf(dossier);
  if (!clock) return false;
  if (!clock.history || clock.history.length === 0) return true;
  let rescheduled = false;
  for (const step of clock.history) {
    if (step.at >= atMs) break;
    if (step.kind === 'reschedule') rescheduled = true;
    if (step.kind === 'start' || step.kind === 'restart') rescheduled = false;
    if (step.kind === 'resume' && rescheduled) return true;
  }
  return false;
}

/**
 * The statutory appointment as it stood at `atMs`, from the clock's history: each event recorded
 * the due instant it led to, which is the statutory one until a new appointment is made; after
 * that, a resume moves the statutory appointment by the pause's working time, counted on the
 * unit's calendar. Extensions by law are not granted to dossiers; after a reschedule they are not
 * carried here.
 */
export function statutoryDueAt(dossier: OpenDossierWithPauses, atMs: number, calendar?: WorkingCalendar): number | null {
  const clock = clockOf(dossier);
  if (!clock) return dossier.originalDueMs;
  if (!clock.history || clock.history.length === 0) {
    if (!calendar) throw new Error(`the calendar of unit ${dossier.unitId} is needed`);
    const paused = clock.pauses.filter((pause) => pause.to < atMs).reduce((sum, pause) => sum + pause.workingMs, 0);
    return addWorkingTime(calendar, clock.computedDueAt, paused);
  }
  let due = dossier.originalDueMs;
  let rescheduled = false;
  for (const step of clock.history) {
    if (step.at >= atMs) break;
    switch (step.kind) {
      case 'start':
      case 'restart':
        due = step.dueAt;
        rescheduled = false;
        break;
      case 'reschedule':
        rescheduled = true;
        break;
      case 'resume':
      case 'extend':
        if (!rescheduled) due = step.dueAt;
        else if (step.kind === 'resume' && due !== null) {
          if (!calendar) throw new Error(`the calendar of unit ${dossier.unitId} is needed`);
          const pause = clock.pauses.find((closed) => closed.to === step.at);
          due = addWorkingTime(calendar, due, pause?.workingMs ?? 0);
        }
        break;
      case 'pause':
      case 'stop':
        break;
      default: {
        const unknown: never = step.kind;
        throw new Error(`unknown clock event ${String(unknown)}`);
      }
    }
  }
  return due;
}

/** Where a dossier whose appointment moved stood at `atMs` (it must be unfinished then). */
export function judgeAtEnd(dossier: OpenDossierWithPauses, atMs: number, calendar?: WorkingCalendar): EndState {
  const before = dossier.pauses.filter(([, at]) => at < atMs);
  if (before.filter(([type]) => type === 'supplement_requested').length > 1) return 'overdue';
  const due = statutoryDueAt(dossier, atMs, calendar);
  const last = before.at(-1);
  if (last && (last[0] === 'supplement_requested' || last[0] === 'payment_requested')) {
    return due !== null && last[1] > due ? 'overdue' : 'paused';
  }
  return due !== null && atMs > due ? 'overdue' : 'on_time';
}

/**
 * The unfinished dossiers of some units at each instant: those whose appointment never moved are
 * counted in SQL against their first appointment; the few others are judged here one by one. Two
 * queries, whatever the number of instants (plus a unit's calendar, rarely, for old clocks).
 */
export async function countUnfinishedAt(
  db: Queryable,
  unitIds: readonly string[],
  instants: readonly number[],
): Promise<UnfinishedAtEnd[]> {
  if (unitIds.length === 0 || instants.length === 0) return instants.map(() => ({ ...none }));
  const [counted, moved] = await Promise.all([
    countOpenAtFirstAppointment(db, unitIds, instants),
    selectOpenWithMovedAppointment(db, unitIds, instants),
  ]);
  const calendars = new Map<string, Promise<WorkingCalendar>>();
  const calendarOf = (unitId: string) => {
    if (!calendars.has(unitId)) calendars.set(unitId, calendarFor(db, unitId));
    return calendars.get(unitId)!;
  };
  const results: UnfinishedAtEnd[] = [];
  for (const atMs of instants) {
    const row = counted.find((count) => count.atMs === atMs);
    const result = { inProgress: row?.open ?? 0, overdue: row?.pastFirstAppointment ?? 0, paused: 0 };
    for (const dossier of moved) {
      if (!isOpenAt(dossier, atMs)) continue;
      const state = judgeAtEnd(dossier, atMs, needsCalendar(dossier, atMs) ? await calendarOf(dossier.unitId) : undefined);
      result.inProgress += 1;
      if (state === 'overdue') result.overdue += 1;
      if (state === 'paused') result.paused += 1;
    }
    results.push(result);
  }
  return results;
}
