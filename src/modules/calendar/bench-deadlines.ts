/**
 * A small benchmark of due-date computation: N working-day deadlines for receipts spread over
 * 2024–2026 at every minute of the day, limits of 0–30 working days. Returns the rate; prints
 * nothing. The calendar's day table is built before timing starts.
 */
import { startOfLocalDayMs, toDayNumber, MS_PER_MINUTE } from './civil-date.js';
import { loadCalendar, type WorkingCalendar } from './calendar.js';
import { addWorkingDays } from './deadlines.js';

export type DeadlineBenchmark = { computations: number; elapsedMs: number; perSecond: number; checksum: number };

export function benchmarkDueDates(computations: number, calendar: WorkingCalendar = loadCalendar()): DeadlineBenchmark {
  const firstDay = toDayNumber({ year: 2024, month: 1, day: 1 });
  const days = toDayNumber({ year: 2026, month: 12, day: 1 }) - firstDay;
  const size = 4096;
  const receipts = new Float64Array(size);
  const limits = new Int32Array(size);
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  for (let i = 0; i < size; i += 1) {
    receipts[i] = startOfLocalDayMs(firstDay + (next() % days)) + (next() % 1440) * MS_PER_MINUTE;
    limits[i] = next() % 31;
  }
  addWorkingDays(calendar, receipts[0]!, limits[0]!); // builds the day table
  let checksum = 0;
  const started = performance.now();
  for (let i = 0; i < computations; i += 1) {
    const slot = i & (size - 1);
    checksum = (checksum + (addWorkingDays(calendar, receipts[slot]!, limits[slot]!) / MS_PER_MINUTE)) % 1_000_003;
  }
  const elapsedMs = performance.now() - started;
  return { computations, elapsedMs, perSecond: elapsedMs > 0 ? (computations / elapsedMs) * 1000 : Infinity, checksum };
}
