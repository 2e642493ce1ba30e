import type { Text } from '../../platform/i18n/locale.js';
import { dayNumberToIso, isoToDayNumber, localDayNumberOf, type IsoDate } from '../../platform/time/vietnam-time.js';
import type { WorkingCalendar } from '../calendar/index.js';

/**
 * The one-stop process limits as law: one version per legal text in force, each with its basis and
 * how sure we are of it (legal-rules §1.3). A dossier follows the version in force on the day it
 * was received, so a later text never rewrites how an earlier dossier was judged.
 */
export type OneStopRules = {
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  basis: Text;
  /** ✅ text read; 🟡 reported by secondary sources; ❓ assumed carried over, not confirmed. */
  confidence: 'confirmed' | 'reported' | 'unconfirmed';
  /** How many times the applicant may be asked to supplement the dossier (art. 11(2)(c), 17). */
  supplementLimit: number;
  /** Working days after the receipt day within which the appraisal may ask for a supplement (art. 19(4)). */
  supplementWindowWorkingDays: number;
  /** How many new appointments the apology may set (art. 19(9)). */
  rescheduleLimit: number;
  /** Working days before the due day by which the apology is due to be issued (art. 19(9)). */
  apologyLeadWorkingDays: number;
};

export const ONE_STOP_RULES: readonly OneStopRules[] = [
  {
    effectiveFrom: '2018-06-21',
    effectiveTo: '2025-06-30',
    basis: {
      vi: 'Nghị định 61/2018/NĐ-CP, Điều 11 khoản 2 điểm c, Điều 19 khoản 4 và 9',
      en: 'Decree 61/2018/NĐ-CP, art. 11(2)(c), art. 19(4) and (9)',
    },
    confidence: 'confirmed',
    supplementLimit: 1,
    supplementWindowWorkingDays: 3,
    rescheduleLimit: 1,
    apologyLeadWorkingDays: 1,
  },
  {
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    basis: {
      vi: 'Nghị định 118/2025/NĐ-CP (kế thừa các giới hạn của Nghị định 61/2018/NĐ-CP: bổ sung một lần trong 03 ngày làm việc, hẹn lại một lần, xin lỗi trước 01 ngày)',
      en: 'Decree 118/2025/NĐ-CP (carrying over the limits of Decree 61/2018/NĐ-CP: one supplement within 3 working days, one new appointment, apology one day ahead)',
    },
    confidence: 'unconfirmed',
    supplementLimit: 1,
    supplementWindowWorkingDays: 3,
    rescheduleLimit: 1,
    apologyLeadWorkingDays: 1,
  },
];

/** The rules in force on a day (the dossier's receipt day). */
export function oneStopRulesOn(day: IsoDate, rules: readonly OneStopRules[] = ONE_STOP_RULES): OneStopRules {
  const found = rules.find((rule) => rule.effectiveFrom <= day && (rule.effectiveTo === null || day <= rule.effectiveTo));
  // Before the first text the earliest rules apply; the shipped list has no gaps after it.
  return found ?? rules[0]!;
}

/** The Vietnam day of an instant, as an ISO date. */
export function vietnamDayOf(epochMs: number): IsoDate {
  return dayNumberToIso(localDayNumberOf(epochMs));
}

/** The `count`-th working day after (count > 0) or before (count < 0) a day; the day itself is not counted. */
export function shiftWorkingDays(calendar: WorkingCalendar, day: IsoDate, count: number): IsoDate {
  const step = count < 0 ? -1 : 1;
  let dayNumber = isoToDayNumber(day)!;
  for (let left = Math.abs(count); left > 0;) {
    dayNumber += step;
    if (calendar.isWorkingDay(dayNumberToIso(dayNumber))) left -= 1;
  }
  return dayNumberToIso(dayNumber);
}

/** The last day on which the appraisal may still ask for a supplement: the window counts from the day after receipt. */
export function lastSupplementDay(calendar: WorkingCalendar, receivedAtMs: number, rules: OneStopRules): IsoDate {
  return shiftWorkingDays(calendar, vietnamDayOf(receivedAtMs), rules.supplementWindowWorkingDays);
}

/** The last day on which the apology and new appointment are issued in time: one working day before the due day. */
export function lastTimelyApologyDay(calendar: WorkingCalendar, dueAtMs: number, rules: OneStopRules): IsoDate {
  return shiftWorkingDays(calendar, vietnamDayOf(dueAtMs), -rules.apologyLeadWorkingDays);
}
