import type { DayReasonKind, HolidayOccasion } from '../../contracts/calendar.js';
import type { Text } from '../../platform/i18n/locale.js';
import type { DayStatus } from './calendar.js';
import { holidayNameOf } from './holiday-rules.js';

const kindNames: Record<DayReasonKind, Text> = {
  'weekly-rest': { vi: 'nghỉ hằng tuần', en: 'weekly rest' },
  holiday: { vi: 'nghỉ lễ', en: 'public holiday' },
  'compensatory-off': { vi: 'nghỉ bù', en: 'compensatory day off' },
  'swapped-off': { vi: 'nghỉ do hoán đổi ngày làm việc', en: 'day off by a swap' },
  'swapped-workday': { vi: 'làm bù', en: 'swapped working day' },
  'unit-day-off': { vi: 'nghỉ theo lịch của đơn vị', en: 'the unit’s day off' },
  'unit-working-day': { vi: 'làm việc theo lịch của đơn vị', en: 'the unit’s working day' },
};

/** Why a day is off (or worked): "Ngày Quốc tế Lao động", "nghỉ hằng tuần", … — the first reason the calendar gives. */
export function describeDayReason(status: DayStatus): Text {
  const reason = status.reasons[0];
  if (!reason) return status.isWorkingDay ? { vi: 'ngày làm việc', en: 'working day' } : kindNames['weekly-rest'];
  if (reason.occasion && (reason.kind === 'holiday' || reason.kind === 'compensatory-off')) {
    const name = holidayNameOf(reason.occasion as HolidayOccasion);
    return reason.kind === 'holiday' ? name : { vi: `nghỉ bù ${name.vi}`, en: `compensatory day off for ${name.en}` };
  }
  return kindNames[reason.kind];
}
