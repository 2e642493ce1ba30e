/** Demo catalogue — civil status (hộ tịch): birth, death, extracts, marital status. Sample data. */
import {
  AT_COMMUNE_OR_PORTAL,
  DELIVERY_ONLINE,
  PERMANENT,
  charge,
  doc,
  fee,
  identityShown,
  optionalDoc,
  standardSteps,
  step,
  workingDays,
  workingHours,
  sameDay,
  type Procedure,
} from './helpers.js';

export const CIVIL_STATUS_BASIS = [
  'Luật Hộ tịch số 60/2014/QH13',
  'Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch (sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP)',
  'Thông tư số 04/2020/TT-BTP quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
  'Thông tư số 04/2024/TT-BTP sửa đổi, bổ sung các thông tư về hộ tịch (biểu mẫu hộ tịch)',
];
const FEE_BASIS = 'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh';
const COPY_FEE_BASIS = 'Thông tư số 281/2016/TT-BTC quy định mức thu phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch';

/** Authorisation for civil-status filings: close relatives need no certified authorisation. */
export const civilStatusAuthorisation = optionalDoc(
  'Văn bản ủy quyền',
  'original_or_certified_copy',
  'Khi ủy quyền nộp hồ sơ; phải được chứng thực, trừ trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.',
);
const copyOfCertificate = fee('Phí cấp bản sao trích lục hộ tịch (nếu có yêu cầu)', 8_000, 'mỗi bản sao');
const LOCAL_EXEMPTIONS =
  'miễn cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật; nhiều tỉnh miễn khi nộp hồ sơ trực tuyến.';

