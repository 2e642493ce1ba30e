/** Demo catalogue — household business registration (commune), private enterprise (province), alcohol retail. Sample data. */
import { DELIVERY_ONLINE, authorisation, charge, doc, fee, optionalDoc, standardSteps, workingDays, type Procedure } from './helpers.js';

const REGISTRATION_BASIS = [
  'Luật Doanh nghiệp số 59/2020/QH14 (sửa đổi, bổ sung bởi Luật số 76/2025/QH15)',
  'Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp (thay thế Nghị định số 01/2021/NĐ-CP)',
  'Thông tư số 68/2025/TT-BTC ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh',
];
const HOUSEHOLD_BASIS = [
  ...REGISTRATION_BASIS,
  'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh',
];
const HOUSEHOLD_WHERE =
  'Trung tâm Phục vụ hành chính công cấp xã nơi đặt trụ sở hộ kinh doanh (cơ quan đăng ký kinh doanh cấp xã) hoặc Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh qua Cổng Dịch vụ công quốc gia';
const PROVINCIAL_CHARGE = 'Mức cụ thể do Hội đồng nhân dân cấp tỉnh quyết định; nhiều tỉnh miễn hoặc giảm khi đăng ký qua mạng điện tử.';
const APPROVE_HOUSEHOLD = 'Lãnh đạo phòng chuyên môn (cơ quan đăng ký kinh doanh cấp xã) ký kết quả';
const household = {
  sectorName: 'Tài chính',
  fieldName: 'Thành lập và hoạt động của hộ kinh doanh',
  levels: ['commune'],
  processingTime: workingDays(3),
  legalBasis: HOUSEHOLD_BASIS,
  onlineLevel: 'full',
  deliveryOptions: DELIVERY_ONLINE,
  canPauseForSupplement: true,
  applicants: ['individual'],
  retentionYears: 20,
  whereToSubmit: HOUSEHOLD_WHERE,
  isPublished: true,
  isSample: true,
} satisfies Partial<Procedure>;
const householdMeeting = (purpose: string) =>
  optionalDoc(
    `Biên bản họp thành viên hộ gia đình về việc ${purpose}`,
    'original',
    'Khi các thành viên hộ gia đình cùng đăng ký hộ kinh doanh.',
  );

