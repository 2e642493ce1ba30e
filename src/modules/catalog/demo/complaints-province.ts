/** Demo catalogue — complaints and denunciations at the commune; criminal-record certificates and a professional licence at the province. Sample data. */
import {
  DELIVERY_ONLINE,
  DELIVERY_PAPER,
  RECEIVE,
  RETURN,
  doc,
  fee,
  identityShown,
  optionalDoc,
  step,
  calendarDays,
  type Procedure,
} from './helpers.js';

const PETITION_HANDLING = 'Thông tư số 05/2021/TT-TTCP quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh';
const PETITION_WHERE =
  'Ủy ban nhân dân cấp xã (nơi tiếp công dân hoặc Trung tâm Phục vụ hành chính công cấp xã), qua dịch vụ bưu chính hoặc Cổng Dịch vụ công quốc gia';
const petitions = {
  sectorName: 'Thanh tra',
  levels: ['commune'],
  processingTime: calendarDays(30),
  fees: [],
  onlineLevel: 'partial',
  deliveryOptions: DELIVERY_PAPER,
  canPauseForSupplement: false,
  retentionYears: 15,
  whereToSubmit: PETITION_WHERE,
  isPublished: true,
  isSample: true,
} satisfies Partial<Procedure>;

export const complaintAndProvinceProcedures: Procedure[] = [
  {
    ...petitions,
    code: '2.002409',
    name: 'Thủ tục giải quyết khiếu nại lần đầu tại cấp xã',
    fieldName: 'Giải quyết khiếu nại',
    legalBasis: [
      'Luật Khiếu nại số 02/2011/QH13 và các văn bản sửa đổi, bổ sung',
      'Nghị định số 124/2020/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại',
      PETITION_HANDLING,
    ],
    documents: [
      doc('Đơn khiếu nại hoặc văn bản ghi lại nội dung khiếu nại trực tiếp có chữ ký hoặc điểm chỉ của người khiếu nại', 'original', {
        templateName: 'Đơn khiếu nại',
      }),
      optionalDoc('Tài liệu, chứng cứ liên quan đến nội dung khiếu nại', 'copy', 'Nếu có.'),
      optionalDoc(
        'Văn bản ủy quyền khiếu nại',
        'original_or_certified_copy',
        'Khi khiếu nại thông qua người đại diện; văn bản ủy quyền phải được công chứng hoặc chứng thực.',
      ),
    ],
    steps: [
      step('Tiếp nhận đơn khiếu nại, vào sổ, chuyển xử lý', 'service_centre', 'counter_officer', 4),
      step('Chủ tịch Ủy ban nhân dân cấp xã thụ lý, thông báo thụ lý và giao nhiệm vụ xác minh', 'commune', 'leader', 16),
      step(
        'Công chức được giao xác minh nội dung khiếu nại, thu thập tài liệu, chứng cứ; báo cáo kết quả xác minh',
        'commune',
        'specialist',
        96,
      ),
      step('Tổ chức đối thoại với người khiếu nại, người bị khiếu nại và cơ quan, tổ chức liên quan', 'commune', 'leader', 24),
      step('Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định giải quyết khiếu nại lần đầu', 'commune', 'leader', 16),
      step('Gửi và công khai quyết định giải quyết khiếu nại; lưu hồ sơ', 'service_centre', 'counter_officer', 12),
    ],
    results: ['Quyết định giải quyết khiếu nại lần đầu', 'Thông báo không thụ lý nêu rõ lý do (nếu không đủ điều kiện thụ lý)'],
    applicants: ['individual', 'organisation'],
  },
  {
    ...petitions,
    code: '2.002396',
    name: 'Giải quyết tố cáo cấp xã',
    fieldName: 'Giải quyết tố cáo',
    legalBasis: [
      'Luật Tố cáo số 25/2018/QH14 và các văn bản sửa đổi, bổ sung',
      'Nghị định số 31/2019/NĐ-CP quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo',
      PETITION_HANDLING,
    ],
    documents: [
      doc('Đơn tố cáo hoặc văn bản ghi lại nội dung tố cáo trực tiếp có chữ ký hoặc điểm chỉ của người tố cáo', 'original', {
        templateName: 'Đơn tố cáo',
        note: 'Họ tên, địa chỉ, bút tích và thông tin cá nhân của người tố cáo được giữ bí mật.',
      }),
      optionalDoc('Thông tin, tài liệu, chứng cứ liên quan đến nội dung tố cáo', 'copy', 'Nếu có.'),
    ],
    steps: [
      step('Tiếp nhận đơn tố cáo, vào sổ, chuyển xử lý (tách thông tin người tố cáo)', 'service_centre', 'counter_officer', 4),
      step('Chủ tịch Ủy ban nhân dân cấp xã thụ lý, thông báo thụ lý và giao nhiệm vụ xác minh', 'commune', 'leader', 16),
      step(
        'Công chức được giao xác minh nội dung tố cáo, làm việc với người bị tố cáo; báo cáo kết quả xác minh',
        'commune',
        'specialist',
        112,
      ),
      step('Chủ tịch Ủy ban nhân dân cấp xã ban hành kết luận nội dung tố cáo', 'commune', 'leader', 24),
      step('Thông báo kết luận cho người tố cáo, người bị tố cáo; xử lý theo kết luận', 'commune', 'specialist', 8),
      step(RETURN, 'service_centre', 'counter_officer', 4),
    ],
    results: ['Kết luận nội dung tố cáo', 'Thông báo không thụ lý tố cáo nêu rõ lý do (nếu không đủ điều kiện thụ lý)'],
    applicants: ['individual'],
  },
  {
    code: '2.000505',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    sectorName: 'Công an',
    fieldName: 'Lý lịch tư pháp',
    levels: ['province'],
    processingTime: calendarDays(10),
    legalBasis: [
      'Luật Lý lịch tư pháp số 28/2009/QH12 và các văn bản sửa đổi, bổ sung',
      'Nghị định số 111/2010/NĐ-CP quy định chi tiết một số điều của Luật Lý lịch tư pháp',
      'Thông tư số 06/2024/TT-BTP ban hành và hướng dẫn sử dụng biểu mẫu, mẫu sổ lý lịch tư pháp',
      'Thông tư số 244/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
    ],
    fees: [
      fee(
        'Phí cung cấp thông tin lý lịch tư pháp',
        200_000,
        'mỗi lần yêu cầu',
        'Sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần; miễn cho trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn.',
      ),
      fee('Phí cấp thêm Phiếu lý lịch tư pháp', 5_000, 'mỗi Phiếu, từ Phiếu thứ 3 trở đi trong một lần yêu cầu'),
    ],
    documents: [
      doc('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'original', {
        templateName: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2024/LLTP, Mẫu số 04/2024/LLTP)',
      }),
      identityShown,
      optionalDoc(
        'Văn bản ủy quyền',
        'original_or_certified_copy',
        'Khi ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1; không áp dụng đối với Phiếu số 2.',
      ),
      optionalDoc('Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí', 'copy_with_original', 'Nếu có.'),
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step(
        'Tra cứu cơ sở dữ liệu lý lịch tư pháp; xác minh thông tin về án tích với cơ quan liên quan (nếu cần)',
        'department',
        'specialist',
        36,
      ),
      step('Lập Phiếu lý lịch tư pháp', 'department', 'specialist', 8),
      step('Lãnh đạo đơn vị được giao thuộc Công an cấp tỉnh ký Phiếu lý lịch tư pháp', 'department', 'leader', 4),
      step(RETURN, 'service_centre', 'counter_officer', 4),
    ],
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử)'],
    applicants: ['individual'],
    retentionYears: 20,
    whereToSubmit:
      'Công an cấp tỉnh nơi thường trú hoặc tạm trú (tiếp nhận tại Trung tâm Phục vụ hành chính công), Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID',
    isPublished: true,
    isSample: true,
  },
  {
    code: '1.004616',
    name: 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
    sectorName: 'Y tế',
    fieldName: 'Dược phẩm',
    levels: ['province'],
    processingTime: calendarDays(20),
    legalBasis: [
      'Luật Dược số 105/2016/QH13 (sửa đổi, bổ sung bởi Luật số 44/2024/QH15)',
      'Nghị định số 54/2017/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Dược',
      'Thông tư số 277/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, mỹ phẩm',
    ],
    fees: [fee('Phí thẩm định cấp Chứng chỉ hành nghề dược', 500_000, 'mỗi hồ sơ')],
    documents: [
      doc('Đơn đề nghị cấp Chứng chỉ hành nghề dược', 'original', { templateName: 'Đơn đề nghị cấp Chứng chỉ hành nghề dược' }),
      doc('Văn bằng chuyên môn', 'certified_copy'),
      doc('Giấy chứng nhận đủ sức khỏe để hành nghề dược do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp', 'original'),
      doc('Giấy xác nhận thời gian thực hành chuyên môn', 'original'),
      doc('Ảnh chân dung cỡ 4 cm x 6 cm chụp trong thời gian không quá 06 tháng', 'original', { count: 2 }),
      identityShown,
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step('Phòng chuyên môn Sở Y tế thẩm định hồ sơ', 'department', 'specialist', 64),
      step('Hội đồng tư vấn cấp Chứng chỉ hành nghề dược họp, cho ý kiến', 'department', 'specialist', 24),
      step('Giám đốc Sở Y tế ký Chứng chỉ hành nghề dược', 'department', 'leader', 12),
      step(RETURN, 'service_centre', 'counter_officer', 8),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    canPauseForSupplement: true,
    results: ['Chứng chỉ hành nghề dược', 'Văn bản trả lời nêu rõ lý do (nếu không cấp)'],
    applicants: ['individual'],
    retentionYears: 20,
    whereToSubmit: 'Sở Y tế (tiếp nhận tại Trung tâm Phục vụ hành chính công cấp tỉnh) hoặc Cổng Dịch vụ công quốc gia',
    isPublished: true,
    isSample: true,
  },
];
