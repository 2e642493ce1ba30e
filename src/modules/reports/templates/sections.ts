/**
 * The sentences of the reports, each bound to figure ids, grouped by the part of the work they
 * describe (citizen-relations §10.2). The report kinds (templates.ts) pick the parts they print.
 * Each clause that may be left out reads on its own after the ones before it; the first letter of
 * a sentence is written in capitals whatever clause comes first.
 */
import type { SentenceTemplate } from '../sentences.js';

export const oneStopSentences: SentenceTemplate[] = [
  {
    id: 'one_stop.dossiers',
    prefix: 'Bộ phận Một cửa ',
    clauses: [
      { text: 'đã tiếp nhận {dossiers.received}', zero: 'không tiếp nhận hồ sơ mới' },
      { text: 'trong đó {dossiers.receivedOnline} trực tuyến (tỷ lệ {dossiers.onlineRate})' },
      { text: 'đã giải quyết {dossiers.settled}' },
      { text: 'trả kết quả đúng hạn và trước hạn {dossiers.returnedOnTime}' },
    ],
    last: ', ',
    zero: 'Trong kỳ, Bộ phận Một cửa không phát sinh hồ sơ thủ tục hành chính.',
    compare: 'dossiers.received',
  },
  {
    id: 'one_stop.timeliness',
    clauses: [
      { text: 'tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (tính cả hồ sơ đang giải quyết trong hạn) đạt {dossiers.timelyRate}' },
      { text: '{dossiers.late} giải quyết quá hạn', zero: 'không có hồ sơ giải quyết quá hạn' },
    ],
    separator: '; ',
    last: '; ',
    zero: 'Trong kỳ không phát sinh hồ sơ phải đánh giá tiến độ giải quyết.',
    compare: 'dossiers.timelyRate',
  },
  {
    id: 'one_stop.ratings',
    clauses: [
      { text: 'người dân, doanh nghiệp đã đánh giá {ratings.total}' },
      { text: '{ratings.satisfiedRate} hài lòng' },
      { text: '{ratings.verySatisfiedRate} rất hài lòng' },
    ],
    zero: 'Trong kỳ không phát sinh lượt đánh giá mức độ hài lòng.',
  },
  {
    id: 'one_stop.home',
    clauses: [{ text: 'trả kết quả giải quyết thủ tục hành chính tại nhà cho {dossiers.homeDeliveries}' }],
    zero: 'Trong kỳ không phát sinh hồ sơ trả kết quả tại nhà.',
  },
];

