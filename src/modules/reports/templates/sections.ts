/**
 * The sentences of the reports, each bound to figure ids, grouped by the part of the work they
 * describe (citizen-relations §10.2). The report kinds (templates.ts) pick the parts they print.
 */
import type { SentenceTemplate } from '../sentences.js';

export const oneStopSentences: SentenceTemplate[] = [
  {
    id: 'one_stop.dossiers',
    prefix: 'Bộ phận Một cửa đã ',
    clauses: [
      { text: 'tiếp nhận {dossiers.received}', zero: 'không tiếp nhận hồ sơ mới' },
      { text: 'trong đó {dossiers.receivedOnline} trực tuyến (tỷ lệ {dossiers.onlineRate})' },
      { text: 'giải quyết {dossiers.settled}' },
      { text: 'trả kết quả đúng hạn và trước hạn {dossiers.returnedOnTime}' },
    ],
    last: ', ',
    zero: 'Trong kỳ, Bộ phận Một cửa không phát sinh hồ sơ thủ tục hành chính.',
    compare: 'dossiers.received',
  },
  {
    id: 'one_stop.timeliness',
    prefix: 'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (tính cả hồ sơ đang giải quyết trong hạn) ',
    clauses: [
      { text: 'đạt {dossiers.timelyRate}' },
      { text: '{dossiers.late} giải quyết quá hạn', zero: 'không có hồ sơ giải quyết quá hạn' },
    ],
    separator: '; ',
    last: '; ',
    zero: 'Trong kỳ không phát sinh hồ sơ phải đánh giá tiến độ giải quyết.',
    compare: 'dossiers.timelyRate',
  },
  {
    id: 'one_stop.ratings',
    prefix: 'Người dân, doanh nghiệp đã đánh giá ',
    clauses: [
      { text: '{ratings.total}' },
      { text: '{ratings.satisfiedRate} hài lòng' },
      { text: '{ratings.verySatisfiedRate} rất hài lòng' },
    ],
    zero: 'Trong kỳ không phát sinh lượt đánh giá mức độ hài lòng.',
  },
  {
    id: 'one_stop.home',
    prefix: 'Trả kết quả giải quyết thủ tục hành chính tại nhà cho ',
    clauses: [{ text: '{dossiers.homeDeliveries}' }],
    zero: 'Trong kỳ không phát sinh hồ sơ trả kết quả tại nhà.',
  },
];

export const receptionSentences: SentenceTemplate[] = [
  {
    id: 'reception.periodic',
    prefix: 'Đã ',
    clauses: [
      {
        text: 'tiếp công dân định kỳ {reception.periodic.days}, với {reception.periodic.visits}',
        zero: 'không tổ chức tiếp công dân định kỳ',
      },
      { text: 'tổ chức {dialogues.linkedToPetitions} đối thoại với công dân trong quá trình giải quyết đơn thư' },
    ],
    separator: '; ',
    last: '; ',
    zero: 'Trong kỳ không phát sinh tiếp công dân định kỳ và đối thoại trong giải quyết đơn thư.',
  },
  {
    id: 'reception.sessions',
    prefix: 'Lãnh đạo đã ',
    clauses: [
      { text: 'tiếp công dân {reception.sessions}' },
      { text: 'trong đó {reception.adHoc.sessions} đột xuất' },
      { text: 'tiếp {reception.visits} công dân', zero: '' },
      { text: '{reception.groups} đông người', zero: 'không có đoàn đông người' },
    ],
    last: ', ',
    zero: 'Trong kỳ không phát sinh cuộc tiếp công dân của người đứng đầu.',
    compare: 'reception.visits',
  },
  {
    id: 'reception.dialogues',
    prefix: 'Tổ chức ',
    clauses: [{ text: '{dialogues.held} đối thoại trực tiếp với Nhân dân' }, { text: 'cấp ủy đối thoại {dialogues.partyCommittee}' }],
    separator: '; ',
    last: '; ',
    zero: 'Trong kỳ không phát sinh đối thoại trực tiếp với Nhân dân.',
  },
  {
    id: 'reception.commitments',
    prefix: 'Sau đối thoại có ',
    clauses: [
      { text: '{commitments.made} cam kết' },
      { text: '{commitments.done} đã thực hiện' },
      { text: '{commitments.overdue} quá hạn', zero: 'không có nội dung quá hạn' },
    ],
    zero: 'Không phát sinh nội dung cam kết sau đối thoại.',
  },
];

