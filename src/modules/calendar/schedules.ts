/**
 * The yearly official schedules of days off for civil servants, as data. Each year the Prime
 * Minister fixes the Tết days and the day next to 2 September and may swap a working day; the
 * Ministry (MOLISA until 2025, then the Ministry of Home Affairs) publishes the notice. An
 * administrator adds next year's schedule when it is published (JSON in `YearSchedule` form).
 * For the occasions a schedule lists, its days replace the rule-derived ones (compensatory days
 * included); occasions it does not list fall back to `holiday-rules.ts`.
 * Source: shared/domain/holiday-schedules.md (news reports of the official notices).
 */
import type { HolidayOccasion } from './holiday-rules.js';
import type { ScheduleEntry, YearSchedule } from '../../contracts/calendar.js';
import { parseYearSchedule } from './calendar.schemas.js';

const ART_112 = 'Bộ luật Lao động 45/2019/QH14, Điều 112';
const ART_111 = 'Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3 (nghỉ bù)';

function day(
  date: string,
  type: ScheduleEntry['type'],
  occasion: HolidayOccasion,
  source: string,
  extra: { isConfirmed?: boolean; note?: string } = {},
): ScheduleEntry {
  return { date, type, occasion, source, isConfirmed: extra.isConfirmed ?? true, ...(extra.note ? { note: extra.note } : {}) };
}

const TET_2024 = 'Thông báo lịch nghỉ Tết Giáp Thìn 2024 (Thủ tướng phê duyệt), widely reported: 7 days off, Thu 8 – Wed 14 Feb';
const SWAP_2024 = 'Thủ tướng đồng ý hoán đổi ngày làm việc dịp 30/4–1/5/2024 (TTXVN): off Mon 29/4, worked Sat 4/5';
const NATIONAL_DAY_2024 = 'Thông báo của Bộ Lao động – Thương binh và Xã hội về nghỉ Quốc khánh 2024 (reported): Mon 2 and Tue 3 Sep';

export const SCHEDULE_2024: YearSchedule = {
  year: 2024,
  title: 'Lịch nghỉ lễ, Tết năm 2024 của cán bộ, công chức, viên chức',
  entries: [
    day('2024-01-01', 'holiday', 'new-year', ART_112),
    day('2024-02-08', 'holiday', 'lunar-new-year', TET_2024, { note: '29 tháng Chạp Quý Mão' }),
    day('2024-02-09', 'holiday', 'lunar-new-year', TET_2024, { note: '30 tháng Chạp (last day of the lunar year)' }),
    day('2024-02-10', 'holiday', 'lunar-new-year', TET_2024, { note: 'Mùng 1 Tết Giáp Thìn (Saturday)' }),
    day('2024-02-11', 'holiday', 'lunar-new-year', TET_2024, { note: 'Mùng 2 (Sunday)' }),
    day('2024-02-12', 'holiday', 'lunar-new-year', TET_2024, { note: 'Mùng 3' }),
    day('2024-02-13', 'compensatory-off', 'lunar-new-year', TET_2024, { note: 'Mùng 4: for Tết days on the weekend' }),
    day('2024-02-14', 'compensatory-off', 'lunar-new-year', TET_2024, { note: 'Mùng 5: for Tết days on the weekend' }),
    day('2024-04-18', 'holiday', 'hung-kings', ART_112, { note: '10/3 Giáp Thìn' }),
    day('2024-04-29', 'swapped-off', 'victory-day', SWAP_2024, { note: 'Monday bridge day, worked back on Sat 4 May' }),
    day('2024-04-30', 'holiday', 'victory-day', ART_112),
    day('2024-05-01', 'holiday', 'labour-day', ART_112),
    day('2024-05-04', 'swapped-workday', 'victory-day', SWAP_2024, { note: 'Saturday worked for Mon 29 Apr' }),
    day('2024-09-02', 'holiday', 'national-day', NATIONAL_DAY_2024),
    day('2024-09-03', 'holiday', 'national-day', NATIONAL_DAY_2024, { note: 'The adjacent day: after 2/9' }),
  ],
};

const TET_2025 = 'Thông báo lịch nghỉ Tết Ất Tỵ 2025 (Thủ tướng phê duyệt), reported: 9 days off, Sat 25 Jan – Sun 2 Feb';
const SWAP_2025 = 'Thủ tướng đồng ý hoán đổi ngày làm việc dịp 30/4–1/5/2025 (VietnamPlus, TTXVN): off Fri 2/5, worked Sat 26/4';
const NATIONAL_DAY_2025 = 'Thông báo nghỉ Quốc khánh 2025 (reported): 4 days off, Sat 30 Aug – Tue 2 Sep';

