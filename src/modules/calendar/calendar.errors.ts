import { defineErrors } from '../../platform/errors/errors.js';

export const CalendarError = defineErrors({
  CALENDAR_DATE_INVALID: {
    status: 400,
    title: { vi: 'Ngày không hợp lệ', en: 'Invalid date' },
    detail: { vi: 'Giá trị {value} không phải là một ngày hợp lệ.', en: '{value} is not a valid date.' },
  },
  CALENDAR_DATE_OUT_OF_RANGE: {
    status: 422,
    title: { vi: 'Ngày nằm ngoài phạm vi lịch', en: 'Date outside the calendar range' },
    detail: {
      vi: 'Lịch chỉ tính cho các năm {from}–{to}; ngày {value} nằm ngoài phạm vi này.',
      en: 'The calendar covers the years {from}–{to}; {value} is outside that range.',
    },
  },
  LUNAR_DATE_INVALID: {
    status: 400,
    title: { vi: 'Ngày âm lịch không tồn tại', en: 'No such lunar date' },
    detail: {
      vi: 'Năm âm lịch {year} không có ngày {day} tháng {month}{leap}.',
      en: 'Lunar year {year} has no day {day} of month {month}{leap}.',
    },
  },
  SCHEDULE_INVALID: {
    status: 400,
    title: { vi: 'Lịch nghỉ năm không hợp lệ', en: 'Invalid yearly schedule' },
    detail: { vi: 'Có {count} lỗi trong lịch nghỉ.', en: '{count} error(s) in the schedule.' },
  },
  SCHEDULE_DUPLICATED: {
    status: 409,
    title: { vi: 'Trùng lịch nghỉ năm', en: 'Duplicate yearly schedule' },
    detail: { vi: 'Đã có lịch nghỉ cho năm {year}.', en: 'There is already a schedule for {year}.' },
  },
  WORKING_HOURS_INVALID: {
    status: 400,
    title: { vi: 'Giờ làm việc không hợp lệ', en: 'Invalid working hours' },
    detail: { vi: '{reason}', en: '{reason}' },
  },
  TIME_LIMIT_INVALID: {
    status: 400,
    title: { vi: 'Thời hạn không hợp lệ', en: 'Invalid time limit' },
    detail: {
      vi: 'Thời hạn phải là số không âm; số ngày phải là số nguyên.',
      en: 'A time limit must be non-negative; a number of days must be whole.',
    },
  },
  CLOCK_ALREADY_PAUSED: {
    status: 409,
    title: { vi: 'Thời hạn đang tạm dừng', en: 'The clock is already paused' },
  },
  CLOCK_NOT_PAUSED: {
    status: 409,
    title: { vi: 'Thời hạn không tạm dừng', en: 'The clock is not paused' },
  },
  CLOCK_EVENT_OUT_OF_ORDER: {
    status: 409,
    title: { vi: 'Thời điểm trước sự kiện trước đó', en: 'Event earlier than the previous one' },
    detail: {
      vi: 'Không thể ghi nhận sự kiện lúc {at}, trước sự kiện trước đó.',
      en: 'Cannot record an event at {at}, before the previous event.',
    },
  },
  CLOCK_STOPPED: {
    status: 409,
    title: { vi: 'Thời hạn đã kết thúc', en: 'The clock has stopped' },
  },
  DEADLINE_ALREADY_RESCHEDULED: {
    status: 409,
    title: { vi: 'Đã hẹn lại ngày trả kết quả', en: 'Already rescheduled' },
    detail: {
      vi: 'Theo quy định về cơ chế một cửa, chỉ được hẹn lại ngày trả kết quả một lần.',
      en: 'Under the one-stop rules, the return date may be rescheduled only once.',
    },
  },
  DEADLINE_RESCHEDULE_NOT_LATER: {
    status: 422,
    title: { vi: 'Ngày hẹn mới phải sau ngày hẹn cũ', en: 'The new date must be later' },
  },
});
