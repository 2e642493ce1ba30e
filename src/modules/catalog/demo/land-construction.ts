/** Demo catalogue — land (đất đai) and construction permits for detached houses. Sample data. */
import {
  AT_COMMUNE_OR_PORTAL,
  DELIVERY_COUNTER,
  DELIVERY_PAPER,
  PERMANENT,
  RECEIVE,
  RETURN,
  authorisation,
  charge,
  doc,
  fee,
  optionalDoc,
  standardSteps,
  step,
  workingDays,
  calendarDays,
  type Procedure,
} from './helpers.js';

const FEE_BASIS = 'Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân cấp tỉnh';
const LAND_LAW = 'Luật Đất đai số 31/2024/QH15';
const DECREE_101 =
  'Nghị định số 101/2024/NĐ-CP quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai';
const DECREE_102 = 'Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai';
const DECREE_151 =
  'Nghị định số 151/2025/NĐ-CP quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai';
const CERTIFICATE_CHARGE = charge(
  'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  100_000,
  'mỗi Giấy chứng nhận có chứng nhận tài sản gắn liền với đất',
  'Mức cụ thể do Hội đồng nhân dân cấp tỉnh quyết định; trường hợp chỉ chứng nhận quyền sử dụng đất thu mức thấp hơn; miễn hoặc giảm cho hộ gia đình, cá nhân ở nông thôn theo nghị quyết của tỉnh.',
);
const APPRAISAL_FEE = (name: string) =>
  fee(
    name,
    300_000,
    'mỗi hồ sơ',
    'Mức thu do Hội đồng nhân dân cấp tỉnh quyết định theo diện tích, mục đích sử dụng đất; nghĩa vụ tài chính về đất đai nộp theo thông báo của cơ quan thuế.',
  );
const land = {
  sectorName: 'Nông nghiệp và Môi trường',
  fieldName: 'Đất đai',
  isPublished: true,
  isSample: true,
} satisfies Partial<Procedure>;

const CONSTRUCTION_BASIS = [
  'Luật Xây dựng số 50/2014/QH13 (sửa đổi, bổ sung bởi Luật số 62/2020/QH14)',
  'Nghị định số 175/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
  FEE_BASIS,
];
const PERMIT_CHARGE = 'Mức cụ thể do Hội đồng nhân dân cấp tỉnh quyết định; một số tỉnh miễn, giảm khi nộp hồ sơ trực tuyến.';
const construction = {
  sectorName: 'Xây dựng',
  fieldName: 'Hoạt động xây dựng',
  levels: ['commune'],
  legalBasis: CONSTRUCTION_BASIS,
  onlineLevel: 'partial',
  deliveryOptions: DELIVERY_PAPER,
  canPauseForSupplement: true,
  applicants: ['individual', 'organisation'],
  retentionYears: 20,
  whereToSubmit: AT_COMMUNE_OR_PORTAL,
  isPublished: true,
  isSample: true,
} satisfies Partial<Procedure>;

