/**
 * Reporting periods as data: a kind (month, quarter, six or nine months, year, or any range), a
 * year and its number, and a cut-off rule — the calendar, or the convention of Decree 09/2019/NĐ-CP
 * (from the 15th of the month before to the 14th of the period's last month; 🟡 whether the
 * inspectorate's forms use it). The report prints the exact range.
 */
import type { ReportPeriodInput, ResolvedPeriod } from '../../contracts/report-runs.js';

const pad = (value: number) => String(value).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, dayOfMonth: number) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const roman = ['I', 'II', 'III', 'IV'];

/** The months a kind covers: [first month, last month] within the year. */
function monthsOf(input: ReportPeriodInput): [number, number] {
  const number = input.number ?? 1;
  switch (input.kind) {
    case 'month':
      return [number, number];
    case 'quarter':
      return [(number - 1) * 3 + 1, number * 3];
    case 'half_year':
      return number === 2 ? [7, 12] : [1, 6];
    case 'nine_months':
      return [1, 9];
    default:
      return [1, 12];
  }
}

export function periodLabel(
  input: { kind: ReportPeriodInput['kind']; year?: number | undefined; number?: number | undefined },
  from: string,
  to: string,
): string {
  const year = input.year ?? Number(to.slice(0, 4));
  const number = input.number ?? 1;
  switch (input.kind) {
    case 'month':
      return `tháng ${number} năm ${year}`;
    case 'quarter':
      return `quý ${roman[number - 1]} năm ${year}`;
    case 'half_year':
      return number === 2 ? `6 tháng cuối năm ${year}` : `6 tháng đầu năm ${year}`;
    case 'nine_months':
      return `9 tháng năm ${year}`;
    case 'year':
      return `năm ${year}`;
    case 'custom':
      return `từ ngày ${from.split('-').reverse().join('/')} đến ngày ${to.split('-').reverse().join('/')}`;
  }
}

/** The exact range of a period (both days included). */
export function resolvePeriod(input: ReportPeriodInput): ResolvedPeriod {
  if (input.kind === 'custom') {
    const from = input.from ?? '';
    const to = input.to ?? '';
    return { kind: 'custom', cutOffRule: input.cutOffRule, from, to, label: periodLabel(input, from, to) };
  }
  const year = input.year ?? 0;
  const [first, last] = monthsOf(input);
  let from: string;
  let to: string;
  if (input.cutOffRule === 'day_14') {
    from = first === 1 ? day(year - 1, 12, 15) : day(year, first - 1, 15);
    to = day(year, last, 14);
  } else {
    from = day(year, first, 1);
    to = day(year, last, lastDay(year, last));
  }
  return {
    kind: input.kind,
    cutOffRule: input.cutOffRule,
    year,
    ...(input.number === undefined ? {} : { number: input.number }),
    from,
    to,
    label: periodLabel(input, from, to),
  };
}

const shiftYear = (iso: string, years: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return day(y + years, m, Math.min(d, lastDay(y + years, m)));
};

/** The same period of the previous year ("cùng kỳ"). */
export function previousYearOf(period: ResolvedPeriod): ResolvedPeriod {
  if (period.kind === 'custom') {
    const from = shiftYear(period.from, -1);
    const to = shiftYear(period.to, -1);
    return { ...period, from, to, label: periodLabel(period, from, to) };
  }
  return resolvePeriod({
    kind: period.kind,
    cutOffRule: period.cutOffRule,
    year: (period.year ?? 0) - 1,
    ...(period.number === undefined ? {} : { number: period.number }),
  });
}