export const businessProcedures: Procedure[] = [
  {
    ...household,
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    fees: [charge('Lệ phí đăng ký hộ kinh doanh', 100_000, 'mỗi lần cấp Giấy chứng nhận đăng ký hộ kinh doanh', PROVINCIAL_CHARGE)],
    documents: [
      doc('Giấy đề nghị đăng ký hộ kinh doanh', 'original', { templateName: 'Giấy đề nghị đăng ký hộ kinh doanh' }),
      optionalDoc(
        'Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh và thành viên hộ gia đình đăng ký hộ kinh doanh',
        'copy',
        'Không phải nộp nếu thông tin cá nhân đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư.',
      ),
      householdMeeting('thành lập hộ kinh doanh'),
      optionalDoc(
        'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
        'original_or_certified_copy',
        'Khi các thành viên hộ gia đình cùng đăng ký hộ kinh doanh.',
      ),
      authorisation,
    ],
    steps: standardSteps(workingDays(3), {
      appraise:
        'Chuyên viên phòng chuyên môn kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh, ngành, nghề kinh doanh; cập nhật Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh',
      approve: APPROVE_HOUSEHOLD,
    }),
    results: ['Giấy chứng nhận đăng ký hộ kinh doanh', 'Thông báo yêu cầu sửa đổi, bổ sung hồ sơ (nếu hồ sơ chưa hợp lệ)'],
  },
  {
    ...household,
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    fees: [charge('Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 50_000, 'mỗi lần cấp Giấy chứng nhận', PROVINCIAL_CHARGE)],
    documents: [
      doc('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'original', {
        templateName: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh',
      }),
      householdMeeting('thay đổi nội dung đăng ký hộ kinh doanh'),
      optionalDoc(
        'Hợp đồng mua bán, tặng cho hoặc giấy tờ chứng minh việc thừa kế hộ kinh doanh',
        'copy',
        'Khi thay đổi chủ hộ kinh doanh do mua bán, tặng cho hoặc thừa kế.',
      ),
      authorisation,
    ],
    steps: standardSteps(workingDays(3), {
      appraise: 'Chuyên viên phòng chuyên môn kiểm tra hồ sơ thay đổi, cập nhật Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh',
      approve: APPROVE_HOUSEHOLD,
    }),
    results: [
      'Giấy chứng nhận đăng ký hộ kinh doanh (cấp mới theo nội dung thay đổi)',
      'Thông báo yêu cầu sửa đổi, bổ sung hồ sơ (nếu hồ sơ chưa hợp lệ)',
    ],
  },
  {
    ...household,
    code: '1.001570',
    name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    fees: [],
    documents: [
      doc('Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo', 'original', {
        templateName: 'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
        note: 'Gửi chậm nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.',
      }),
      authorisation,
    ],
    steps: standardSteps(workingDays(3), {
      appraise: 'Chuyên viên phòng chuyên môn kiểm tra thông báo, cập nhật tình trạng hộ kinh doanh trên Hệ thống',
      approve: APPROVE_HOUSEHOLD,
    }),
    results: ['Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn'],
  },
  {
    ...household,
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    fees: [],
    documents: [
      doc('Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 'original', {
        templateName: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
      }),
      householdMeeting('chấm dứt hoạt động hộ kinh doanh'),
      optionalDoc('Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', 'original', 'Nộp lại nếu đã được cấp bản giấy.'),
      authorisation,
    ],
    steps: standardSteps(workingDays(3), {
      appraise:
        'Chuyên viên phòng chuyên môn kiểm tra hồ sơ, đối chiếu tình trạng nghĩa vụ thuế với cơ quan thuế, cập nhật tình trạng pháp lý',
      approve: APPROVE_HOUSEHOLD,
    }),
    results: ['Thông báo về việc chấm dứt hoạt động hộ kinh doanh'],
  },
  {
    ...household,
    code: '2.000575',
    name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh',
    fees: [charge('Lệ phí cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 50_000, 'mỗi lần cấp', PROVINCIAL_CHARGE)],
    documents: [
      doc('Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'original', {
        templateName: 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
      }),
      optionalDoc(
        'Giấy chứng nhận đăng ký hộ kinh doanh đã cấp (bị rách, nát, hư hỏng)',
        'original',
        'Khi cấp lại do rách, nát, hư hỏng hoặc cấp đổi.',
      ),
      authorisation,
    ],
    steps: standardSteps(workingDays(3), {
      appraise: 'Chuyên viên phòng chuyên môn kiểm tra hồ sơ, đối chiếu dữ liệu trên Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh',
      approve: APPROVE_HOUSEHOLD,
    }),
    results: ['Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)'],
  },
  {
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    sectorName: 'Tài chính',
    fieldName: 'Thành lập và hoạt động doanh nghiệp',
    levels: ['province'],
    processingTime: workingDays(3),
    legalBasis: [
      ...REGISTRATION_BASIS,
      'Thông tư số 47/2019/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp',
    ],
    fees: [
      charge('Lệ phí đăng ký doanh nghiệp', 50_000, 'mỗi lần', 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử.'),
      fee('Phí công bố nội dung đăng ký doanh nghiệp', 100_000, 'mỗi lần'),
    ],
    documents: [
      doc('Giấy đề nghị đăng ký doanh nghiệp tư nhân', 'original', { templateName: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân' }),
      optionalDoc(
        'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân',
        'copy',
        'Không phải nộp nếu đã xác thực qua Cơ sở dữ liệu quốc gia về dân cư.',
      ),
      optionalDoc(
        'Văn bản ủy quyền cho người nộp hồ sơ và nhận kết quả',
        'original',
        'Khi người nộp hồ sơ không phải chủ doanh nghiệp tư nhân.',
      ),
    ],
    steps: standardSteps(workingDays(3), {
      appraise:
        'Chuyên viên Phòng Đăng ký kinh doanh (Sở Tài chính) kiểm tra tính hợp lệ của hồ sơ, tên doanh nghiệp, ngành, nghề kinh doanh',
      approve: 'Lãnh đạo Phòng Đăng ký kinh doanh ký Giấy chứng nhận đăng ký doanh nghiệp',
      unit: 'department',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Giấy chứng nhận đăng ký doanh nghiệp', 'Thông báo yêu cầu sửa đổi, bổ sung hồ sơ (nếu hồ sơ chưa hợp lệ)'],
    applicants: ['individual'],
    retentionYears: 20,
    whereToSubmit:
      'Phòng Đăng ký kinh doanh thuộc Sở Tài chính (tiếp nhận tại Trung tâm Phục vụ hành chính công) hoặc Cổng thông tin quốc gia về đăng ký doanh nghiệp',
    isPublished: true,
    isSample: true,
  },
  {
    code: '2.000633',
    name: 'Cấp Giấy phép bán lẻ rượu',
    sectorName: 'Công Thương',
    fieldName: 'Lưu thông hàng hóa trong nước',
    levels: ['commune'],
    processingTime: workingDays(10),
    legalBasis: [
      'Nghị định số 105/2017/NĐ-CP về kinh doanh rượu (sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP)',
      'Thông tư số 168/2016/TT-BTC quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh thương mại có điều kiện',
    ],
    fees: [
      fee(
        'Phí thẩm định cấp Giấy phép bán lẻ rượu',
        1_200_000,
        'mỗi lần thẩm định, tại thành phố trực thuộc trung ương và thành phố thuộc tỉnh',
      ),
      fee('Phí thẩm định cấp Giấy phép bán lẻ rượu', 600_000, 'mỗi lần thẩm định, tại các khu vực khác'),
    ],
    documents: [
      doc('Đơn đề nghị cấp Giấy phép bán lẻ rượu', 'original', { templateName: 'Đơn đề nghị cấp Giấy phép bán lẻ rượu' }),
      doc('Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh', 'copy'),
      doc('Hợp đồng thuê địa điểm hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh', 'copy'),
      doc('Văn bản giới thiệu hoặc hợp đồng mua bán của thương nhân sản xuất, phân phối hoặc bán buôn rượu', 'copy'),
    ],
    steps: standardSteps(workingDays(10), {
      appraise: 'Chuyên viên phòng chuyên môn thẩm định hồ sơ, kiểm tra thực tế địa điểm kinh doanh (nếu cần)',
      approve: 'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy phép bán lẻ rượu',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    canPauseForSupplement: true,
    results: ['Giấy phép bán lẻ rượu (thời hạn 05 năm)', 'Văn bản từ chối nêu rõ lý do'],
    applicants: ['individual', 'organisation'],
    retentionYears: 10,
    whereToSubmit: 'Trung tâm Phục vụ hành chính công cấp xã nơi đặt địa điểm bán lẻ hoặc Cổng Dịch vụ công quốc gia',
    isPublished: false,
    isSample: true,
  },
];
