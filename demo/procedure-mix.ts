/**
 * How often a commune's counter sees each procedure of the demo catalogue (relative weights):
 * civil status and certification dominate, land, construction, business and social support
 * come less often, complaints and rare civil-status cases seldom. Two province-level
 * procedures are received at the communes' counters regardless of administrative boundaries and
 * handled by a provincial department (legal-rules §1.2); unpublished ones are not received.
 */
export const procedureWeights: readonly (readonly [code: string, weight: number])[] = [
  // Civil status (hộ tịch)
  ['1.001193', 16], // đăng ký khai sinh
  ['3.000722', 6], // liên thông khai sinh – thường trú – thẻ BHYT
  ['1.000656', 6], // đăng ký khai tử
  ['1.004873', 9], // xác nhận tình trạng hôn nhân
  ['1.000894', 4], // đăng ký kết hôn
  ['2.000635', 7], // bản sao trích lục hộ tịch
  ['1.004884', 1.2], // đăng ký lại khai sinh
  ['1.004859', 1.8], // thay đổi, cải chính hộ tịch
  ['1.001022', 0.4],
  ['1.000689', 0.4],
  ['1.004837', 0.3],
  ['1.004845', 0.15],
  ['2.001263', 0.1], // nuôi con nuôi
  // Certification (chứng thực)
  ['2.000815', 20], // bản sao từ bản chính
  ['2.000884', 7], // chữ ký
  ['2.000992', 0.2],
  ['2.001008', 0.3],
  ['2.001035', 2.5], // giao dịch về động sản, quyền sử dụng đất, nhà ở
  ['2.000913', 0.4],
  ['2.000942', 0.8],
  // Household business
  ['1.001612', 1.6],
  ['2.000720', 1],
  ['1.001570', 0.5],
  ['1.001266', 0.4],
  ['2.000575', 0.3],
  // Land and construction
  ['1.013978', 1.6],
  ['1.013949', 0.3],
  ['1.012812', 0.3],
  ['1.013225', 1],
  ['1.013227', 0.15],
  ['1.013228', 0.15],
  // Social support, housing, education, culture, agriculture
  ['1.001776', 1.4],
  ['1.014027', 0.8],
  ['1.001731', 0.3],
  ['1.001699', 0.4],
  ['2.000744', 0.15],
  ['1.011607', 0.7],
  ['1.011609', 0.25],
  ['1.013314', 0.7],
  ['2.002481', 0.5],
  ['1.003622', 0.08],
  ['1.008901', 0.04],
  ['1.012876', 0.25],
  // Complaints and denunciations
  ['2.002409', 0.15],
  ['2.002396', 0.08],
  // Province-level, handled by a provincial department (Công an tỉnh, Sở Y tế)
  ['2.000505', 0.8], // phiếu lý lịch tư pháp
  ['1.004616', 0.05], // chứng chỉ hành nghề dược
];

/** Civil-status results that some families ask to have brought home (or posted). */
export const homeDeliveryCodes: ReadonlySet<string> = new Set(['1.001193', '3.000722', '1.000656']);

export const refusalReasons = [
  'Yêu cầu không thuộc thẩm quyền giải quyết của UBND cấp xã; đã hướng dẫn nộp tại cơ quan có thẩm quyền.',
  'Giấy tờ xuất trình có dấu hiệu tẩy xóa, sửa chữa, không xác định được tính hợp pháp.',
  'Việc hộ tịch đã được đăng ký trước đây; người yêu cầu được hướng dẫn xin cấp bản sao trích lục.',
] as const;

export const supplementReasons = [
  'Giấy tờ trong hồ sơ chưa hợp lệ, thông tin chưa thống nhất giữa các giấy tờ; đề nghị bổ sung, hoàn thiện.',
  'Bản sao chưa được chứng thực; đề nghị nộp bản sao có chứng thực hoặc xuất trình bản chính để đối chiếu.',
  'Tờ khai còn thiếu thông tin bắt buộc; đề nghị kê khai bổ sung.',
] as const;

export const rescheduleReasons = [
  'Cần xác minh thêm thông tin với cơ quan có liên quan; chúng tôi xin lỗi ông/bà vì sự chậm trễ.',
  'Hệ thống cơ sở dữ liệu chuyên ngành gián đoạn, chưa cập nhật được thông tin; xin lỗi ông/bà vì sự chậm trễ.',
  'Cần kiểm tra thực địa trước khi trình ký; xin lỗi ông/bà vì sự chậm trễ.',
] as const;

export const withdrawalReason = 'Người nộp hồ sơ có đơn xin rút hồ sơ.';
