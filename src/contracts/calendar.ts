/**
 * The calendar contract shared by the server (routes, OpenAPI) and the officer app: the yearly
 * official schedules, a unit's calendar settings, the working calendar of a year, the holiday
 * rules and their switches, and the due-date calculator. Parsing a schedule checks the rules it
 * must keep (dates inside the year, no date both off and worked, a source on every entry).
 */
import { z } from 'zod';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { bilingual } from '../platform/i18n/locale.js';
import { findCivilDate, isValidCivilDate, parseClockTime, toDayNumber, weekdayOfDayNumber } from '../platform/time/vietnam-time.js';

/** What a day off is for (dịp nghỉ). One occasion may have several rule versions over time. */
export const holidayOccasions = [
  'new-year',
  'lunar-new-year',
  'hung-kings',
  'victory-day',
  'labour-day',
  'national-day',
  'culture-day',
] as const;
export type HolidayOccasion = (typeof holidayOccasions)[number];

/** Which day next to a solar holiday is also off (2/9). */
export const adjacentDays = ['before', 'after'] as const;
export type AdjacentDay = (typeof adjacentDays)[number];

/** Why a day is off or worked. */
export const dayReasonKinds = [
  'weekly-rest',
  'holiday',
  'compensatory-off',
  'swapped-off',
  'swapped-workday',
  'unit-day-off',
  'unit-working-day',
] as const;
export type DayReasonKind = (typeof dayReasonKinds)[number];

export const scheduleEntryTypes = ['holiday', 'compensatory-off', 'swapped-off', 'swapped-workday'] as const;
export type ScheduleEntryType = (typeof scheduleEntryTypes)[number];

/**
 * How sure the calendar is of a year or a rule: `confirmed` (the official notice or the text of the
 * law, every day of it); `partly-confirmed` (reported by official news but the text not read, or a
 * schedule with unconfirmed days); `provisional` (no published schedule: the days come from the
 * statutory rules alone and may change when the year's notice is published).
 */
export const calendarConfidences = ['confirmed', 'partly-confirmed', 'provisional'] as const;
export type CalendarConfidence = (typeof calendarConfidences)[number];

/** Where a year's schedule comes from: set by an administrator (stored), shipped with the software, or none. */
export const scheduleSources = ['stored', 'shipped', 'none'] as const;
export type ScheduleSource = (typeof scheduleSources)[number];

/**
 * The units of a time limit (legal-rules §1.5.1): working days, working hours, calendar days (Civil
 * Code 2015 arts. 147–148) and the same day (due at the end of the receipt day; its value is 0).
 */
export const timeLimitUnits = ['working-days', 'working-hours', 'calendar-days', 'same-day'] as const;
export type TimeLimitUnit = (typeof timeLimitUnits)[number];

const isClockTime = (text: string) => parseClockTime(text) !== undefined;

/** A day of any year as `MM-DD` (29 February excluded: a season must start and end every year). */
export function parseMonthDay(text: string): { month: number; day: number } | undefined {
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && isValidCivilDate({ year: 2001, month, day }) ? { month, day } : undefined;
}

/** The year and weekday (0 = Sunday) of a real `YYYY-MM-DD` date; undefined otherwise. */
function yearAndWeekdayOf(text: string): { year: number; weekday: number } | undefined {
  const date = findCivilDate(text);
  return date && isValidCivilDate(date) ? { year: date.year, weekday: weekdayOfDayNumber(toDayNumber(date)) } : undefined;
}

const clockTime = z
  .string()
  .refine(isClockTime, bilingual({ vi: 'Giờ theo dạng HH:MM, từ 00:00 đến 24:00.', en: 'HH:MM between 00:00 and 24:00.' }));

/**
 * One day of a yearly schedule. `holiday`: a statutory holiday day (also when it falls on a
 * weekend); `compensatory-off`: a day off for a holiday on a weekly rest day (art. 111(3));
 * `swapped-off`: a working day made a day off by a swap; `swapped-workday`: a weekly rest day
 * worked in exchange. Weekend days inside a holiday span need no entry.
 */
