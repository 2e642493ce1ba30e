/**
 * A petition clock's due date with its derivation, written so that an inspector can check it by
 * hand: the start event, the rule and its basis, the first and last day of the count, the days off
 * skipped or rolled over, each suspension and extension, and the due instant. The due instant is
 * the case core's clock's; the lines only explain it.
 */
import { describeDayReason, type TimeLimit, type WorkingCalendar } from '../calendar/index.js';
import { extendClock, getDueAt, pauseClock, resumeClock, startClock, type DeadlineClock } from '../cases/index.js';
import type { Text } from '../../platform/i18n/locale.js';
import { dayNumberToIso, formatVietnamInstant, localDayNumberOf, weekdayOfDayNumber } from '../../platform/time/vietnam-time.js';
import { limitOf, type ClockRule, type Counting } from './clock-rules.js';

export type ClockInput = {
  startAt: number;
  matter?: { isComplex?: boolean; isRemote?: boolean };
  /** The deployment's choice for calendar-day limits (default: the Civil Code's, day 1 is the next day). */
  counting?: Counting;
  suspensions?: readonly { from: number; to: number; reason: string }[];
  extensions?: readonly { at: number; days: number; reason: string }[];
};

export type DueExplanation = { dueAt: number; limit: TimeLimit; lines: Text[] };

const weekdays = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const dayText = (dayNumber: number) => {
  const [year, month, day] = dayNumberToIso(dayNumber).split('-');
  const weekday = weekdayOfDayNumber(dayNumber);
  return { vi: `${weekdays.vi[weekday]} ${day}/${month}/${year}`, en: `${weekdays.en[weekday]} ${year}-${month}-${day}` };
};
const instantText = (ms: number) => {
  const [date, time] = formatVietnamInstant(ms).split(' ');
  const [year, month, day] = date!.split('-');
  return { vi: `${time} ${day}/${month}/${year}`, en: `${date} ${time}` };
};
const limitText = (limit: TimeLimit): Text =>
  limit.unit === 'working-days'
    ? { vi: `${limit.value} ngày làm việc`, en: `${limit.value} working days` }
    : limit.unit === 'calendar-days'
      ? { vi: `${limit.value} ngày`, en: `${limit.value} days` }
      : { vi: `${limit.value} giờ làm việc`, en: `${limit.value} working hours` };

