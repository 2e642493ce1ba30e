import type { CalendarYear, DueResult, HolidayRules, RuleSettings, SavedRuleSettings, YearSchedule } from '@contracts/calendar';
import { api, ifMatch } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import { isApiError } from '../../../platform/api/problem';

/** A year's schedule with the version to send back in If-Match (0: the shipped one). */
export type StoredSchedule = { schedule: YearSchedule; version: number };

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
    api.put<SavedRuleSettings>('/calendar/rules', { ruleSettings }, { headers: ifMatch(version) }),
  due: (start: string, workingDays: number, unitId: string | null) =>
    api.get<DueResult>('/calendar/due', { query: { start, workingDays, unitId } }),
};
