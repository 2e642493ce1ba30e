import { defineErrors } from '../../platform/errors/errors.js';

/** Errors of the reports: runs from draft to signed and sent, and declared figures. */
export const ReportError = defineErrors({
  RUN_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy báo cáo', en: 'Report not found' } },
  RUN_SIGNED: {
    status: 409,
    title: { vi: 'Báo cáo đã ký, không sửa được', en: 'The report is signed and cannot change' },
    detail: {
      vi: 'Báo cáo đã ký được giữ nguyên; lập báo cáo mới nếu cần bổ sung.',
      en: 'A signed report is frozen; draft a new one to amend it.',
    },
  },
  RUN_NOT_SIGNED: {
    status: 409,
    title: { vi: 'Báo cáo chưa ký', en: 'The report is not signed' },
    detail: { vi: 'Chỉ gửi hoặc so sánh báo cáo đã ký.', en: 'Only a signed report is sent or compared.' },
  },
  RUN_ALREADY_SENT: { status: 409, title: { vi: 'Báo cáo đã gửi', en: 'The report has been sent' } },
  PERIOD_NOT_ENDED: {
    status: 409,
    title: { vi: 'Kỳ báo cáo chưa kết thúc', en: 'The period has not ended' },
    detail: {
      vi: 'Chỉ ký báo cáo từ ngày cuối của kỳ báo cáo ({to}).',
      en: 'A report is signed from the last day of its period ({to}) on.',
    },
  },
  SIGNER_MISSING: {
    status: 409,
    title: { vi: 'Chưa ghi họ tên người ký', en: 'The signer is not named' },
    detail: { vi: 'Ghi họ tên người ký trước khi ký ban hành.', en: 'Name the signer before signing.' },
  },
  DECLARATION_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy số liệu kê khai', en: 'Declared figure not found' } },
  UNKNOWN_FIGURE: {
    status: 404,
    title: { vi: 'Không có số liệu này trong danh mục', en: 'No such figure in the registry' },
  },
  NO_DRILL_DOWN: {
    status: 404,
    title: { vi: 'Số liệu này không có danh sách chi tiết', en: 'This figure has no list behind it' },
    detail: { vi: 'Số liệu là tỷ lệ hoặc tổng; xem các số liệu thành phần.', en: 'It is a rate or a total; open its parts.' },
  },
});