export const landConstructionProcedures: Procedure[] = [
  {
    ...land,
    code: '1.013978',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    levels: ['commune'],
    processingTime: workingDays(20),
    legalBasis: [LAND_LAW, DECREE_101, DECREE_151, FEE_BASIS],
    fees: [CERTIFICATE_CHARGE, APPRAISAL_FEE('Phí thẩm định hồ sơ cấp Giấy chứng nhận')],
    documents: [
      doc('Đơn đăng ký đất đai, tài sản gắn liền với đất', 'original', { templateName: 'Đơn đăng ký đất đai, tài sản gắn liền với đất' }),
      optionalDoc(
        'Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai',
        'original_or_certified_copy',
        'Nếu có; không có giấy tờ thì xem xét cấp theo Điều 138, Điều 139 Luật Đất đai.',
      ),
      optionalDoc(
        'Giấy tờ về quyền sở hữu nhà ở, công trình xây dựng gắn liền với đất',
        'original_or_certified_copy',
        'Khi đề nghị chứng nhận quyền sở hữu tài sản gắn liền với đất.',
      ),
      optionalDoc(
        'Mảnh trích đo bản đồ địa chính thửa đất',
        'original',
        'Khi nơi có đất chưa có bản đồ địa chính hoặc hiện trạng ranh giới đã thay đổi.',
      ),
      optionalDoc(
        'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ miễn, giảm nghĩa vụ tài chính',
        'copy_with_original',
        'Nếu có; thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn giải quyết.',
      ),
      authorisation,
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step(
        'Công chức địa chính kiểm tra hồ sơ, xác minh hiện trạng, nguồn gốc, tình trạng tranh chấp; niêm yết công khai kết quả kiểm tra',
        'commune',
        'specialist',
        56,
      ),
      step(
        'Văn phòng đăng ký đất đai trích lục hoặc trích đo địa chính, cập nhật hồ sơ địa chính, gửi thông tin xác định nghĩa vụ tài chính cho cơ quan thuế',
        'department',
        'specialist',
        48,
      ),
      step('Phòng chuyên môn thuộc Ủy ban nhân dân cấp xã tổng hợp, trình cấp Giấy chứng nhận', 'commune', 'specialist', 24),
      step('Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận', 'commune', 'leader', 16),
      step('Văn phòng đăng ký đất đai cập nhật cơ sở dữ liệu đất đai, chuyển Giấy chứng nhận', 'department', 'specialist', 8),
      step(RETURN, 'service_centre', 'counter_officer', 4),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    canPauseForSupplement: true,
    results: [
      'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      'Văn bản trả lời nêu rõ lý do (nếu không đủ điều kiện cấp)',
    ],
    applicants: ['individual', 'organisation'],
    retentionYears: PERMANENT,
    whereToSubmit: AT_COMMUNE_OR_PORTAL,
  },
  {
    ...land,
    code: '1.013831',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    levels: ['province'],
    processingTime: workingDays(10),
    legalBasis: [LAND_LAW, DECREE_101, DECREE_151, FEE_BASIS],
    fees: [CERTIFICATE_CHARGE, APPRAISAL_FEE('Phí thẩm định hồ sơ đăng ký biến động')],
    documents: [
      doc('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 'original', {
        templateName: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất',
      }),
      doc(
        'Hợp đồng, văn bản chuyển đổi, chuyển nhượng, tặng cho, góp vốn hoặc văn bản về thừa kế đã được công chứng, chứng thực',
        'original',
      ),
      doc('Giấy chứng nhận đã cấp', 'original'),
      doc('Tờ khai lệ phí trước bạ nhà, đất', 'original', { templateName: 'Tờ khai lệ phí trước bạ nhà, đất' }),
      doc('Tờ khai thuế thu nhập cá nhân đối với thu nhập từ chuyển nhượng, nhận thừa kế, quà tặng là bất động sản', 'original', {
        templateName: 'Tờ khai thuế thu nhập cá nhân (chuyển nhượng bất động sản, nhận thừa kế, quà tặng là bất động sản)',
      }),
      optionalDoc(
        'Giấy tờ chứng minh thuộc diện miễn thuế, lệ phí',
        'original_or_certified_copy',
        'Khi đề nghị miễn thuế thu nhập cá nhân, lệ phí trước bạ.',
      ),
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step(
        'Văn phòng đăng ký đất đai (chi nhánh) kiểm tra hồ sơ, trích lục bản đồ; gửi thông tin xác định nghĩa vụ tài chính cho cơ quan thuế',
        'department',
        'specialist',
        40,
      ),
      step(
        'Chỉnh lý, cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai; in Giấy chứng nhận hoặc xác nhận nội dung biến động',
        'department',
        'specialist',
        16,
      ),
      step(
        'Giám đốc Văn phòng đăng ký đất đai (chi nhánh) ký xác nhận biến động hoặc ký Giấy chứng nhận theo ủy quyền',
        'department',
        'leader',
        12,
      ),
      step(RETURN, 'service_centre', 'counter_officer', 8),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    canPauseForSupplement: true,
    results: [
      'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cấp mới, hoặc Giấy chứng nhận đã cấp được xác nhận nội dung biến động',
    ],
    applicants: ['individual', 'organisation'],
    retentionYears: PERMANENT,
    whereToSubmit:
      'Trung tâm Phục vụ hành chính công cấp xã bất kỳ trong tỉnh, Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai, hoặc Cổng Dịch vụ công quốc gia',
  },
  {
    ...land,
    code: '1.013949',
    name: 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với trường hợp giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; trường hợp giao đất, cho thuê đất thông qua đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; giao đất và giao rừng; cho thuê đất và cho thuê rừng, gia hạn sử dụng đất khi hết thời hạn sử dụng đất',
    levels: ['commune'],
    processingTime: workingDays(20),
    legalBasis: [LAND_LAW, DECREE_102, DECREE_151, 'Nghị định số 103/2024/NĐ-CP quy định về tiền sử dụng đất, tiền thuê đất', FEE_BASIS],
    fees: [APPRAISAL_FEE('Phí thẩm định hồ sơ cho phép chuyển mục đích sử dụng đất')],
    documents: [
      doc('Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất', 'original', {
        templateName: 'Đơn xin giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất',
      }),
      doc('Giấy chứng nhận quyền sử dụng đất đã cấp', 'original', { note: 'Đối với trường hợp xin chuyển mục đích sử dụng đất.' }),
      authorisation,
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step(
        'Phòng chuyên môn thuộc Ủy ban nhân dân cấp xã thẩm định hồ sơ, kiểm tra thực địa, đối chiếu quy hoạch, kế hoạch sử dụng đất',
        'commune',
        'specialist',
        72,
      ),
      step('Chủ tịch Ủy ban nhân dân cấp xã quyết định cho phép chuyển mục đích sử dụng đất', 'commune', 'leader', 16),
      step('Xác định giá đất, chuyển thông tin để cơ quan thuế thông báo nghĩa vụ tài chính', 'commune', 'specialist', 24),
      step(
        'Văn phòng đăng ký đất đai chỉnh lý hồ sơ địa chính, xác nhận thay đổi trên Giấy chứng nhận hoặc cấp Giấy chứng nhận mới',
        'department',
        'specialist',
        36,
      ),
      step(RETURN, 'service_centre', 'counter_officer', 8),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    canPauseForSupplement: true,
    results: ['Quyết định cho phép chuyển mục đích sử dụng đất', 'Giấy chứng nhận đã chỉnh lý biến động hoặc Giấy chứng nhận mới'],
    applicants: ['individual'],
    retentionYears: PERMANENT,
    whereToSubmit: AT_COMMUNE_OR_PORTAL,
  },
  {
    ...land,
    code: '1.012812',
    name: 'Hòa giải tranh chấp đất đai',
    levels: ['commune'],
    processingTime: calendarDays(30),
    legalBasis: [LAND_LAW, DECREE_102, DECREE_151],
    fees: [],
    documents: [
      doc('Đơn yêu cầu hòa giải tranh chấp đất đai', 'original', { templateName: 'Đơn yêu cầu hòa giải tranh chấp đất đai' }),
      optionalDoc('Giấy tờ, tài liệu liên quan đến thửa đất tranh chấp', 'copy', 'Nếu có.'),
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step('Chủ tịch Ủy ban nhân dân cấp xã thành lập Hội đồng hòa giải tranh chấp đất đai', 'commune', 'leader', 16),
      step(
        'Công chức địa chính thẩm tra, xác minh nguồn gốc, quá trình sử dụng đất; thu thập giấy tờ, tài liệu',
        'commune',
        'specialist',
        72,
      ),
      step('Hội đồng tổ chức cuộc họp hòa giải có các bên tranh chấp; lập biên bản hòa giải', 'commune', 'leader', 56),
      step(
        'Gửi biên bản hòa giải cho các bên, cơ quan có thẩm quyền (nếu hòa giải thành có thay đổi ranh giới)',
        'commune',
        'specialist',
        16,
      ),
      step(RETURN, 'service_centre', 'counter_officer', 4),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_COUNTER,
    canPauseForSupplement: false,
    results: ['Biên bản hòa giải thành hoặc biên bản hòa giải không thành'],
    applicants: ['individual', 'organisation'],
    retentionYears: 20,
    whereToSubmit: `${AT_COMMUNE_OR_PORTAL} (nơi có đất tranh chấp)`,
  },
  {
    ...construction,
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    processingTime: calendarDays(15),
    fees: [charge('Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 75_000, 'mỗi giấy phép', PERMIT_CHARGE)],
    documents: [
      doc('Đơn đề nghị cấp giấy phép xây dựng', 'original', {
        templateName: 'Đơn đề nghị cấp giấy phép xây dựng (dùng cho nhà ở riêng lẻ)',
      }),
      doc('Giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai', 'copy_with_original'),
      doc(
        'Bản vẽ thiết kế xây dựng: mặt bằng công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng chính, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật',
        'original',
        { count: 2 },
      ),
      optionalDoc(
        'Bản cam kết bảo đảm an toàn đối với công trình liền kề',
        'original',
        'Khi công trình xây chen có tầng hầm hoặc liền kề công trình hiện hữu.',
      ),
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step('Phòng chuyên môn thẩm định hồ sơ, kiểm tra thực địa; lấy ý kiến cơ quan liên quan (nếu cần)', 'commune', 'specialist', 56),
      step('Dự thảo giấy phép xây dựng, đóng dấu bản vẽ, trình ký', 'commune', 'specialist', 8),
      step('Chủ tịch Ủy ban nhân dân cấp xã ký giấy phép xây dựng', 'commune', 'leader', 4),
      step(RETURN, 'service_centre', 'counter_officer', 8),
    ],
    results: ['Giấy phép xây dựng kèm bản vẽ được đóng dấu', 'Văn bản trả lời nêu rõ lý do (nếu không đủ điều kiện cấp)'],
  },
  {
    ...construction,
    code: '1.013227',
    name: 'Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    processingTime: workingDays(5),
    fees: [charge('Lệ phí gia hạn giấy phép xây dựng', 15_000, 'mỗi giấy phép', PERMIT_CHARGE)],
    documents: [
      doc('Đơn đề nghị gia hạn giấy phép xây dựng', 'original', { templateName: 'Đơn đề nghị gia hạn giấy phép xây dựng' }),
      doc('Bản chính giấy phép xây dựng đã được cấp', 'original'),
    ],
    steps: standardSteps(workingDays(5), {
      appraise: 'Phòng chuyên môn kiểm tra lý do gia hạn, thời hạn giấy phép (gia hạn tối đa 02 lần, mỗi lần 12 tháng)',
      approve: 'Chủ tịch Ủy ban nhân dân cấp xã ký gia hạn giấy phép xây dựng',
    }),
    results: ['Giấy phép xây dựng được gia hạn'],
  },
  {
    ...construction,
    code: '1.013228',
    name: 'Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    processingTime: workingDays(5),
    fees: [charge('Lệ phí cấp lại giấy phép xây dựng', 15_000, 'mỗi giấy phép', PERMIT_CHARGE)],
    documents: [
      doc('Đơn đề nghị cấp lại giấy phép xây dựng', 'original', {
        templateName: 'Đơn đề nghị cấp lại giấy phép xây dựng',
        note: 'Nêu rõ lý do cấp lại.',
      }),
      optionalDoc(
        'Bản chính giấy phép xây dựng đã được cấp',
        'original',
        'Khi giấy phép bị rách, nát; không phải nộp nếu giấy phép bị mất.',
      ),
    ],
    steps: standardSteps(workingDays(5), {
      appraise: 'Phòng chuyên môn tra cứu hồ sơ lưu, kiểm tra lý do cấp lại',
      approve: 'Chủ tịch Ủy ban nhân dân cấp xã ký giấy phép xây dựng (cấp lại)',
    }),
    results: ['Giấy phép xây dựng (cấp lại)'],
  },
];
