/** Demo catalogue — social assistance, disability, poverty (commune). Sample data. */
import {
  AT_COMMUNE_OR_PORTAL,
  DELIVERY_ONLINE,
  DELIVERY_PAPER,
  RECEIVE,
  RETURN,
  doc,
  identityShown,
  optionalDoc,
  standardSteps,
  step,
  workingDays,
  calendarDays,
  type Procedure,
} from './helpers.js';

const SOCIAL_ASSISTANCE_BASIS = [
  'Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
  'Nghị định số 76/2024/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP',
  'Nghị định số 147/2025/NĐ-CP (thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã về trợ giúp xã hội khi tổ chức chính quyền địa phương 02 cấp)',
];
const POVERTY_BASIS = [
  'Nghị định số 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025',
  'Nghị định số 351/2025/NĐ-CP quy định chuẩn nghèo đa chiều và quy trình rà soát giai đoạn 2026 - 2030',
  'Thông tư số 07/2021/TT-BLĐTBXH hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo',
];
const CULTURE_SOCIAL_OFFICER = 'Công chức phụ trách văn hóa - xã hội';
const socialAssistance = {
  sectorName: 'Y tế',
  fieldName: 'Bảo trợ xã hội',
  levels: ['commune'],
  fees: [],
  canPauseForSupplement: true,
  retentionYears: 20,
  whereToSubmit: AT_COMMUNE_OR_PORTAL,
  isPublished: true,
  isSample: true,
} satisfies Partial<Procedure>;
const poverty = { ...socialAssistance, sectorName: 'Nông nghiệp và Môi trường', fieldName: 'Giảm nghèo' } satisfies Partial<Procedure>;

