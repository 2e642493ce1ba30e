import { defineErrors } from '../../platform/errors/errors.js';

export const PetitionError = defineErrors({
  PETITION_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy đơn', en: 'Petition not found' } },
  PETITION_TRANSITION_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không thực hiện được thao tác với đơn ở trạng thái này', en: 'Not allowed in the petition’s status' },
  },
  PETITION_OUTCOME_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không áp dụng được cách xử lý này cho đơn', en: 'This outcome does not apply to the petition' },
    detail: { vi: '{why}', en: '{why}' },
  },
  PETITION_ALREADY_GUIDED: {
    status: 409,
    title: { vi: 'Cùng nội dung đã được hướng dẫn một lần', en: 'Already guided once on the same matter' },
    detail: {
      vi: 'Không hướng dẫn lại đơn cùng nội dung (Thông tư 07/2014/TT-TTCP Điều 8 khoản 1): lưu đơn.',
      en: 'A petition on the same matter is not guided again (Circular 07/2014 art. 8(1)): file it.',
    },
  },
  DENUNCIATION_ALREADY_TRANSFERRED: {
    status: 409,
    title: { vi: 'Tố cáo cùng nội dung đã được chuyển một lần', en: 'A denunciation on the same matter was already transferred' },
    detail: {
      vi: 'Chỉ chuyển đơn tố cáo một lần cho mỗi nội dung (Thông tư 05/2021/TT-TTCP Điều 14 khoản 1): lưu đơn, trả lời người tố cáo.',
      en: 'A denunciation is transferred once per content (Circular 05/2021 art. 14(1)): file it and reply once.',
    },
  },
  PETITION_DUPLICATE_INVALID: {
    status: 409,
    title: { vi: 'Không liên kết được đơn trùng', en: 'Cannot link as a duplicate' },
    detail: { vi: '{why}', en: '{why}' },
  },
  IDENTITY_CLEARANCE_REQUIRED: {
    status: 403,
    title: { vi: 'Cần quyền tiếp cận thông tin người tố cáo', en: 'An identity clearance is required' },
    detail: {
      vi: 'Thông tin người viết đơn chỉ được đọc khi có quyền tiếp cận do lãnh đạo đơn vị cấp; mỗi lần đọc được ghi lại kèm mục đích.',
      en: 'The petitioner’s identity is read only under a clearance granted by the unit’s leader; every read is logged with its purpose.',
    },
  },
  CLEARANCE_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy quyền tiếp cận', en: 'Clearance not found' } },
  CLEARANCE_SELF_GRANT: {
    status: 403,
    title: { vi: 'Không tự cấp quyền tiếp cận', en: 'A clearance is granted by a person to somebody else' },
    detail: {
      vi: 'Quyền tiếp cận thông tin người tố cáo do lãnh đạo (đăng nhập) cấp cho cán bộ khác, không cấp qua khóa tích hợp và không tự cấp.',
      en: 'A signed-in leader grants it to another officer: never an API token, never oneself.',
    },
  },
  CLEARANCE_ALREADY_GRANTED: {
    status: 409,
    title: { vi: 'Cán bộ này đã có quyền tiếp cận tại đơn vị', en: 'This officer already holds a clearance at the unit' },
  },
  SETTLEMENT_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy vụ việc giải quyết', en: 'Settlement not found' } },
  SETTLEMENT_STEP_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không thực hiện được bước này ở trạng thái hiện tại', en: 'This step is not allowed in the settlement’s status' },
  },
  SETTLEMENT_STEP_REFUSED: {
    status: 409,
    title: { vi: 'Chưa đủ điều kiện thực hiện bước này', en: 'The law does not allow this step yet' },
    detail: { vi: '{why}', en: '{why}' },
  },
  SETTLEMENT_EXISTS: {
    status: 409,
    title: { vi: 'Đơn đã được thụ lý giải quyết', en: 'The petition already has a settlement' },
  },
  LETTER_NOT_AVAILABLE: {
    status: 409,
    title: { vi: 'Chưa có văn bản này ở bước hiện tại', en: 'This letter does not apply at the current step' },
  },
  SYNC_NOTHING_PENDING: {
    status: 409,
    title: { vi: 'Không có bản ghi nào cần đồng bộ', en: 'Nothing is pending for the national database' },
  },
  SYNC_ALREADY_ACKNOWLEDGED: { status: 409, title: { vi: 'Lô này đã được xác nhận', en: 'This batch was already acknowledged' } },
  FEEDBACK_ALREADY_OPENED: {
    status: 409,
    title: { vi: 'Phản ánh này đã được ghi vào sổ', en: 'A reflection was already opened from this feedback' },
    detail: { vi: 'Đơn đã ghi: {id}.', en: 'The petition: {id}.' },
  },
});
