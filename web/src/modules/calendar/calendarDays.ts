import type { CalendarDay } from '@contracts/calendar';

/** How a day cell is coloured; also its `data-kind`. */
export type DayKind = 'working' | 'rest' | 'off' | 'swapped-workday' | 'unit';

export const dayKinds: DayKind[] = ['working', 'rest', 'off', 'swapped-workday', 'unit'];

const offKinds = new Set(['holiday', 'compensatory-off', 'swapped-off']);

/** The unit's own days win, then swaps and holidays, then the weekly rest. */
export function dayKindOf(day: CalendarDay): DayKind {
  const kinds = new Set(day.reasons.map((reason) => reason.kind));
  if (day.isWorkingDay) {
    if (kinds.has('unit-working-day')) return 'unit';
    if (kinds.has('swapped-workday')) return 'swapped-workday';
    return 'working';
  }
  if (kinds.has('unit-day-off')) return 'unit';
  if (day.reasons.some((reason) => offKinds.has(reason.kind))) return 'off';
  return 'rest';
}

/** A day resting on an entry or rule whose legal text is not confirmed. */
export function isUnconfirmed(day: CalendarDay): boolean {
  return day.isProvisional || day.reasons.some((reason) => !reason.isConfirmed);
}

/** The reasons worth a tooltip: everything but the plain weekend. */
export function notableReasons(day: CalendarDay) {
  return day.reasons.filter((reason) => reason.kind !== 'weekly-rest');
}

/** The days of each month (index 0 = January), laid out Monday first with blanks around. */
export function monthGrids(days: CalendarDay[]): (CalendarDay | null)[][] {
  const months: (CalendarDay | null)[][] = Array.from({ length: 12 }, () => []);
  for (const day of days) {
    const month = Number(day.date.slice(5, 7)) - 1;
    const cells = months[month];
    if (!cells) continue;
    if (cells.length === 0) for (let blank = 0; blank < (day.weekday + 6) % 7; blank += 1) cells.push(null);
    cells.push(day);
  }
  for (const cells of months) while (cells.length % 7 !== 0) cells.push(null);
  return months;
}

/** Colours of each kind, from antd's preset palette. */
export const kindColours: Record<DayKind, { background: string; color: string; border: string }> = {
  working: { background: '#ffffff', color: 'rgba(0, 0, 0, 0.88)', border: '#f0f0f0' },
  rest: { background: '#f0f0f0', color: '#8c8c8c', border: '#e8e8e8' },
  off: { background: '#ffccc7', color: '#a8071a', border: '#ff7875' },
  'swapped-workday': { background: '#bae0ff', color: '#003eb3', border: '#4096ff' },
  unit: { background: '#ffe7ba', color: '#ad4e00', border: '#ffa940' },
};