export const SCHEDULE_2025: YearSchedule = {
  year: 2025,
  title: 'Lịch nghỉ lễ, Tết năm 2025 của cán bộ, công chức, viên chức',
  entries: [
    day('2025-01-01', 'holiday', 'new-year', ART_112),
    day('2025-01-27', 'holiday', 'lunar-new-year', TET_2025, { note: '28 tháng Chạp Giáp Thìn' }),
    day('2025-01-28', 'holiday', 'lunar-new-year', TET_2025, { note: '29 tháng Chạp (last day of the lunar year)' }),
    day('2025-01-29', 'holiday', 'lunar-new-year', TET_2025, { note: 'Mùng 1 Tết Ất Tỵ' }),
    day('2025-01-30', 'holiday', 'lunar-new-year', TET_2025, { note: 'Mùng 2' }),
    day('2025-01-31', 'holiday', 'lunar-new-year', TET_2025, { note: 'Mùng 3' }),
    day('2025-04-07', 'holiday', 'hung-kings', ART_112, { note: '10/3 Ất Tỵ' }),
    day('2025-04-26', 'swapped-workday', 'labour-day', SWAP_2025, { note: 'Saturday worked for Fri 2 May' }),
    day('2025-04-30', 'holiday', 'victory-day', ART_112),
    day('2025-05-01', 'holiday', 'labour-day', ART_112),
    day('2025-05-02', 'swapped-off', 'labour-day', SWAP_2025, { note: 'Friday bridge day, worked in advance on Sat 26 Apr' }),
    day('2025-09-01', 'holiday', 'national-day', NATIONAL_DAY_2025, { note: 'The adjacent day: before 2/9' }),
    day('2025-09-02', 'holiday', 'national-day', NATIONAL_DAY_2025),
  ],
};

const NEW_YEAR_SWAP_2026 =
  'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp Tết Dương lịch 2026): nghỉ thứ Sáu 02/01/2026, làm bù thứ Bảy 10/01/2026';
const TET_2026 = 'Thông báo lịch nghỉ Tết Bính Ngọ 2026 (reported by Công an TP.HCM, VNA): 9 days off, Sat 14 – Sun 22 Feb';

export const SCHEDULE_2026: YearSchedule = {
  year: 2026,
  title: 'Lịch nghỉ lễ, Tết năm 2026 của cán bộ, công chức, viên chức',
  entries: [
    day('2026-01-01', 'holiday', 'new-year', ART_112),
    day('2026-01-02', 'swapped-off', 'new-year', NEW_YEAR_SWAP_2026, { note: 'Friday bridge day, worked back on Sat 10 Jan' }),
    day('2026-01-10', 'swapped-workday', 'new-year', NEW_YEAR_SWAP_2026, { note: 'Saturday worked for Fri 2 Jan' }),
    day('2026-02-16', 'holiday', 'lunar-new-year', TET_2026, { note: '29 tháng Chạp Ất Tỵ (last day of the lunar year)' }),
    day('2026-02-17', 'holiday', 'lunar-new-year', TET_2026, { note: 'Mùng 1 Tết Bính Ngọ' }),
    day('2026-02-18', 'holiday', 'lunar-new-year', TET_2026, { note: 'Mùng 2' }),
    day('2026-02-19', 'holiday', 'lunar-new-year', TET_2026, { note: 'Mùng 3' }),
    day('2026-02-20', 'holiday', 'lunar-new-year', TET_2026, { note: 'Mùng 4' }),
    day('2026-04-26', 'holiday', 'hung-kings', ART_112, { note: '10/3 Bính Ngọ, a Sunday' }),
    day('2026-04-27', 'compensatory-off', 'hung-kings', ART_111, { note: 'For Hùng Kings on Sunday 26 Apr' }),
    day('2026-04-30', 'holiday', 'victory-day', ART_112),
    day('2026-05-01', 'holiday', 'labour-day', ART_112),
    day('2026-09-01', 'holiday', 'national-day', 'Rule default (holiday-rules.ts: 2/9 plus the day before); no notice found', {
      isConfirmed: false,
      note: 'Unconfirmed: the Prime Minister picks 1/9 or 3/9. An administrator confirms or moves this day.',
    }),
    day('2026-09-02', 'holiday', 'national-day', ART_112),
  ],
};

/** The shipped schedules, validated once when the module loads. */
export const OFFICIAL_SCHEDULES: readonly YearSchedule[] = [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026].map((schedule) =>
  parseYearSchedule(schedule),
);
