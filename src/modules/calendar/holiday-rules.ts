/**
 * Statutory public holidays (Labour Code art. 112; before 2021, the 2012 Code's art. 115) as
 * versioned rules: each rule says which days it gives, under which legal basis, and from when
 * to when. A rule is data; `expandHolidayRules` turns the rules in force into days for a year.
 * The yearly schedule (`schedules.ts`) overrides a rule's days for the occasions it covers.
 */
import type { AdjacentDay, CalendarConfidence, HolidayOccasion } from '../../contracts/calendar.js';
import type { Text } from '../../platform/i18n/locale.js';
import { type IsoDate, isoToDayNumber, toDayNumber } from '../../platform/time/vietnam-time.js';
import { dayNumberOfLunarDate } from './lunar.js';

/** The occasions (dịp nghỉ) and the adjacent-day choice are enums of the shared contract. */
export { holidayOccasions, type AdjacentDay, type HolidayOccasion } from '../../contracts/calendar.js';

/** How a rule finds its days in a solar year. */
export type HolidayDates =
  | { kind: 'solar'; month: number; day: number }
  | { kind: 'lunar'; month: number; day: number }
  /** The last `daysBefore` days of the old lunar year and the first `daysFrom` days of the new. */
  | { kind: 'lunar-new-year'; daysBefore: number; daysFrom: number }
  /** A solar date plus one day next to it; which one is a setting (`adjacentDay`). */
  | { kind: 'solar-with-adjacent-day'; month: number; day: number; defaultAdjacentDay: AdjacentDay };

export type HolidayRule = {
  occasion: HolidayOccasion;
  version: number;
  name: Text;
  dates: HolidayDates;
  legalBasis: string;
  /** First and last date (inclusive) of a holiday day this version may produce. */
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  /** Off by default: a rule whose legal text is not confirmed waits for an administrator. */
  isEnabledByDefault: boolean;
  isConfirmed: boolean;
  /** How sure the basis is: the law's text read (confirmed), or only reported (partly confirmed). */
  confidence: CalendarConfidence;
  note?: string;
};

/**
 * Per-occasion settings an administrator may change. `isEnabled` set means the deployment decided
 * (on or off); `decidedBy` and `decidedAt` say who switched it and when (kept while it stays as set).
 */
export type HolidayRuleSetting = { isEnabled?: boolean; adjacentDay?: AdjacentDay; decidedBy?: string; decidedAt?: string };
export type HolidayRuleSettings = Partial<Record<HolidayOccasion, HolidayRuleSetting>>;

const LABOUR_CODE_2012 = 'Bộ luật Lao động 10/2012/QH13, Điều 115 khoản 1';
const LABOUR_CODE_2019 = 'Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1';

