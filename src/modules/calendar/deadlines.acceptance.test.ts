/**
 * Acceptance: due dates an officer computes by hand from the official schedules 2024–2026
 * (shared/domain/holiday-schedules.md). A dossier is received at 09:00 (unless stated) on the
 * given day with N working days; day 1 is the first working day after the day of receipt (also
 * after the 15:00 cut-off: the next working day is then both the receipt day and day 1, the cut-off
 * applied once), and the dossier is due at 17:00 of day N. Working days are listed in each group's comment.
 */
import { describe, expect, it } from 'vitest';
import { formatVietnamInstant, vietnamInstant } from '../../platform/time/vietnam-time.js';
import { loadCalendar } from './calendar.js';
import { addWorkingDays, countWorkingDays } from './deadlines.js';

const calendar = loadCalendar();

type Case = [receivedOn: string, days: number, dueOn: string, why: string, receivedAt?: string];

function check(cases: readonly Case[]) {
  it.each(cases)('received %s, %i working day(s) → due %s 17:00 (%s)', (receivedOn, days, dueOn, _why, time = '09:00') => {
    const receivedAt = vietnamInstant(receivedOn, time);
    const due = addWorkingDays(calendar, receivedAt, days);
    expect(formatVietnamInstant(due)).toBe(`${dueOn} 17:00`);
    expect(countWorkingDays(calendar, receivedAt, due)).toBe(days);
  });
}

describe('Tết Ất Tỵ 2025: off Sat 25 Jan – Sun 2 Feb', () => {
  // Working days: Mon 20, Tue 21, Wed 22, Thu 23, Fri 24 Jan | off 25 Jan–2 Feb |
  // Mon 3, Tue 4, Wed 5, Thu 6, Fri 7, Mon 10 Feb.
  check([
    ['2025-01-23', 1, '2025-01-24', 'Fri 24 is day 1'],
    ['2025-01-23', 2, '2025-02-03', 'Fri 24, then Mon 3 Feb'],
    ['2025-01-24', 1, '2025-02-03', 'the whole Tết break is skipped'],
    ['2025-01-24', 5, '2025-02-07', 'Mon 3 – Fri 7 Feb'],
    ['2025-01-22', 3, '2025-02-03', 'Thu 23, Fri 24, Mon 3 Feb'],
    ['2025-01-20', 10, '2025-02-10', '21, 22, 23, 24 Jan, 3, 4, 5, 6, 7, 10 Feb'],
    ['2025-01-24', 1, '2025-02-03', 'received 15:30, after the cut-off: Mon 3 Feb is the receipt day and day 1', '15:30'],
  ]);
});

describe('Tết Bính Ngọ 2026: off Sat 14 – Sun 22 Feb', () => {
  // Working days: Mon 9, Tue 10, Wed 11, Thu 12, Fri 13 Feb | off 14–22 Feb |
  // Mon 23, Tue 24, Wed 25, Thu 26, Fri 27 Feb, Mon 2 … Fri 6, Mon 9, Tue 10, Wed 11 Mar.
  check([
    ['2026-02-12', 1, '2026-02-13', 'Fri 13 is day 1'],
    ['2026-02-12', 2, '2026-02-23', 'Fri 13, then Mon 23'],
    ['2026-02-13', 1, '2026-02-23', 'the nine-day break is skipped'],
    ['2026-02-13', 3, '2026-02-25', 'Mon 23, Tue 24, Wed 25'],
    ['2026-02-09', 7, '2026-02-25', '10, 11, 12, 13, 23, 24, 25 Feb'],
    ['2026-02-23', 1, '2026-02-24', 'the first day back is the receipt day'],
    ['2026-02-11', 15, '2026-03-11', '12, 13, 23–27 Feb, 2–6 Mar, 9, 10, 11 Mar'],
  ]);
});

