import { api, ifMatch } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import { isApiError } from '../../../platform/api/problem';

export type DayReasonKind =
  | 'weekly-rest'
  | 'holiday'
  | 'compensatory-off'
  | 'swapped-off'
  | 'swapped-workday'
  | 'unit-day-off'
  | 'unit-working-day';

export type DayReason = { kind: DayReasonKind; occasion?: string; source: string; isConfirmed: boolean; note?: string };

/** One day of the year; weekday 0 is Sunday. */
export type CalendarDay = { date: string; weekday: number; isWorkingDay: boolean; reasons: DayReason[] };

export type TimeWindow = { start: string; end: string };

export type CalendarYear = {
  year: number;
  unitId: string | null;
  scheduleSource: 'stored' | 'shipped' | 'none';
  workingHours: TimeWindow[];
  cutOff: { isEnabled: boolean; cutOff: string; legalBasis: string };
  workingDays: number;
  days: CalendarDay[];
};

export type ScheduleEntryType = 'holiday' | 'compensatory-off' | 'swapped-off' | 'swapped-workday';

export type ScheduleEntry = {
  date: string;
  type: ScheduleEntryType;
  occasion: string;
  source: string;
  isConfirmed: boolean;
  note?: string;
};

export type YearSchedule = { year: number; title: string; entries: ScheduleEntry[] };

/** A year's schedule with the version to send back in If-Match (0: the shipped one). */
export type StoredSchedule = { schedule: YearSchedule; version: number };

export type RuleSetting = { isEnabled?: boolean; adjacentDay?: 'before' | 'after' };
export type RuleSettings = Record<string, RuleSetting>;

export type HolidayRule = {
  occasion: string;
  version: number;
  name: { vi: string; en: string };
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  isEnabledByDefault: boolean;
  isConfirmed: boolean;
};

export type HolidayRules = { version: number; ruleSettings: RuleSettings; rules: HolidayRule[] };

export type DueResult = { start: string; receiptDay: string; limit: { value: number; unit: string }; dueAt: string };

export const calendarApi = {
  year: (year: number, unitId: string | null, signal?: AbortSignal) =>
    api.get<CalendarYear>(`/calendar/years/${year}`, { query: { unitId }, signal }),
  /** The year's schedule, or null when there is none (404). */
  schedule: async (year: number, signal?: AbortSignal): Promise<StoredSchedule | null> => {
    try {
      const { data, version } = await api.getVersioned<YearSchedule>(`/calendar/schedules/${year}`, { signal });
      return { schedule: data, version: version ?? 0 };
    } catch (error) {
      if (isApiError(error) && error.status === 404) return null;
      throw error;
    }
  },
  saveSchedule: (year: number, schedule: unknown, version: number) =>
    api.put<YearSchedule>(`/calendar/schedules/${year}`, schedule, { headers: ifMatch(version) }),
  exportSchedule: (year: number) => downloadFile(`/calendar/schedules/${year}`, `lich-nghi-${year}.json`),
  rules: (signal?: AbortSignal) => api.get<HolidayRules>('/calendar/rules', { signal }),
  saveRules: (ruleSettings: RuleSettings, version: number) =>
    api.put<{ version: number; ruleSettings: RuleSettings }>('/calendar/rules', { ruleSettings }, { headers: ifMatch(version) }),
  due: (start: string, workingDays: number, unitId: string | null) =>
    api.get<DueResult>('/calendar/due', { query: { start, workingDays, unitId } }),
};