export const petitionSentences: SentenceTemplate[] = [
  {
    id: 'petitions.received',
    prefix: 'Đã ',
    clauses: [
      { text: 'tiếp nhận {petitions.received:n} đơn thư' },
      { text: 'kỳ trước chuyển sang {petitions.carriedOver}', zero: '' },
      { text: 'đã giải quyết xong {petitions.processed}' },
    ],
    zero: 'Trong kỳ không phát sinh đơn thư.',
    compare: 'petitions.received',
  },
  {
    id: 'petitions.kinds',
    prefix: 'Đơn thư ',
    clauses: [
      { text: 'khiếu nại, tố cáo {petitions.complaintsAndDenunciations:n} đơn', zero: 'không phát sinh khiếu nại, tố cáo' },
      { text: '{petitions.recommendations:n} đơn đề nghị, kiến nghị, phản ánh' },
    ],
    zero: 'Không phát sinh đơn khiếu nại, tố cáo, kiến nghị, phản ánh.',
  },
  {
    id: 'petitions.eligible',
    prefix: 'Có ',
    clauses: [
      { text: '{petitions.eligible:n} đơn đủ điều kiện giải quyết' },
      { text: 'về đất đai, nhà cửa {petitions.field.land_housing}' },
      { text: 'chế độ, chính sách {petitions.field.policy_regime}' },
      { text: 'tư pháp {petitions.field.judicial}' },
      { text: 'lĩnh vực hành chính khác {petitions.field.other_administrative}' },
    ],
    zero: 'Không có đơn đủ điều kiện giải quyết.',
  },
  {
    id: 'petitions.skipped',
    prefix: 'Đơn thư vượt cấp: ',
    clauses: [{ text: '{petitions.skippedLevel}' }],
    zero: 'Không phát sinh đơn thư vượt cấp.',
    compare: 'petitions.skippedLevel',
  },
  {
    id: 'settlements',
    prefix: 'Về giải quyết khiếu nại, tố cáo thuộc thẩm quyền: ',
    clauses: [
      { text: 'phải giải quyết {settlements.total}' },
      { text: 'đã giải quyết {settlements.decided} (đạt {settlements.decidedRate})' },
      { text: 'đúng hạn {settlements.onTime}' },
      { text: 'đang giải quyết {settlements.pending}' },
    ],
    zero: 'Không phát sinh vụ việc khiếu nại, tố cáo thuộc thẩm quyền phải giải quyết.',
  },
];

export const communitySentences: SentenceTemplate[] = [
  {
    id: 'mediation',
    prefix: 'Toàn đơn vị có ',
    clauses: [
      { text: '{mediation.teams:n} tổ hòa giải cơ sở, với {mediation.mediators}' },
      {
        text: 'đã hòa giải thành công {mediation.success:n}/{mediation.mediated} mâu thuẫn, đạt {mediation.successRate}',
        zero: 'không phát sinh vụ việc hòa giải',
      },
    ],
    last: ', ',
    zero: 'Không phát sinh tổ hòa giải và vụ việc hòa giải ở cơ sở.',
    compare: 'mediation.mediated',
  },
  {
    id: 'legal_aid',
    prefix: 'Đã ',
    clauses: [{ text: 'trợ giúp pháp lý cho {legalAid.opened}' }, { text: 'hoàn thành {legalAid.completed}' }],
    zero: 'Không phát sinh vụ việc trợ giúp pháp lý.',
    compare: 'legalAid.opened',
  },
  {
    id: 'democracy.disclosures',
    prefix: 'Thực hiện công khai ',
    clauses: [
      { text: '{democracy.disclosuresDue} phải công khai' },
      { text: 'đúng hạn {democracy.disclosedOnTime}' },
      { text: 'chậm {democracy.disclosedLate}', zero: '' },
      { text: 'chưa công khai {democracy.notDisclosed}', zero: '' },
    ],
    zero: 'Không phát sinh nội dung phải công khai theo Luật Thực hiện dân chủ ở cơ sở.',
  },
  {
    id: 'democracy.decisions',
    prefix: 'Đưa ra Nhân dân ',
    clauses: [
      { text: 'bàn và quyết định {democracy.mattersProposed}' },
      { text: 'lấy ý kiến {democracy.consultations}' },
      { text: 'tổ chức {democracy.conferences} thôn, tổ dân phố cuối năm' },
    ],
    zero: 'Không phát sinh nội dung Nhân dân bàn, quyết định hoặc lấy ý kiến Nhân dân.',
  },
  {
    id: 'democracy.supervision',
    prefix: 'Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng có ',
    clauses: [{ text: '{democracy.findings}' }, { text: 'đã được trả lời {democracy.findingsAnswered}' }],
    zero: 'Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng không có kiến nghị trong kỳ.',
  },
];

export const modelSentences: SentenceTemplate[] = [
  {
    id: 'models.levels',
    prefix: 'Phong trào thi đua "Dân vận khéo": toàn đơn vị có ',
    clauses: [
      { text: '{models.province:n} mô hình Dân vận khéo cấp tỉnh, thành phố' },
      { text: '{models.district} cấp huyện' },
      { text: '{models.grassroots} cấp cơ sở' },
    ],
    zero: 'Chưa có mô hình "Dân vận khéo" được công nhận trong kỳ.',
    compare: 'models.grassroots',
  },
  {
    id: 'models.contests',
    prefix: 'Tổ chức ',
    clauses: [{ text: '{models.contests}' }, { text: 'có {models.entries}' }],
    zero: 'Không tổ chức cuộc thi về mô hình "Dân vận khéo" trong kỳ.',
  },
];