export const civilStatusProcedures: Procedure[] = [
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    sectorName: 'Tư pháp',
    fieldName: 'Hộ tịch',
    levels: ['commune'],
    processingTime: sameDay,
    legalBasis: [...CIVIL_STATUS_BASIS, FEE_BASIS, COPY_FEE_BASIS],
    fees: [
      charge(
        'Lệ phí đăng ký khai sinh',
        0,
        'mỗi trường hợp',
        'Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh) theo Điều 11 Luật Hộ tịch.',
      ),
      charge(
        'Lệ phí đăng ký khai sinh quá hạn',
        8_000,
        'mỗi trường hợp',
        `Mức cụ thể do Hội đồng nhân dân cấp tỉnh quyết định; ${LOCAL_EXEMPTIONS}`,
      ),
      fee('Phí cấp bản sao Giấy khai sinh (nếu có yêu cầu)', 8_000, 'mỗi bản sao'),
    ],
    documents: [
      doc('Tờ khai đăng ký khai sinh', 'original', { templateName: 'Tờ khai đăng ký khai sinh' }),
      doc(
        'Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác nhận về việc sinh, hoặc giấy cam đoan về việc sinh',
        'original',
        {
          note: 'Không phải nộp bản giấy nếu đã có dữ liệu điện tử có ký số của Giấy chứng sinh liên thông từ cơ sở khám bệnh, chữa bệnh.',
        },
      ),
      optionalDoc(
        'Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
        'original',
        'Khi đăng ký khai sinh cho trẻ bị bỏ rơi.',
      ),
      optionalDoc(
        'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ',
        'original',
        'Khi trẻ sinh ra do mang thai hộ.',
      ),
      civilStatusAuthorisation,
      identityShown,
    ],
    steps: standardSteps(workingHours(8), {
      appraise:
        'Công chức tư pháp - hộ tịch thẩm tra hồ sơ, ghi Sổ đăng ký khai sinh, cập nhật Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung, lấy số định danh cá nhân',
      approve: 'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Giấy khai sinh (bản chính, kèm bản điện tử)', 'Bản sao Giấy khai sinh (nếu có yêu cầu)'],
    applicants: ['individual', 'organisation'],
    retentionYears: PERMANENT,
    whereToSubmit: AT_COMMUNE_OR_PORTAL,
    isPublished: true,
    isSample: true,
  },
  {
    code: '1.004884',
    name: 'Thủ tục đăng ký lại khai sinh',
    sectorName: 'Tư pháp',
    fieldName: 'Hộ tịch',
    levels: ['commune'],
    processingTime: workingDays(5),
    legalBasis: [...CIVIL_STATUS_BASIS, FEE_BASIS],
    fees: [
      charge(
        'Lệ phí đăng ký lại khai sinh',
        10_000,
        'mỗi trường hợp',
        `Mức cụ thể do Hội đồng nhân dân cấp tỉnh quyết định; ${LOCAL_EXEMPTIONS}`,
      ),
    ],
    documents: [
      doc('Tờ khai đăng ký lại khai sinh', 'original', { templateName: 'Tờ khai đăng ký lại khai sinh' }),
      doc(
        'Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ có thông tin liên quan đến nội dung khai sinh',
        'copy_with_original',
        {
          note: 'Người yêu cầu cam đoan đã nộp đủ các giấy tờ mình có.',
        },
      ),
      optionalDoc('Bản sao Giấy khai sinh đã cấp trước đây', 'copy', 'Nếu còn lưu giữ.'),
      civilStatusAuthorisation,
      identityShown,
    ],
    steps: standardSteps(workingDays(5), {
      appraise: 'Công chức tư pháp - hộ tịch kiểm tra, xác minh việc đã đăng ký khai sinh trước đây và sổ hộ tịch còn lưu trữ',
      approve: 'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh (đăng ký lại)',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Giấy khai sinh (bản chính, ghi "Đăng ký lại")', 'Văn bản từ chối nêu rõ lý do (nếu không đủ điều kiện)'],
    applicants: ['individual'],
    retentionYears: PERMANENT,
    whereToSubmit: AT_COMMUNE_OR_PORTAL,
    isPublished: true,
    isSample: true,
  },
  {
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    sectorName: 'Tư pháp',
    fieldName: 'Hộ tịch',
    levels: ['commune'],
    processingTime: sameDay,
    legalBasis: [...CIVIL_STATUS_BASIS, FEE_BASIS, COPY_FEE_BASIS],
    fees: [
      charge(
        'Lệ phí đăng ký khai tử',
        0,
        'mỗi trường hợp',
        'Miễn lệ phí đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày chết) theo Điều 11 Luật Hộ tịch.',
      ),
      charge(
        'Lệ phí đăng ký khai tử quá hạn',
        8_000,
        'mỗi trường hợp',
        `Mức cụ thể do Hội đồng nhân dân cấp tỉnh quyết định; ${LOCAL_EXEMPTIONS}`,
      ),
      copyOfCertificate,
    ],
    documents: [
      doc('Tờ khai đăng ký khai tử', 'original', { templateName: 'Tờ khai đăng ký khai tử' }),
      doc('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', 'original'),
      civilStatusAuthorisation,
      identityShown,
    ],
    steps: standardSteps(workingHours(8), {
      appraise:
        'Công chức tư pháp - hộ tịch thẩm tra hồ sơ, ghi Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư',
      approve: 'Lãnh đạo Ủy ban nhân dân cấp xã ký Trích lục khai tử',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Trích lục khai tử (bản chính)', 'Bản sao trích lục khai tử (nếu có yêu cầu)'],
    applicants: ['individual', 'organisation'],
    retentionYears: PERMANENT,
    whereToSubmit: AT_COMMUNE_OR_PORTAL,
    isPublished: true,
    isSample: true,
  },
  {
    code: '3.000722',
    name: 'Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
    sectorName: 'Tư pháp',
    fieldName: 'Hộ tịch',
    levels: ['commune'],
    processingTime: workingDays(3),
    legalBasis: [
      'Nghị định số 63/2024/NĐ-CP quy định việc thực hiện liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
      'Luật Hộ tịch số 60/2014/QH13',
      'Luật Cư trú số 68/2020/QH14',
      'Luật Bảo hiểm y tế số 25/2008/QH12 (sửa đổi, bổ sung)',
      'Luật Căn cước số 26/2023/QH15',
    ],
    fees: [
      charge(
        'Lệ phí đăng ký khai sinh, đăng ký thường trú, cấp thẻ căn cước',
        0,
        'mỗi hồ sơ',
        'Miễn lệ phí đăng ký khai sinh đúng hạn; miễn lệ phí đăng ký cư trú và cấp thẻ căn cước cho trẻ em; thẻ bảo hiểm y tế của trẻ em dưới 6 tuổi do ngân sách nhà nước đóng.',
      ),
    ],
    documents: [
      doc('Tờ khai điện tử liên thông', 'original', {
        templateName: 'Tờ khai điện tử liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
        note: 'Khai trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; hồ sơ giấy được số hóa tại Trung tâm.',
      }),
      doc('Dữ liệu điện tử có ký số của Giấy chứng sinh; nếu không có thì giấy tờ thay thế theo pháp luật hộ tịch', 'original'),
      optionalDoc(
        'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
        'copy',
        'Khi đăng ký thường trú cho trẻ tại nơi khác nơi thường trú của cha, mẹ (được cha, mẹ đồng ý).',
      ),
      civilStatusAuthorisation,
    ],
    steps: [
      step(
        'Tiếp nhận hồ sơ điện tử từ Phần mềm dịch vụ công liên thông; kiểm tra, gửi thông báo hẹn trả kết quả',
        'service_centre',
        'counter_officer',
        2,
      ),
      step('Công chức tư pháp - hộ tịch thẩm tra, đăng ký khai sinh, lấy số định danh cá nhân', 'commune', 'specialist', 4),
      step('Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh', 'commune', 'leader', 2),
      step('Công an cấp xã đăng ký thường trú và giải quyết cấp thẻ căn cước cho trẻ', 'department', 'specialist', 8),
      step('Cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ', 'department', 'specialist', 6),
      step(
        'Trả kết quả điện tử qua Cổng Dịch vụ công quốc gia, VNeID; bản giấy trả qua bưu chính hoặc tại quầy',
        'service_centre',
        'counter_officer',
        2,
      ),
    ],
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: [
      'Giấy khai sinh (bản điện tử và bản giấy)',
      'Thông báo kết quả đăng ký thường trú',
      'Thẻ bảo hiểm y tế (bản điện tử)',
      'Thẻ căn cước của trẻ',
    ],
    applicants: ['individual'],
    retentionYears: PERMANENT,
    whereToSubmit: 'Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; Trung tâm Phục vụ hành chính công cấp xã hỗ trợ nộp hồ sơ',
    isPublished: true,
    isSample: true,
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
    sectorName: 'Tư pháp',
    fieldName: 'Hộ tịch',
    levels: ['commune'],
    processingTime: sameDay,
    legalBasis: [...CIVIL_STATUS_BASIS, COPY_FEE_BASIS],
    fees: [
      fee(
        'Phí cấp bản sao trích lục hộ tịch',
        8_000,
        'mỗi bản sao, mỗi sự kiện hộ tịch',
        'Một số tỉnh miễn hoặc giảm khi nộp hồ sơ trực tuyến.',
      ),
    ],
    documents: [
      doc('Tờ khai cấp bản sao trích lục hộ tịch', 'original', {
        templateName: 'Tờ khai cấp bản sao trích lục hộ tịch',
        note: 'Cá nhân yêu cầu nộp tờ khai.',
      }),
      optionalDoc(
        'Văn bản yêu cầu nêu rõ lý do cấp bản sao',
        'original',
        'Khi cơ quan, tổ chức yêu cầu cấp bản sao trích lục hộ tịch của cá nhân.',
      ),
      civilStatusAuthorisation,
      identityShown,
    ],
    steps: standardSteps(workingHours(8), {
      appraise: 'Công chức tư pháp - hộ tịch tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử, in bản sao trích lục',
      approve: 'Lãnh đạo Ủy ban nhân dân cấp xã ký bản sao trích lục',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Bản sao trích lục hộ tịch hoặc bản sao Giấy khai sinh (bản giấy hoặc bản điện tử)'],
    applicants: ['individual', 'organisation'],
    retentionYears: 5,
    whereToSubmit: AT_COMMUNE_OR_PORTAL,
    isPublished: true,
    isSample: true,
  },
  {
    code: '1.004873',
    name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    sectorName: 'Tư pháp',
    fieldName: 'Hộ tịch',
    levels: ['commune'],
    processingTime: workingDays(3),
    legalBasis: [...CIVIL_STATUS_BASIS, FEE_BASIS],
    fees: [
      charge(
        'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân',
        15_000,
        'mỗi giấy',
        `Mức cụ thể do Hội đồng nhân dân cấp tỉnh quyết định; ${LOCAL_EXEMPTIONS}`,
      ),
    ],
    documents: [
      doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'original', { templateName: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' }),
      optionalDoc(
        'Bản án, quyết định ly hôn đã có hiệu lực pháp luật hoặc trích lục khai tử của vợ, chồng',
        'copy_with_original',
        'Khi người yêu cầu đã từng kết hôn và thông tin chưa có trong Cơ sở dữ liệu hộ tịch điện tử.',
      ),
      optionalDoc(
        'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây',
        'original',
        'Khi đề nghị cấp lại để dùng vào mục đích khác hoặc khi giấy cũ đã hết thời hạn sử dụng.',
      ),
      civilStatusAuthorisation,
      identityShown,
    ],
    steps: standardSteps(workingDays(3), {
      appraise: 'Công chức tư pháp - hộ tịch tra cứu, xác minh tình trạng hôn nhân; đề nghị nơi cư trú trước đây xác minh nếu cần',
      approve: 'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy xác nhận tình trạng hôn nhân',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Giấy xác nhận tình trạng hôn nhân (giá trị sử dụng 06 tháng kể từ ngày cấp)'],
    applicants: ['individual'],
    retentionYears: PERMANENT,
    whereToSubmit: AT_COMMUNE_OR_PORTAL,
    isPublished: true,
    isSample: true,
  },
];