export const receptionSentences: SentenceTemplate[] = [
  {
    id: 'reception.periodic',
    clauses: [
      {
        text: 'đã tiếp công dân định kỳ {reception.periodic.days}, với {reception.periodic.visits}',
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
    prefix: 'Lãnh đạo ',
    clauses: [
      { text: 'đã tiếp công dân {reception.sessions}' },
      { text: 'trong đó {reception.adHoc.sessions} đột xuất' },
      { text: 'tiếp {reception.headVisits}' },
      { text: 'có {reception.groups} đông người', zero: 'không có đoàn đông người' },
    ],
    last: ', ',
    zero: 'Trong kỳ không phát sinh cuộc tiếp công dân của người đứng đầu.',
    compare: 'reception.headVisits',
  },
  {
    id: 'reception.dialogues',
    clauses: [
      { text: 'tổ chức {dialogues.held} đối thoại trực tiếp với Nhân dân' },
      { text: 'cấp ủy đối thoại {dialogues.partyCommittee}' },
    ],
    separator: '; ',
    last: '; ',
    zero: 'Trong kỳ không phát sinh đối thoại trực tiếp với Nhân dân.',
  },
  {
    id: 'reception.commitments',
    prefix: 'Sau đối thoại ',
    clauses: [
      { text: 'có {commitments.made} cam kết' },
      { text: '{commitments.done} đã thực hiện' },
      { text: '{commitments.overdue} quá hạn', zero: 'không có nội dung quá hạn' },
    ],
    zero: 'Không phát sinh nội dung cam kết sau đối thoại.',
  },
];

export const petitionSentences: SentenceTemplate[] = [
  {
    id: 'petitions.received',
    clauses: [
      { text: 'đã tiếp nhận {petitions.received:n} đơn thư', zero: 'không tiếp nhận đơn thư mới' },
      { text: 'kỳ trước chuyển sang {petitions.carriedOver}' },
      { text: 'đã giải quyết xong {petitions.processed}' },
    ],
    zero: 'Trong kỳ không phát sinh đơn thư.',
    compare: 'petitions.received',
  },
  {
    id: 'petitions.kinds',
    clauses: [
      { text: 'đơn thư khiếu nại, tố cáo {petitions.complaintsAndDenunciations:n} đơn', zero: 'không phát sinh đơn khiếu nại, tố cáo' },
      { text: '{petitions.recommendations:n} đơn đề nghị, kiến nghị, phản ánh', zero: 'không có đơn đề nghị, kiến nghị, phản ánh' },
    ],
    zero: 'Không phát sinh đơn khiếu nại, tố cáo, kiến nghị, phản ánh.',
  },
  {
    id: 'petitions.eligible',
    clauses: [{ text: 'có {petitions.eligible:n} đơn đủ điều kiện giải quyết' }],
    zero: 'Không có đơn đủ điều kiện giải quyết.',
  },
  {
    id: 'petitions.fields',
    prefix: 'Phân theo lĩnh vực (kể cả đơn kỳ trước chuyển sang): ',
    clauses: [
      { text: 'đất đai, nhà cửa {petitions.field.land_housing}' },
      { text: 'chế độ, chính sách {petitions.field.policy_regime}' },
      { text: 'hành chính khác {petitions.field.other_administrative}' },
      { text: 'tư pháp {petitions.field.judicial}' },
      { text: 'tham nhũng {petitions.field.corruption}' },
      { text: 'công vụ {petitions.field.public_duty}' },
      { text: 'Đảng, đoàn thể {petitions.field.party_mass_organisations}' },
    ],
    separator: '; ',
    last: '; ',
    zero: '',
  },
  {
    id: 'petitions.skipped',
    clauses: [{ text: 'đơn thư vượt cấp: {petitions.skippedLevel}' }],
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
    clauses: [
      { text: 'toàn đơn vị có {mediation.teams:n} tổ hòa giải cơ sở, với {mediation.mediators}', zero: 'chưa có tổ hòa giải cơ sở' },
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
    clauses: [{ text: 'đã trợ giúp pháp lý cho {legalAid.opened}' }, { text: 'hoàn thành {legalAid.completed}' }],
    zero: 'Không phát sinh vụ việc trợ giúp pháp lý.',
    compare: 'legalAid.opened',
  },
  {
    id: 'democracy.disclosures',
    prefix: 'Thực hiện công khai: ',
    clauses: [
      { text: '{democracy.disclosuresDue} phải công khai' },
      { text: 'đúng hạn {democracy.disclosedOnTime}' },
      { text: 'chậm {democracy.disclosedLate}' },
      { text: 'chưa công khai {democracy.notDisclosed}' },
    ],
    zero: 'Không phát sinh nội dung phải công khai theo Luật Thực hiện dân chủ ở cơ sở.',
  },
  {
    id: 'democracy.decisions',
    clauses: [
      { text: 'đưa ra Nhân dân bàn và quyết định {democracy.mattersProposed}' },
      { text: 'lấy ý kiến Nhân dân {democracy.consultations}' },
      { text: 'tổ chức {democracy.conferences} thôn, tổ dân phố cuối năm' },
    ],
    zero: 'Không phát sinh nội dung Nhân dân bàn, quyết định hoặc lấy ý kiến Nhân dân.',
  },
  {
    id: 'democracy.supervision',
    prefix: 'Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng ',
    clauses: [{ text: 'có {democracy.findings}' }, { text: 'đã được trả lời {democracy.findingsAnswered}' }],
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
    clauses: [{ text: 'tổ chức {models.contests}' }, { text: 'có {models.entries}' }],
    zero: 'Không tổ chức cuộc thi về mô hình "Dân vận khéo" trong kỳ.',
  },
];