export const socialProcedures: Procedure[] = [
  {
    ...socialAssistance,
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    processingTime: workingDays(10),
    legalBasis: SOCIAL_ASSISTANCE_BASIS,
    documents: [
      doc('Tờ khai đề nghị trợ giúp xã hội', 'original', {
        templateName:
          'Tờ khai đề nghị trợ giúp xã hội (các mẫu ban hành kèm theo Nghị định số 20/2021/NĐ-CP, sửa đổi bởi Nghị định số 76/2024/NĐ-CP)',
      }),
      optionalDoc('Giấy xác nhận khuyết tật', 'copy_with_original', 'Đối với người khuyết tật.'),
      optionalDoc('Giấy tờ xác nhận bị nhiễm HIV của cơ quan y tế có thẩm quyền', 'copy_with_original', 'Đối với người nhiễm HIV.'),
      optionalDoc(
        'Giấy khai sinh của trẻ em',
        'copy_with_original',
        'Khi xét trợ cấp cho trẻ em, người đơn thân nghèo hoặc người khuyết tật đang nuôi con.',
      ),
      identityShown,
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step(
        `${CULTURE_SOCIAL_OFFICER} rà soát hồ sơ, tổ chức xét duyệt, niêm yết công khai kết quả xét duyệt tại trụ sở Ủy ban nhân dân cấp xã`,
        'commune',
        'specialist',
        56,
      ),
      step('Chủ tịch Ủy ban nhân dân cấp xã quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp', 'commune', 'leader', 12),
      step(RETURN, 'service_centre', 'counter_officer', 8),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    results: ['Quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng'],
    applicants: ['individual', 'organisation'],
  },
  {
    ...socialAssistance,
    code: '1.014027',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội',
    processingTime: workingDays(10),
    legalBasis: [
      'Luật Bảo hiểm xã hội số 41/2024/QH15 (Chương III - Trợ cấp hưu trí xã hội)',
      'Nghị định số 176/2025/NĐ-CP quy định chi tiết một số điều của Luật Bảo hiểm xã hội về trợ cấp hưu trí xã hội',
    ],
    documents: [
      doc('Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội', 'original', { templateName: 'Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội' }),
      identityShown,
    ],
    steps: standardSteps(workingDays(10), {
      appraise: `${CULTURE_SOCIAL_OFFICER} kiểm tra độ tuổi, tình trạng hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng; lập danh sách`,
      approve: 'Chủ tịch Ủy ban nhân dân cấp xã quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp hưu trí xã hội',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    results: ['Quyết định hưởng, điều chỉnh hoặc thôi hưởng trợ cấp hưu trí xã hội'],
    applicants: ['individual'],
  },
  {
    ...socialAssistance,
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    processingTime: workingDays(3),
    legalBasis: SOCIAL_ASSISTANCE_BASIS,
    documents: [
      doc('Tờ khai đề nghị hỗ trợ chi phí mai táng', 'original', {
        templateName: 'Tờ khai đề nghị hỗ trợ chi phí mai táng (ban hành kèm theo Nghị định số 20/2021/NĐ-CP)',
      }),
      doc('Giấy báo tử hoặc trích lục khai tử', 'copy', { note: 'Không phải nộp nếu đã khai thác được từ Cơ sở dữ liệu hộ tịch điện tử.' }),
    ],
    steps: standardSteps(workingDays(3), {
      appraise: `${CULTURE_SOCIAL_OFFICER} kiểm tra hồ sơ, đối chiếu danh sách đối tượng đang hưởng trợ cấp`,
      approve: 'Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ chi phí mai táng',
    }),
    onlineLevel: 'full',
    deliveryOptions: DELIVERY_ONLINE,
    results: ['Quyết định hỗ trợ chi phí mai táng (mức hỗ trợ bằng 20 lần mức chuẩn trợ giúp xã hội)'],
    applicants: ['individual', 'organisation'],
  },
  {
    ...socialAssistance,
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    processingTime: calendarDays(30),
    legalBasis: [
      'Luật Người khuyết tật số 51/2010/QH12',
      'Nghị định số 28/2012/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật',
      'Thông tư số 01/2019/TT-BLĐTBXH quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
    ],
    documents: [
      doc('Đơn đề nghị xác định, xác định lại mức độ khuyết tật', 'original', {
        templateName: 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật',
      }),
      optionalDoc('Bệnh án, giấy tờ khám bệnh, chữa bệnh, giấy giám định khả năng lao động hoặc giấy tờ liên quan khác', 'copy', 'Nếu có.'),
      optionalDoc('Giấy xác nhận khuyết tật đã cấp', 'original', 'Khi đề nghị xác định lại mức độ khuyết tật.'),
      identityShown,
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step(
        'Hội đồng xác định mức độ khuyết tật cấp xã quan sát, phỏng vấn, đánh giá dạng tật và mức độ khuyết tật',
        'commune',
        'specialist',
        136,
      ),
      step('Lập biên bản kết luận của Hội đồng', 'commune', 'specialist', 12),
      step(
        'Chủ tịch Ủy ban nhân dân cấp xã niêm yết, thông báo công khai kết luận và cấp Giấy xác nhận khuyết tật',
        'commune',
        'leader',
        8,
      ),
      step(RETURN, 'service_centre', 'counter_officer', 8),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    results: ['Giấy xác nhận khuyết tật'],
    applicants: ['individual'],
  },
  {
    ...socialAssistance,
    code: '2.000744',
    name: 'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở',
    processingTime: workingDays(5),
    legalBasis: SOCIAL_ASSISTANCE_BASIS,
    documents: [
      doc('Tờ khai đề nghị hỗ trợ về nhà ở', 'original', {
        templateName: 'Tờ khai đề nghị hỗ trợ về nhà ở (ban hành kèm theo Nghị định số 20/2021/NĐ-CP)',
      }),
    ],
    steps: standardSteps(workingDays(5), {
      appraise: `${CULTURE_SOCIAL_OFFICER} kiểm tra thực tế mức độ thiệt hại về nhà ở do thiên tai, hỏa hoạn hoặc lý do bất khả kháng; lập danh sách`,
      approve: 'Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở',
    }),
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    results: ['Quyết định hỗ trợ làm nhà ở hoặc sửa chữa nhà ở'],
    applicants: ['individual'],
  },
  {
    ...poverty,
    code: '1.011607',
    name: 'Công nhận hộ nghèo, hộ cận nghèo; hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm',
    processingTime: workingDays(10),
    legalBasis: POVERTY_BASIS,
    documents: [
      doc('Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo; hộ thoát nghèo, hộ thoát cận nghèo', 'original', {
        templateName: 'Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo; hộ thoát nghèo, hộ thoát cận nghèo',
      }),
    ],
    steps: [
      step(RECEIVE, 'service_centre', 'counter_officer', 4),
      step(
        'Ban giảm nghèo cấp xã rà soát thu nhập và mức độ thiếu hụt dịch vụ xã hội cơ bản của hộ; thông báo công khai kết quả',
        'commune',
        'specialist',
        52,
      ),
      step('Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận, cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo', 'commune', 'leader', 16),
      step(RETURN, 'service_centre', 'counter_officer', 8),
    ],
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    results: ['Quyết định công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ thoát cận nghèo', 'Giấy chứng nhận hộ nghèo, hộ cận nghèo'],
    applicants: ['individual'],
  },
  {
    ...poverty,
    code: '1.011609',
    name: 'Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
    processingTime: workingDays(10),
    legalBasis: [...POVERTY_BASIS, 'Luật Bảo hiểm y tế số 25/2008/QH12 (sửa đổi, bổ sung) - hỗ trợ mức đóng bảo hiểm y tế'],
    documents: [
      doc('Giấy đề nghị xét duyệt hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình', 'original', {
        templateName: 'Giấy đề nghị xét duyệt hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
      }),
    ],
    steps: standardSteps(workingDays(10), {
      appraise: 'Ban giảm nghèo cấp xã rà soát, xác định thu nhập của hộ; thông báo công khai kết quả',
      approve: 'Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận hộ có mức sống trung bình',
    }),
    onlineLevel: 'partial',
    deliveryOptions: DELIVERY_PAPER,
    results: ['Quyết định công nhận hộ có mức sống trung bình (căn cứ hỗ trợ mức đóng bảo hiểm y tế)'],
    applicants: ['individual'],
  },
];