export const ScheduleEntry = z.object({
  date: isoDate,
  type: z.enum(scheduleEntryTypes),
  occasion: z.enum(holidayOccasions),
  source: z.string().trim().min(1, 'Every entry needs its source or legal basis'),
  isConfirmed: z.boolean(),
  note: z.string().trim().max(500).optional(),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

export const YearSchedule = z
  .object({
    year: z.number().int().min(1901).max(2100),
    title: z.string().trim().min(1).max(200),
    entries: z.array(ScheduleEntry).min(1),
  })
  .superRefine((schedule, context) => {
    const seen = new Map<string, number>();
    schedule.entries.forEach((entry, index) => {
      const date = yearAndWeekdayOf(entry.date);
      if (!date) return; // reported by the date format check
      if (date.year !== schedule.year) {
        context.addIssue({ code: 'custom', path: ['entries', index, 'date'], message: `Not in ${schedule.year}` });
      }
      const previous = seen.get(entry.date);
      if (previous !== undefined) {
        const previousType = schedule.entries[previous]?.type;
        const isConflict = (previousType === 'swapped-workday') !== (entry.type === 'swapped-workday');
        context.addIssue({
          code: 'custom',
          path: ['entries', index, 'date'],
          message: isConflict ? 'The same date is both a day off and a working day' : 'The same date is listed twice',
        });
      } else {
        seen.set(entry.date, index);
      }
      if (entry.type === 'swapped-workday' && date.weekday !== 0 && date.weekday !== 6) {
        context.addIssue({
          code: 'custom',
          path: ['entries', index, 'type'],
          message: bilingual({
            vi: 'Ngày làm bù phải là ngày nghỉ hằng tuần (thứ Bảy hoặc Chủ nhật).',
            en: 'A swapped working day must be a weekly rest day (Saturday or Sunday).',
          }),
        });
      }
    });
  });
export type YearSchedule = z.infer<typeof YearSchedule>;

const DatedReason = z.object({ date: isoDate, reason: z.string().trim().min(1).max(300) });
const TimeWindowSchema = z.object({ start: clockTime, end: clockTime });
const monthDay = z
  .string()
  .refine((text) => parseMonthDay(text) !== undefined, bilingual({ vi: 'Ngày theo dạng MM-DD (tháng-ngày).', en: 'A day as MM-DD.' }));

/**
 * Seasonal working hours (giờ làm việc mùa hè / mùa đông), as a province decides them: the windows
 * in force from `from` to `to` (both inclusive, every year; `to` before `from` runs over the new
 * year; 29 February has the hours of 28 February). Days outside every season keep the unit's
 * `workingHours`. Seasons may not overlap.
 */
export const SeasonalHours = z.object({
  name: z.string().trim().min(1).max(100),
  from: monthDay,
  to: monthDay,
  windows: z.array(TimeWindowSchema).min(1),
  legalBasis: z.string().trim().min(1).max(300).optional(),
});
export type SeasonalHours = z.infer<typeof SeasonalHours>;

/** A unit's own calendar: extra days off or worked, working and opening hours, cut-off. */
export const UnitCalendarSettings = z.object({
  extraDaysOff: z.array(DatedReason).default([]),
  extraWorkingDays: z.array(DatedReason).default([]),
  workingHours: z.array(TimeWindowSchema).min(1).optional(),
  seasonalHours: z.array(SeasonalHours).max(12).optional(),
  openingHours: z.array(z.object({ weekday: z.literal([0, 1, 2, 3, 4, 5, 6]), windows: z.array(TimeWindowSchema) })).optional(),
  cutOff: z.object({ isEnabled: z.boolean(), cutOff: clockTime, legalBasis: z.string().trim().min(1) }).optional(),
});
export type UnitCalendarSettings = z.infer<typeof UnitCalendarSettings>;
/** The settings as sent or stored, before the defaults are filled in. */
export type UnitCalendarSettingsInput = z.input<typeof UnitCalendarSettings>;

/** A unit's calendar settings with the version to send back in If-Match. */
export const UnitCalendar = z.object({ version: z.number(), settings: UnitCalendarSettings });
export type UnitCalendar = z.infer<typeof UnitCalendar>;

export const DayReason = z.object({
  kind: z.enum(dayReasonKinds),
  occasion: z.enum(holidayOccasions).optional(),
  source: z.string(),
  isConfirmed: z.boolean(),
  note: z.string().optional(),
});
export type DayReason = z.infer<typeof DayReason>;

/**
 * One day of the year; weekday 0 is Sunday. `isProvisional`: the day's status may still change — it
 * rests on an unconfirmed schedule entry, on an unconfirmed rule the deployment has not decided, or,
 * in a year without a published schedule, on the statutory rules alone (a holiday, a compensatory
 * day, or a bridge day a swap often makes a day off).
 */
export const CalendarDay = z.object({
  date: z.string(),
  weekday: z.number(),
  isWorkingDay: z.boolean(),
  isProvisional: z.boolean(),
  reasons: z.array(DayReason),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

export const TimeWindow = z.object({ start: z.string(), end: z.string() });
export type TimeWindow = z.infer<typeof TimeWindow>;

/** A year's working calendar for the deployment or a unit: every day with why it is (not) a working day. */
export const CalendarYear = z.object({
  year: z.number(),
  unitId: z.string().nullable(),
  scheduleSource: z.enum(scheduleSources),
  /** No published schedule for the year (neither shipped nor stored): its days off are the statutory rules' guess. */
  isProvisional: z.boolean(),
  confidence: z.enum(calendarConfidences),
  /** The working hours on days outside every season, and the seasons. */
  workingHours: z.array(TimeWindow),
  seasonalHours: z.array(z.object({ name: z.string(), from: z.string(), to: z.string(), windows: z.array(TimeWindow) })),
  cutOff: z.object({ isEnabled: z.boolean(), cutOff: z.string(), legalBasis: z.string() }),
  workingDays: z.number(),
  days: z.array(CalendarDay),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const CalendarYearQuery = z.object({ unitId: z.uuid().optional() });
export type CalendarYearQuery = z.infer<typeof CalendarYearQuery>;

/** The yearly official schedules: the stored ones replace the shipped ones. */
export const ScheduleList = z.object({
  items: z.array(z.object({ year: z.number(), source: z.enum(['stored', 'shipped']), version: z.number(), schedule: YearSchedule })),
});
export type ScheduleList = z.infer<typeof ScheduleList>;

export const DueQuery = z
  .object({
    start: isoDateTime,
    workingDays: z.coerce.number().int().min(0).max(3650).optional(),
    workingHours: z.coerce.number().min(0).max(30_000).optional(),
    calendarDays: z.coerce.number().int().min(0).max(3650).optional(),
    /** `sameDay=true`: a same-day limit. */
    sameDay: z.enum(['true']).optional(),
    unitId: z.uuid().optional(),
  })
  .refine((q) => [q.workingDays, q.workingHours, q.calendarDays, q.sameDay].filter((v) => v !== undefined).length === 1, {
    message: bilingual({
      vi: 'Chỉ nhập một trong workingDays, workingHours, calendarDays, sameDay.',
      en: 'Give exactly one of workingDays, workingHours, calendarDays, sameDay.',
    }),
    path: ['workingDays'],
  });
export type DueQuery = z.infer<typeof DueQuery>;

export const DueResult = z.object({
  start: z.string(),
  receiptDay: z.string(),
  limit: z.object({ value: z.number(), unit: z.enum(timeLimitUnits) }),
  dueAt: z.string(),
});
export type DueResult = z.infer<typeof DueResult>;

/** Per-occasion switches, keyed by the occasion (unknown occasions are refused when saving). */
export const RuleSettings = z.record(
  z.string(),
  z.object({ isEnabled: z.boolean().optional(), adjacentDay: z.enum(adjacentDays).optional() }),
);
export type RuleSettings = z.infer<typeof RuleSettings>;

export const RuleSettingsUpdate = z.object({ ruleSettings: RuleSettings });
export type RuleSettingsUpdate = z.infer<typeof RuleSettingsUpdate>;

export const SavedRuleSettings = z.object({ version: z.number(), ruleSettings: RuleSettings });
export type SavedRuleSettings = z.infer<typeof SavedRuleSettings>;

/**
 * The deployment's decision on a rule's occasion: whether it applies (`isEnabled`, the default when
 * not decided) and, once an administrator switched it, who did and when.
 */
export const RuleDecision = z.object({
  isDecided: z.boolean(),
  isEnabled: z.boolean(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type RuleDecision = z.infer<typeof RuleDecision>;

export const HolidayRuleInfo = z.object({
  occasion: z.enum(holidayOccasions),
  version: z.number(),
  name: z.object({ vi: z.string(), en: z.string() }),
  legalBasis: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  isEnabledByDefault: z.boolean(),
  isConfirmed: z.boolean(),
  confidence: z.enum(calendarConfidences),
  note: z.string().nullable(),
  decision: RuleDecision,
});
export type HolidayRuleInfo = z.infer<typeof HolidayRuleInfo>;

/**
 * The statutory holiday rules with their legal basis and the deployment switches. `undecidedRules`:
 * the occasions of unconfirmed rules, still in force or to come, that no administrator has decided yet
 * (they stay at their default until then; the officer app and the server's start-up output ask).
 */
export const HolidayRules = SavedRuleSettings.extend({
  rules: z.array(HolidayRuleInfo),
  undecidedRules: z.array(z.enum(holidayOccasions)),
});
export type HolidayRules = z.infer<typeof HolidayRules>;
