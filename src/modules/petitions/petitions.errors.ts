import { defineErrors } from '../../platform/errors/errors.js';

export const PetitionError = defineErrors({
  PETITION_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy đơn', en: 'Petition not found' } },
  PETITION_TRANSITION_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không thực hiện được thao tác với đơn ở trạng thái này', en: 'Not allowed in the petition’s status' },
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
  CLEARANCE_ALREADY_GRANTED: {
    status: 409,
    title: { vi: 'Cán bộ này đã có quyền tiếp cận tại đơn vị', en: 'This officer already holds a clearance at the unit' },
  },
});
