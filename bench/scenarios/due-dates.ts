import { addWorkingDays, loadCalendar, type WorkingCalendar } from '../../src/modules/calendar/index.js';
import type { BenchRow } from '../table.js';

/**
 * Due-date computations per second with the calendar's precomputed day table, against the
 * straightforward reference an application would write first: walk day by day, asking a set
 * of days off and a set of worked Saturdays, for the same receipts and limits.
 */
export function runDueDates(options: { computations: number }): BenchRow {
  const calendar = loadCalendar();
  const inputs = makeInputs(4096);
  const naive = buildNaive(calendar);
  const check = inputs
    .slice(0, 256)
    .every(({ receivedAt, days }) => addWorkingDays(calendar, receivedAt, days) === naive(receivedAt, days));
  if (!check) throw new Error('the reference and the calendar disagree: the benchmark would compare different work');

  const measure = (compute: (receivedAt: number, days: number) => number, count: number) => {
    let checksum = 0;
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      const input = inputs[i & 4095]!;
      checksum = (checksum + compute(input.receivedAt, input.days) / 60_000) % 1_000_003;
    }
    const elapsed = performance.now() - started;
    return { perSecond: (count / elapsed) * 1000, checksum };
  };
  const figure = measure((receivedAt, days) => addWorkingDays(calendar, receivedAt, days), options.computations);
  const referenceCount = Math.max(10_000, Math.floor(options.computations / 20));
  const reference = measure(naive, referenceCount);
  return {
    scenario: `due dates (${new Intl.NumberFormat('en-US').format(options.computations)} computations)`,
    database: '—',
    figure: figure.perSecond,
    unit: 'computations/s',
    reference: reference.perSecond,
    referenceLabel: 'day-by-day loop over sets of dates',
    ratio: figure.perSecond / reference.perSecond,
    ratioLabel: 'faster',
    notes: 'receipts 2024–2026 at random minutes, limits 0–30 working days',
  };
}

function makeInputs(size: number): { receivedAt: number; days: number }[] {
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const first = Date.UTC(2024, 0, 1) - 7 * 3_600_000;
  const span = Date.UTC(2026, 11, 1) - Date.UTC(2024, 0, 1);
  return Array.from({ length: size }, () => ({ receivedAt: first + (next() % Math.floor(span / 60_000)) * 60_000, days: next() % 31 }));
}

/** The reference: the same rules, asked day by day from sets of ISO dates. */
function buildNaive(calendar: WorkingCalendar): (receivedAt: number, days: number) => number {
  const working = new Set<string>();
  for (let ms = Date.UTC(2023, 11, 1); ms < Date.UTC(2027, 6, 1); ms += 86_400_000) {
    const iso = new Date(ms).toISOString().slice(0, 10);
    if (calendar.isWorkingDay(iso)) working.add(iso);
  }
  const offset = 7 * 3_600_000;
  return (receivedAt, days) => {
    const local = new Date(receivedAt + offset);
    let iso = local.toISOString().slice(0, 10);
    const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
    let dayMs = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
    // The same day (0) moves to the next working day after the cut-off or on a day off; day 1 of a
    // longer limit is the first working day after the day of receipt either way.
    if (days === 0 && (!working.has(iso) || minutes > 15 * 60)) {
      do {
        dayMs += 86_400_000;
        iso = new Date(dayMs).toISOString().slice(0, 10);
      } while (!working.has(iso));
    }
    let counted = 0;
    while (counted < days) {
      dayMs += 86_400_000;
      iso = new Date(dayMs).toISOString().slice(0, 10);
      if (working.has(iso)) counted += 1;
    }
    return dayMs - offset + 17 * 3_600_000;
  };
}
