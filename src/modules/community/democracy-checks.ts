/** Checks the democracy registers share: a commune-level unit, a day not after today, the working-day clocks. */
import { DomainError, validationError } from '../../platform/errors/errors.js';
import type { Db, Queryable } from '../../platform/db/types.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { addWorkingDays, calendarFor } from '../calendar/index.js';
import { getUnitRow } from '../org/index.js';
import { DemocracyError } from './democracy.errors.js';

const communeTypes = new Set(['commune', 'ward', 'special_zone']);

export async function requireCommune(db: Queryable, unitId: string) {
  const unit = await getUnitRow(db, unitId);
  if (!communeTypes.has(unit.type)) throw new DomainError(DemocracyError.NOT_A_COMMUNE);
  return unit;
}

/** Refuses (422, naming the field) a day after today in Vietnam. */
export function requireNotFuture(fields: Record<string, string | undefined | null>, now: Date): void {
  const today = todayInVietnam(now);
  const late = Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value > today);
  if (late.length > 0) {
    throw validationError(
      late.map(([field]) => ({ field, in: 'body' as const, code: 'in_future', message: { vi: 'Chưa đến ngày này.', en: 'Not yet.' } })),
    );
  }
}

/** The day `days` working days after `date` in the unit's calendar (the day itself not counted). */
export async function workingDaysAfter(db: Db, unitId: string, date: string, days: number): Promise<string> {
  const calendar = await calendarFor(db, unitId);
  return todayInVietnam(new Date(addWorkingDays(calendar, Date.parse(`${date}T05:00:00Z`), days)));
}
