/**
 * zod schemas for calendar data that is imported, exported and stored: yearly official
 * schedules and a unit's calendar settings. Parsing checks the shape and the rules a schedule
 * must keep (dates inside the year, no date both off and worked, a source on every entry).
 */
import { z } from 'zod';
import { DomainError, type FieldError } from '../../platform/errors/errors.js';
import { findCivilDate, parseClockTime, toDayNumber, weekdayOfDayNumber } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import { holidayOccasions } from './holiday-rules.js';
import { bilingual } from '../../platform/i18n/locale.js';
import { isoDate } from '../../platform/http/dates.js';

const clockTime = z.string().refine((text) => parseClockTime(text) !== undefined, bilingual({ vi: 'Giờ theo dạng HH:MM, từ 00:00 đến 24:00.', en: 'HH:MM between 00:00 and 24:00.' }));

export const scheduleEntryTypes = ['holiday', 'compensatory-off', 'swapped-off', 'swapped-workday'] as const;

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
      const date = findCivilDate(entry.date);
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
      const weekday = weekdayOfDayNumber(toDayNumber(date));
      if (entry.type === 'swapped-workday' && weekday !== 0 && weekday !== 6) {
        context.addIssue({
          code: 'custom',
          path: ['entries', index, 'type'],
          message: bilingual({ vi: 'Ngày làm bù phải là ngày nghỉ hằng tuần (thứ Bảy hoặc Chủ nhật).', en: 'A swapped working day must be a weekly rest day (Saturday or Sunday).' }),
        });
      }
    });
  });
export type YearSchedule = z.infer<typeof YearSchedule>;

const DatedReason = z.object({ date: isoDate, reason: z.string().trim().min(1).max(300) });
const TimeWindowSchema = z.object({ start: clockTime, end: clockTime });

/** A unit's own calendar: extra days off or worked, working and opening hours, cut-off. */
export const UnitCalendarSettings = z.object({
  extraDaysOff: z.array(DatedReason).default([]),
  extraWorkingDays: z.array(DatedReason).default([]),
  workingHours: z.array(TimeWindowSchema).min(1).optional(),
  openingHours: z.array(z.object({ weekday: z.literal([0, 1, 2, 3, 4, 5, 6]), windows: z.array(TimeWindowSchema) })).optional(),
  cutOff: z.object({ isEnabled: z.boolean(), cutOff: clockTime, legalBasis: z.string().trim().min(1) }).optional(),
});
export type UnitCalendarSettings = z.input<typeof UnitCalendarSettings>;

function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code, message: { vi: issue.message, en: issue.message } }));
}

/** Parses a yearly schedule (e.g. from a JSON import); throws SCHEDULE_INVALID with field errors. */
export function parseYearSchedule(input: unknown): YearSchedule {
  const result = YearSchedule.safeParse(input);
  if (result.success) return result.data;
  const fields = toFieldErrors(result.error);
  throw new DomainError(CalendarError.SCHEDULE_INVALID, { count: fields.length }, fields);
}