const names: Record<HolidayOccasion, Text> = {
  'new-year': { vi: 'Tết Dương lịch', en: 'New Year' },
  'lunar-new-year': { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings Commemoration' },
  'victory-day': { vi: 'Ngày Chiến thắng', en: 'Victory Day' },
  'labour-day': { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
  'culture-day': { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
};

/** The name of a holiday, in both languages. */
export function holidayNameOf(occasion: HolidayOccasion): Text {
  return names[occasion];
}

function rule(
  occasion: HolidayOccasion,
  version: number,
  dates: HolidayDates,
  validity: { legalBasis: string; effectiveFrom: IsoDate; effectiveTo: IsoDate | null },
  extra: Partial<Pick<HolidayRule, 'isEnabledByDefault' | 'isConfirmed' | 'confidence' | 'note'>> = {},
): HolidayRule {
  const base = { isEnabledByDefault: true, isConfirmed: true, confidence: 'confirmed' as const };
  return { occasion, version, name: names[occasion], dates, ...validity, ...base, ...extra };
}

const code2012 = { legalBasis: LABOUR_CODE_2012, effectiveFrom: '2013-05-01', effectiveTo: '2020-12-31' };
const code2019 = { legalBasis: LABOUR_CODE_2019, effectiveFrom: '2021-01-01', effectiveTo: null };
const tetDefault: HolidayDates = { kind: 'lunar-new-year', daysBefore: 1, daysFrom: 4 };
const tetNote =
  '5 days; the Prime Minister fixes the exact days each year (art. 112(3)). Without a yearly schedule: the last day of the lunar year and the first four days of the new one.';

/** The statutory holidays, oldest version first. Years before 2013-05-01 have no rule here. */
export const DEFAULT_HOLIDAY_RULES: readonly HolidayRule[] = [
  rule('new-year', 1, { kind: 'solar', month: 1, day: 1 }, code2012),
  rule('lunar-new-year', 1, tetDefault, code2012, { note: tetNote }),
  rule('hung-kings', 1, { kind: 'lunar', month: 3, day: 10 }, code2012),
  rule('victory-day', 1, { kind: 'solar', month: 4, day: 30 }, code2012),
  rule('labour-day', 1, { kind: 'solar', month: 5, day: 1 }, code2012),
  rule('national-day', 1, { kind: 'solar', month: 9, day: 2 }, code2012, { note: 'One day (2/9) until 2020.' }),
  rule('new-year', 2, { kind: 'solar', month: 1, day: 1 }, code2019),
  rule('lunar-new-year', 2, tetDefault, code2019, { note: tetNote }),
  rule('hung-kings', 2, { kind: 'lunar', month: 3, day: 10 }, code2019),
  rule('victory-day', 2, { kind: 'solar', month: 4, day: 30 }, code2019),
  rule('labour-day', 2, { kind: 'solar', month: 5, day: 1 }, code2019),
  rule('national-day', 2, { kind: 'solar-with-adjacent-day', month: 9, day: 2, defaultAdjacentDay: 'before' }, code2019, {
    note: '2/9 plus 1/9 or 3/9; the Prime Minister decides which each year (art. 112(3)). The default (1/9) is a setting, not a finding.',
  }),
  rule(
    'culture-day',
    1,
    { kind: 'solar', month: 11, day: 24 },
    {
      legalBasis:
        'Nghị quyết 28/2026/QH16 sửa đổi Bộ luật Lao động Điều 112, từ 01/7/2026 (reported by baochinhphu.vn and xaydungchinhsach.chinhphu.vn; the text was not read)',
      effectiveFrom: '2026-07-01',
      effectiveTo: null,
    },
    {
      isEnabledByDefault: false,
      isConfirmed: false,
      confidence: 'partly-confirmed',
      note: 'Chosen by Politburo Resolution 80-NQ/TW (Jan 2026) and reported as enacted; the official text was not read. Off until the deployment decides: an administrator switches it on or confirms it off.',
    },
  ),
];

/** The weekly rest days of civil servants and the compensatory-day rule for holidays on them. */
export const WEEKLY_REST = {
  days: [6, 0] as const,
  legalBasis: 'Quyết định 188/1999/QĐ-TTg (40-hour week, Saturday and Sunday off)',
  compensationLegalBasis: 'Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3 (the 2012 Code had the same rule)',
};

export type HolidayDay = {
  dayNumber: number;
  occasion: HolidayOccasion;
  rule: HolidayRule;
  kind: 'holiday' | 'compensatory-off';
  legalBasis: string;
  isConfirmed: boolean;
};

function isRuleEnabled(holidayRule: HolidayRule, settings: HolidayRuleSettings): boolean {
  return settings[holidayRule.occasion]?.isEnabled ?? holidayRule.isEnabledByDefault;
}

/** An unconfirmed rule on whose occasion the deployment has not decided (no `isEnabled` set). */
export function isRuleUndecided(holidayRule: HolidayRule, settings: HolidayRuleSettings): boolean {
  return !holidayRule.isConfirmed && settings[holidayRule.occasion]?.isEnabled === undefined;
}

/**
 * The unconfirmed rules still to be decided: undecided, and in force on `today` or later (a rule
 * that ended before it needs no decision any more).
 */
export function listUndecidedRules(settings: HolidayRuleSettings, today: IsoDate, rules = DEFAULT_HOLIDAY_RULES): HolidayRule[] {
  return rules.filter((rule) => isRuleUndecided(rule, settings) && (rule.effectiveTo === null || rule.effectiveTo >= today));
}

export function isRuleInForce(holidayRule: HolidayRule, dayNumber: number): boolean {
  const from = isoToDayNumber(holidayRule.effectiveFrom);
  const to = holidayRule.effectiveTo === null ? undefined : isoToDayNumber(holidayRule.effectiveTo);
  return (from === undefined || dayNumber >= from) && (to === undefined || dayNumber <= to);
}

/** The days one rule names in a solar year, before any check of its validity period. */
export function listRuleDays(holidayRule: HolidayRule, year: number, settings: HolidayRuleSettings = {}): number[] {
  const dates = holidayRule.dates;
  switch (dates.kind) {
    case 'solar':
      return [toDayNumber({ year, month: dates.month, day: dates.day })];
    case 'lunar':
      return [dayNumberOfLunarDate({ year, month: dates.month, day: dates.day, isLeapMonth: false })];
    case 'lunar-new-year': {
      const tet = dayNumberOfLunarDate({ year, month: 1, day: 1, isLeapMonth: false });
      const days: number[] = [];
      for (let offset = -dates.daysBefore; offset < dates.daysFrom; offset += 1) days.push(tet + offset);
      return days;
    }
    case 'solar-with-adjacent-day': {
      const main = toDayNumber({ year, month: dates.month, day: dates.day });
      const side = settings[holidayRule.occasion]?.adjacentDay ?? dates.defaultAdjacentDay;
      return side === 'before' ? [main - 1, main] : [main, main + 1];
    }
    default: {
      const unreachable: never = dates;
      throw new Error(`Unknown holiday dates ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The statutory holidays of a solar year from the rules in force and enabled, for the given
 * occasions (all by default), without compensatory days. A day is kept only when the rule
 * version is in force on that day, so a version change mid-year picks the right one.
 */
export function expandHolidayRules(options: {
  year: number;
  rules?: readonly HolidayRule[];
  settings?: HolidayRuleSettings;
  occasions?: ReadonlySet<HolidayOccasion>;
}): HolidayDay[] {
  const { year, rules = DEFAULT_HOLIDAY_RULES, settings = {}, occasions } = options;
  const result: HolidayDay[] = [];
  for (const holidayRule of rules) {
    if (occasions && !occasions.has(holidayRule.occasion)) continue;
    if (!isRuleEnabled(holidayRule, settings)) continue;
    for (const dayNumber of listRuleDays(holidayRule, year, settings)) {
      if (!isRuleInForce(holidayRule, dayNumber)) continue;
      if (result.some((day) => day.dayNumber === dayNumber)) continue;
      result.push({
        dayNumber,
        occasion: holidayRule.occasion,
        rule: holidayRule,
        kind: 'holiday',
        legalBasis: holidayRule.legalBasis,
        isConfirmed: holidayRule.isConfirmed,
      });
    }
  }
  return result.sort((a, b) => a.dayNumber - b.dayNumber);
}

/**
 * Art. 111(3): a holiday on a weekly rest day gives a day off on the next working day. Each such
 * holiday, in date order, takes the first later day that is neither a weekly rest day nor
 * already off (`isDayOff` covers the holidays and any schedule days); so Sat 30/4 + Sun 1/5 give
 * Mon 2/5 and Tue 3/5.
 */
export function addCompensatoryDays(
  holidays: readonly HolidayDay[],
  isDayOff: (dayNumber: number) => boolean,
  isWeeklyRestDay: (dayNumber: number) => boolean,
): HolidayDay[] {
  const taken = new Set<number>(holidays.map((day) => day.dayNumber));
  const result: HolidayDay[] = [];
  for (const holiday of [...holidays].sort((a, b) => a.dayNumber - b.dayNumber)) {
    if (!isWeeklyRestDay(holiday.dayNumber)) continue;
    let candidate = holiday.dayNumber + 1;
    while (isWeeklyRestDay(candidate) || isDayOff(candidate) || taken.has(candidate)) candidate += 1;
    taken.add(candidate);
    result.push({ ...holiday, dayNumber: candidate, kind: 'compensatory-off', legalBasis: WEEKLY_REST.compensationLegalBasis });
  }
  return result;
}