describe('30/4–1/5 2024: off Sat 27 Apr – Wed 1 May (Mon 29 Apr by swap), Sat 4 May worked', () => {
  // Working days: Wed 17, Fri 19 Apr (Thu 18 Apr = Hùng Kings), Thu 25, Fri 26 Apr |
  // off 27 Apr – 1 May | Thu 2, Fri 3, Sat 4 (swapped), Mon 6 May.
  check([
    ['2024-04-25', 1, '2024-04-26', 'Fri 26 is day 1'],
    ['2024-04-26', 1, '2024-05-02', 'Mon 29 (swap), Tue 30, Wed 1 May are off'],
    ['2024-04-26', 3, '2024-05-04', 'Thu 2, Fri 3, and the swapped Saturday 4 May'],
    ['2024-05-03', 1, '2024-05-04', 'the swapped Saturday counts as a working day'],
    ['2024-05-02', 3, '2024-05-06', 'Fri 3, Sat 4, Mon 6'],
    ['2024-05-04', 1, '2024-05-06', 'received on the swapped Saturday: it is the receipt day'],
    ['2024-04-17', 1, '2024-04-19', 'Thu 18 Apr is Hùng Kings'],
  ]);
});

describe('30/4–1/5 2025: Sat 26 Apr worked, off Wed 30 Apr – Sun 4 May (Fri 2 May by swap)', () => {
  // Working days: Fri 4 Apr, Tue 8 Apr (Mon 7 Apr = Hùng Kings), Thu 24, Fri 25, Sat 26 (swapped),
  // Mon 28, Tue 29 Apr | off 30 Apr – 4 May | Mon 5, Tue 6 May.
  check([
    ['2025-04-25', 1, '2025-04-26', 'the swapped Saturday 26 Apr is day 1'],
    ['2025-04-25', 2, '2025-04-28', 'Sat 26, Mon 28'],
    ['2025-04-29', 1, '2025-05-05', 'Wed 30, Thu 1, Fri 2 (swap) and the weekend are off'],
    ['2025-04-24', 4, '2025-04-29', 'Fri 25, Sat 26, Mon 28, Tue 29'],
    ['2025-04-28', 3, '2025-05-06', 'Tue 29, Mon 5, Tue 6'],
    ['2025-04-26', 1, '2025-04-28', 'received on the swapped Saturday: it is the receipt day'],
    ['2025-04-25', 1, '2025-04-26', 'received 16:00, after the cut-off: the worked Sat 26 is the receipt day and day 1', '16:00'],
    ['2025-04-04', 1, '2025-04-08', 'Mon 7 Apr is Hùng Kings'],
  ]);
});

describe('National Day 2/9', () => {
  // 2024: off Sat 31 Aug – Tue 3 Sep; working Thu 29, Fri 30 Aug, Wed 4 Sep.
  // 2025: off Sat 30 Aug – Tue 2 Sep; working Thu 28, Fri 29 Aug, Wed 3, Thu 4 Sep.
  // 2026: off Tue 1 (the unconfirmed adjacent day, rule default) and Wed 2 Sep.
  check([
    ['2024-08-30', 1, '2024-09-04', 'Mon 2 and Tue 3 Sep are off'],
    ['2024-08-29', 2, '2024-09-04', 'Fri 30 Aug, Wed 4 Sep'],
    ['2025-08-29', 1, '2025-09-03', 'Mon 1 and Tue 2 Sep are off'],
    ['2025-08-28', 3, '2025-09-04', 'Fri 29 Aug, Wed 3, Thu 4 Sep'],
    ['2026-08-31', 1, '2026-09-03', 'Tue 1 (unconfirmed) and Wed 2 Sep are off'],
  ]);
});

describe('New Year and the 2026 compensatory day', () => {
  // 1 Jan 2025 (Wed) is off. 2026: Thu 1 Jan off, Fri 2 Jan off and Sat 10 Jan worked in exchange
  // (Government Office letter 12729/VPCP-KGVX of 25/12/2025); working days Mon 5 … Fri 9, Sat 10,
  // Mon 12 Jan. Hùng Kings 2026 falls on Sun 26 Apr, so Mon 27 Apr is off; Thu 30 Apr and Fri 1 May 2026 are off.
  check([
    ['2024-12-31', 1, '2025-01-02', 'Wed 1 Jan 2025 is off'],
    ['2025-12-31', 1, '2026-01-05', 'Thu 1 Jan 2026 and Fri 2 Jan (swap) are off'],
    ['2026-01-09', 1, '2026-01-10', 'the swapped Saturday 10 Jan is day 1'],
    ['2026-01-08', 3, '2026-01-12', 'Fri 9, Sat 10 (swap), Mon 12'],
    ['2026-04-24', 1, '2026-04-28', 'Mon 27 Apr is the compensatory day for Sunday 26 Apr'],
    ['2026-04-29', 1, '2026-05-04', 'Thu 30 Apr and Fri 1 May are off'],
  ]);
});
