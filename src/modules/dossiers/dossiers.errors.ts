import { defineErrors } from '../../platform/errors/errors.js';

export const DossierError = defineErrors({
  DOSSIER_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' } },
  DOSSIER_TRANSITION_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Thao tác không hợp lệ với trạng thái hồ sơ', en: "Not allowed in the dossier's status" },
    detail: {
      vi: 'Hồ sơ đang ở trạng thái "{status}", không thể "{action}".',
      en: 'The dossier is "{status}"; "{action}" is not allowed.',
    },
  },
  DOSSIER_ALREADY_RETURNED: {
    status: 409,
    title: { vi: 'Hồ sơ đã được trả kết quả', en: 'Dossier already returned' },
  },
  DOSSIER_SUPPLEMENT_LIMIT: {
    status: 409,
    title: { vi: 'Chỉ được yêu cầu bổ sung hồ sơ một lần', en: 'A supplement may be requested only once' },
    detail: {
      vi: 'Hồ sơ đã được yêu cầu bổ sung {count} lần; tối đa {limit} lần ({basis}).',
      en: 'A supplement was already requested {count} time(s); at most {limit} ({basis}).',
    },
  },
  DOSSIER_SUPPLEMENT_WINDOW_CLOSED: {
    status: 409,
    title: { vi: 'Đã quá thời hạn yêu cầu bổ sung hồ sơ', en: 'Too late to ask for a supplement' },
    detail: {
      vi: 'Việc yêu cầu bổ sung phải thực hiện trong {days} ngày làm việc kể từ ngày tiếp nhận, chậm nhất ngày {lastDay} ({basis}). Hồ sơ được giải quyết theo thành phần đã nhận, hoặc dừng giải quyết có nêu lý do.',
      en: 'A supplement must be asked for within {days} working days of receipt, by {lastDay} at the latest ({basis}). Settle the dossier as received, or stop it with reasons.',
    },
  },
  DOSSIER_RESCHEDULE_LIMIT: {
    status: 409,
    title: { vi: 'Chỉ được hẹn lại ngày trả kết quả một lần', en: 'The appointment may be moved only once' },
    detail: {
      vi: 'Ngày hẹn trả đã được hẹn lại {count} lần; tối đa {limit} lần ({basis}).',
      en: 'The appointment was already moved {count} time(s); at most {limit} ({basis}).',
    },
  },
  DOSSIER_NO_ACTIVE_TASK: {
    status: 409,
    title: { vi: 'Hồ sơ không có bước đang xử lý', en: 'The dossier has no step in progress' },
  },
  DOSSIER_NO_NEXT_STEP: {
    status: 409,
    title: { vi: 'Đây là bước cuối cùng', en: 'This is the last step' },
    detail: {
      vi: 'Bước cuối cùng kết thúc bằng phê duyệt kết quả hoặc dừng giải quyết.',
      en: 'The last step ends with approval or a stop.',
    },
  },
  DOSSIER_FORM_NOT_AVAILABLE: {
    status: 409,
    title: { vi: 'Hồ sơ chưa có phiếu này', en: 'This form does not exist for the dossier yet' },
    detail: { vi: 'Phiếu "{form}" chỉ có sau bước tương ứng.', en: 'Form "{form}" exists only after its step.' },
  },
  PROCEDURE_NOT_AVAILABLE: {
    status: 422,
    title: { vi: 'Thủ tục không tiếp nhận được', en: 'Procedure not available' },
    detail: {
      vi: 'Thủ tục {code} chưa có hiệu lực hoặc chưa công bố vào ngày {date}.',
      en: 'Procedure {code} is not in force or not published on {date}.',
    },
  },
});
