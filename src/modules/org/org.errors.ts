import { defineErrors } from '../../platform/errors/errors.js';

export const OrgError = defineErrors({
  UNIT_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' },
  },
  UNIT_CODE_TAKEN: {
    status: 409,
    title: { vi: 'Mã đơn vị đã tồn tại', en: 'Unit code already in use' },
    detail: {
      vi: 'Đã có đơn vị mã {code} có hiệu lực từ cùng ngày.',
      en: 'A unit with code {code} valid from the same date already exists.',
    },
  },
  AGENCY_IDENTIFIER_TAKEN: {
    status: 409,
    title: { vi: 'Mã định danh cơ quan đã được dùng', en: 'Agency identifier already in use' },
    detail: { vi: 'Mã định danh {identifier} đã thuộc một đơn vị khác.', en: 'The identifier {identifier} belongs to another unit.' },
  },
  UNIT_RETIRED: {
    status: 409,
    title: { vi: 'Đơn vị đã giải thể hoặc sáp nhập', en: 'The unit has been retired' },
    detail: {
      vi: '{name} không hoạt động vào ngày này (hiệu lực đến {validTo}){successorVi}. Hãy chọn đơn vị đang hoạt động.',
      en: '{name} is not in operation on this date (valid until {validTo}){successorEn}. Choose a unit in operation.',
    },
  },
  UNIT_PARENT_INVALID: {
    status: 422,
    title: { vi: 'Đơn vị cấp trên không phù hợp', en: 'Invalid parent unit' },
  },
  MERGE_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không sáp nhập được các đơn vị này', en: 'These units cannot be merged' },
    detail: {
      vi: 'Chỉ sáp nhập đơn vị cùng loại, cùng cấp trên, đang hoạt động vào ngày sáp nhập, vào một đơn vị khác ({reason}).',
      en: 'Only units of the same type and parent, in operation on the day, merge into another one ({reason}).',
    },
  },
  UNIT_CYCLE: {
    status: 422,
    title: { vi: 'Không thể đặt đơn vị làm cấp dưới của chính nó', en: 'A unit cannot be placed under itself' },
  },
  STAFF_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy cán bộ', en: 'Staff member not found' },
  },
  ROLE_ASSIGNMENT_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy phân quyền', en: 'Role assignment not found' },
  },
  ROLE_ALREADY_ASSIGNED: {
    status: 409,
    title: { vi: 'Cán bộ đã có vai trò này tại đơn vị này', en: 'The role is already assigned at this unit' },
  },
  LAST_ADMINISTRATOR: {
    status: 409,
    title: { vi: 'Không thể gỡ quản trị viên cuối cùng', en: 'Cannot remove the last administrator' },
    detail: {
      vi: 'Hệ thống cần ít nhất một quản trị viên toàn hệ thống đang hoạt động.',
      en: 'The deployment needs at least one active deployment-wide administrator.',
    },
  },
  API_TOKEN_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy mã truy cập', en: 'API token not found' },
  },
  IMPORT_INVALID: {
    status: 400,
    title: { vi: 'Tệp nhập có dòng không hợp lệ, chưa nhập dòng nào', en: 'The file has invalid rows; nothing was imported' },
    detail: { vi: '{count} lỗi trong tệp.', en: '{count} error(s) in the file.' },
  },
});