/** Builds the clock of a rule from its start, suspensions and extensions, and explains its due date line by line. */
export function explainPetitionDue(calendar: WorkingCalendar, rule: ClockRule, input: ClockInput): DueExplanation {
  const limit = limitOf(rule, input.matter);
  const isDays = limit.unit === 'calendar-days';
  const counting = input.counting ?? rule.counting;
  // Counting the start day as day 1 ends the period a day earlier.
  const clockLimit = isDays && counting === 'same_day' && limit.value > 0 ? { ...limit, value: limit.value - 1 } : limit;
  const lines: Text[] = [];
  const startDay = localDayNumberOf(input.startAt);

  lines.push({
    vi: `${rule.title.vi}: ${limitText(limit).vi} (${rule.legalBasis}; áp dụng từ ${rule.effectiveFrom}${rule.confidence === 'confirmed' ? '' : ', chưa đối chiếu văn bản gốc'}).`,
    en: `${rule.title.en}: ${limitText(limit).en} (${rule.legalBasis}; in force from ${rule.effectiveFrom}${rule.confidence === 'confirmed' ? '' : ', not checked against the text'}).`,
  });
  lines.push({ vi: `Bắt đầu: ${instantText(input.startAt).vi}.`, en: `Start: ${instantText(input.startAt).en}.` });

  let clock: DeadlineClock = startClock(calendar, { receivedAt: input.startAt, limit: clockLimit });
  const events = [
    ...(input.suspensions ?? []).flatMap((s) => [
      { at: s.from, apply: (c: DeadlineClock) => pauseClock(c, s.from), line: suspensionLine(s) },
      { at: s.to, apply: (c: DeadlineClock) => resumeClock(calendar, c, s.to), line: null },
    ]),
    ...(input.extensions ?? []).map((e, index) => ({
      at: e.at,
      apply: (c: DeadlineClock) => extendClock(calendar, c, { at: e.at, by: { unit: limit.unit, value: e.days }, reason: e.reason }),
      line: {
        vi: `Gia hạn lần ${index + 1}: thêm ${limitText({ ...limit, value: e.days }).vi} (${e.reason}).`,
        en: `Extension ${index + 1}: ${limitText({ ...limit, value: e.days }).en} more (${e.reason}).`,
      },
    })),
  ].sort((a, b) => a.at - b.at);
  for (const event of events) {
    clock = event.apply(clock);
    if (event.line) lines.push(event.line);
  }
  const dueAt = getDueAt(calendar, clock);

  if (isDays) {
    const first = counting === 'same_day' ? startDay : startDay + 1;
    lines.push({
      vi: `Ngày thứ nhất: ${dayText(first).vi} (${counting === 'same_day' ? 'tính cả ngày bắt đầu, theo lựa chọn của đơn vị' : 'ngày tiếp theo ngày bắt đầu, Bộ luật Dân sự 2015 Điều 147'}).`,
      en: `Day 1: ${dayText(first).en} (${counting === 'same_day' ? 'the start day counts, as this deployment chose' : 'the day after the start, Civil Code 2015 art. 147'}).`,
    });
    const paused = clock.pausedCalendarDays ?? 0;
    const extended = (input.extensions ?? []).reduce((sum, e) => sum + e.days, 0);
    const total = limit.value + extended;
    const lastDay = first + total - 1 + paused;
    lines.push({
      vi: `Ngày thứ ${total}${paused ? ` (cộng ${paused} ngày tạm đình chỉ)` : ''}: ${dayText(lastDay).vi}.`,
      en: `Day ${total}${paused ? ` (plus ${paused} suspended days)` : ''}: ${dayText(lastDay).en}.`,
    });
    const dueDay = localDayNumberOf(dueAt);
    if (dueDay !== lastDay) {
      const skipped = daysBetween(lastDay, dueDay).map(
        (day) => `${dayText(day).vi} (${describeDayReason(calendar.describeDay(dayNumberToIso(day))).vi})`,
      );
      const skippedEn = daysBetween(lastDay, dueDay).map(
        (day) => `${dayText(day).en} (${describeDayReason(calendar.describeDay(dayNumberToIso(day))).en})`,
      );
      lines.push({
        vi: `Ngày cuối cùng là ngày nghỉ: ${skipped.join(', ')} → chuyển sang ngày làm việc tiếp theo (Bộ luật Dân sự 2015 Điều 148 khoản 5).`,
        en: `The last day is a day off: ${skippedEn.join(', ')} → moved to the next working day (Civil Code 2015 art. 148(5)).`,
      });
    }
  } else {
    const skipped = daysBetween(startDay + 1, localDayNumberOf(dueAt)).filter((day) => !calendar.isWorkingDay(dayNumberToIso(day)));
    if (skipped.length > 0) {
      lines.push({
        vi: `Không tính ${skipped.length} ngày nghỉ: ${skipped.map((day) => `${dayText(day).vi} (${describeDayReason(calendar.describeDay(dayNumberToIso(day))).vi})`).join(', ')}.`,
        en: `${skipped.length} days off not counted: ${skipped.map((day) => `${dayText(day).en} (${describeDayReason(calendar.describeDay(dayNumberToIso(day))).en})`).join(', ')}.`,
      });
    }
  }
  lines.push({ vi: `Hạn: ${instantText(dueAt).vi}.`, en: `Due: ${instantText(dueAt).en}.` });
  return { dueAt, limit, lines };
}

function suspensionLine(s: { from: number; to: number; reason: string }): Text {
  return {
    vi: `Tạm đình chỉ từ ${instantText(s.from).vi} đến ${instantText(s.to).vi} (${s.reason}): thời gian này không tính.`,
    en: `Suspended from ${instantText(s.from).en} to ${instantText(s.to).en} (${s.reason}): not counted.`,
  };
}

/** The days from `first` up to, not including, `end`. */
function daysBetween(first: number, end: number): number[] {
  const result: number[] = [];
  for (let day = first; day < end; day += 1) result.push(day);
  return result;
}
