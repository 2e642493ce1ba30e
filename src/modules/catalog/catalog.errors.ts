import { defineErrors } from '../../platform/errors/errors.js';

export const CatalogError = defineErrors({
  PROCEDURE_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy thủ tục hành chính', en: 'Procedure not found' },
    detail: { vi: 'Không có thủ tục mã {code}.', en: 'There is no procedure with code {code}.' },
  },
  PROCEDURE_VERSION_NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy phiên bản thủ tục', en: 'Procedure version not found' },
  },
  PROCEDURE_NOT_IN_FORCE: {
    status: 422,
    title: { vi: 'Thủ tục chưa có hiệu lực', en: 'Procedure not in force' },
    detail: {
      vi: 'Thủ tục {code} không có phiên bản có hiệu lực vào ngày {date}.',
      en: 'Procedure {code} has no version in force on {date}.',
    },
  },
  PROCEDURE_CODE_TAKEN: {
    status: 409,
    title: { vi: 'Mã thủ tục đã tồn tại', en: 'Procedure code already in use' },
    detail: {
      vi: 'Đã có thủ tục mã {code}; hãy tạo phiên bản mới cho thủ tục đó.',
      en: 'Procedure {code} exists; make a new version of it instead.',
    },
  },
  PROCEDURE_IMPORT_INVALID: {
    status: 400,
    title: { vi: 'Tệp nhập có dòng không hợp lệ, chưa nhập thủ tục nào', en: 'The file has invalid rows; no procedure was imported' },
    detail: { vi: '{count} lỗi trong tệp.', en: '{count} error(s) in the file.' },
  },
});
