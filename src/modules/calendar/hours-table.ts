/**
 * The working hours in force on every day of a calendar's range, and the working time before each
 * working day: with seasonal hours a working day may be longer or shorter than another, so working
 * time is summed day by day once, and then read with one array access (or a binary search).
 */
import { fromDayNumber } from '../../platform/time/vietnam-time.js';
import type { DayTable } from './day-table.js';
import { type CompiledSeason, type CompiledWorkingHours, isInSeason, monthDayKeyOf } from './working-hours.js';

export type HoursTable = {
  /** Every set of hours the calendar uses: 0 is the unit's working hours, `s + 1` season `s`. */
  hours: readonly CompiledWorkingHours[];
  /** The hours in force on each day, by table index. */
  hoursIndex: Uint8Array;
  /** Working milliseconds before the k-th working day of the range (k from 0); one more entry holds the total. */
  msBefore: Float64Array;
  /** The length of every working day when they are all the same, else null. */
  uniformDayMs: number | null;
};

export function buildHoursTable(table: DayTable, base: CompiledWorkingHours, seasons: readonly CompiledSeason[]): HoursTable {
  const length = table.lastDay - table.firstDay + 1;
  const hoursIndex = new Uint8Array(length);
  if (seasons.length > 0) {
    for (let index = 0; index < length; index += 1) {
      const { month, day } = fromDayNumber(table.firstDay + index);
      const key = monthDayKeyOf(month, day);
      const season = seasons.findIndex((candidate) => isInSeason(candidate, key));
      hoursIndex[index] = season + 1;
    }
  }
  const hours = [base, ...seasons.map((season) => season.hours)];
  const working = table.workingIndex;
  const msBefore = new Float64Array(working.length + 1);
  let uniformDayMs: number | null = hours[hoursIndex[working[0] ?? 0]!]!.dayLengthMs;
  for (let k = 0; k < working.length; k += 1) {
    const dayMs = hours[hoursIndex[working[k]!]!]!.dayLengthMs;
    if (dayMs !== uniformDayMs) uniformDayMs = null;
    msBefore[k + 1] = msBefore[k]! + dayMs;
  }
  return { hours, hoursIndex, msBefore, uniformDayMs };
}

/**
 * The k (from 0) of the working day in which a working-time coordinate falls: the first k with
 * `msBefore[k] < coordinate ≤ msBefore[k + 1]`, so an amount that fills a day ends at its close.
 * Undefined past the range.
 */
export function findWorkingDayOfCoordinate(hoursTable: HoursTable, coordinate: number): number | undefined {
  const { msBefore, uniformDayMs } = hoursTable;
  const last = msBefore.length - 2;
  if (last < 0 || coordinate > msBefore[last + 1]!) return undefined;
  if (uniformDayMs !== null) return Math.ceil(coordinate / uniformDayMs) - 1;
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (msBefore[middle + 1]! >= coordinate) high = middle;
    else low = middle + 1;
  }
  return low;
}
