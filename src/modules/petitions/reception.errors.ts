import { defineErrors } from '../../platform/errors/errors.js';

export const ReceptionError = defineErrors({
  SESSION_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy buổi tiếp công dân', en: 'Reception session not found' } },
  SESSION_STEP_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không thực hiện được với buổi tiếp ở trạng thái này', en: 'Not allowed in the session’s status' },
    detail: { vi: '{why}', en: '{why}' },
  },
  SESSION_EXISTS: {
    status: 409,
    title: { vi: 'Đã có buổi tiếp này trên lịch', en: 'This session is already on the schedule' },
    detail: { vi: 'Cùng người chủ trì, ngày và giờ bắt đầu: {id}.', en: 'Same host, day and start time: {id}.' },
  },
  SESSION_NOT_BOOKABLE: {
    status: 409,
    title: { vi: 'Không đăng ký được buổi tiếp này', en: 'This session cannot be booked' },
    detail: { vi: '{why}', en: '{why}' },
  },
  VISIT_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy lượt tiếp', en: 'Log entry not found' } },
  VISIT_NOT_CONVERTIBLE: {
    status: 409,
    title: { vi: 'Không lập đơn được từ lượt tiếp này', en: 'This log entry cannot become a petition' },
    detail: { vi: '{why}', en: '{why}' },
  },
  VISIT_ALREADY_ANSWERED: {
    status: 409,
    title: { vi: 'Đã trả lời công dân cho lượt tiếp này', en: 'The citizen was already answered for this entry' },
  },
  DIALOGUE_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy cuộc đối thoại', en: 'Dialogue not found' } },
  DIALOGUE_STEP_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không thực hiện được với cuộc đối thoại ở trạng thái này', en: 'Not allowed in the dialogue’s status' },
    detail: { vi: '{why}', en: '{why}' },
  },
  COMMITMENT_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy cam kết', en: 'Commitment not found' } },
  COMMITMENT_STEP_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không thực hiện được với cam kết ở trạng thái này', en: 'Not allowed in the commitment’s status' },
  },
  CONFIRMATION_NOT_FOUND: {
    status: 404,
    title: { vi: 'Đường dẫn xác nhận không còn hiệu lực', en: 'This confirmation link is no longer valid' },
  },
});
