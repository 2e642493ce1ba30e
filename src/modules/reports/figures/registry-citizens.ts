/** Citizen reception, dialogues and petitions (seeds 000, 002, 004; citizen-relations §2–§4). */
import { petitionFieldLabels, petitionFields } from '../../../contracts/petitions.js';
import { count, rate, sum, type FigureDefinition } from './definition.js';

const ltcd = 'Luật Tiếp công dân 2013';
const tt06 = 'Thông tư 06/2025/TT-TTCP (biểu mẫu thống kê tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo)';
const kntc = 'Luật Khiếu nại 2011; Luật Tố cáo 2018';

const reception = (
  path: string,
  id: string,
  vi: string,
  en: string,
  unit: 'day' | 'session' | 'visit' | 'person' | 'matter' | 'group',
  word: string,
  seed?: string,
) => count('reception', path, id, vi, en, unit, word, { legalBasis: `${ltcd}; ${tt06}, biểu 01/TCD`, ...(seed ? { seed } : {}) });

export const citizenFigures: FigureDefinition[] = [
  reception(
    'byKind.periodic.days',
    'reception.periodic.days',
    'Ngày tiếp công dân định kỳ',
    'Periodic reception days',
    'day',
    'ngày',
    '004: tiếp công dân định kỳ 29 ngày',
  ),
  reception(
    'byKind.periodic.visits',
    'reception.periodic.visits',
    'Lượt công dân được tiếp định kỳ',
    'Visits at periodic reception',
    'visit',
    'lượt công dân',
    '004: với 786 lượt công dân',
  ),
  reception('byKind.periodic.sessions', 'reception.periodic.sessions', 'Kỳ tiếp công dân định kỳ', 'Periodic sessions', 'session', 'cuộc'),
  reception('byKind.ad_hoc.sessions', 'reception.adHoc.sessions', 'Cuộc tiếp công dân đột xuất', 'Ad hoc sessions', 'session', 'cuộc'),
  reception(
    'byKind.ad_hoc.visits',
    'reception.adHoc.visits',
    'Lượt công dân được tiếp đột xuất',
    'Visits at ad hoc reception',
    'visit',
    'lượt công dân',
  ),
  sum('reception.headVisits', 'Lượt công dân người đứng đầu tiếp', 'Visits received by the head', 'visit', 'lượt công dân', [
    'reception.periodic.visits',
    'reception.adHoc.visits',
  ]),
  reception(
    'total.sessions',
    'reception.sessions',
    'Cuộc tiếp công dân của người đứng đầu',
    'Sessions of the head',
    'session',
    'cuộc',
    '000: tiếp công dân 13 cuộc',
  ),
  reception('total.visits', 'reception.visits', 'Lượt tiếp công dân', 'Visits', 'visit', 'lượt'),
  reception('total.persons', 'reception.persons', 'Người được tiếp', 'Persons received', 'person', 'người'),
  reception('total.matters', 'reception.matters', 'Vụ việc được tiếp', 'Matters received', 'matter', 'vụ việc'),
  reception('total.repeatMatters', 'reception.repeatMatters', 'Vụ việc tiếp nhiều lần', 'Repeat matters', 'matter', 'vụ việc'),
  reception('total.groups', 'reception.groups', 'Đoàn đông người', 'Groups', 'group', 'đoàn'),
  reception('total.groupPersons', 'reception.groupPersons', 'Người trong các đoàn đông người', 'Persons in groups', 'person', 'người'),
  count(
    'reception',
    'answersDue',
    'reception.answersDue',
    'Vụ việc phải trả lời sau tiếp',
    'Answers due after reception',
    'matter',
    'vụ việc',
    {
      legalBasis: `${ltcd}, khoản 1 Điều 28`,
    },
  ),
  count('reception', 'answersLate', 'reception.answersLate', 'Vụ việc trả lời quá hạn', 'Answers late', 'matter', 'vụ việc', {
    legalBasis: `${ltcd}, khoản 1 Điều 28`,
  }),
  count('dialogues', 'held', 'dialogues.held', 'Lượt đối thoại với công dân', 'Dialogues held', 'dialogue', 'lượt', {
    seed: '000: 24 lượt đối thoại trực tiếp',
  }),
  count(
    'dialogues',
    'byHostBody.party_committee',
    'dialogues.partyCommittee',
    'Cuộc đối thoại do cấp ủy chủ trì',
    'Dialogues hosted by the Party committee',
    'dialogue',
    'cuộc',
    {
      legalBasis: 'Quy định 11-QĐi/TW ngày 18/02/2019; Kết luận 215-KL/TW',
      seed: '000: Thường trực Huyện ủy đối thoại 4 cuộc',
    },
  ),
  count(
    'dialogues',
    'byHostBody.peoples_committee',
    'dialogues.peoplesCommittee',
    'Cuộc đối thoại do Ủy ban nhân dân chủ trì',
    'Dialogues hosted by the People’s Committee',
    'dialogue',
    'cuộc',
  ),
  count(
    'dialogues',
    'linkedToPetitions',
    'dialogues.linkedToPetitions',
    'Lượt đối thoại trong giải quyết đơn thư',
    'Dialogues while settling petitions',
    'dialogue',
    'lượt',
    {
      legalBasis: 'Luật Khiếu nại 2011, Điều 30, 39',
      seed: '004: 7 lượt đối thoại với công dân trong quá trình giải quyết đơn thư',
    },
  ),
  count(
    'dialogues',
    'commitments.made',
    'commitments.made',
    'Nội dung cam kết sau đối thoại',
    'Commitments made',
    'commitment',
    'nội dung',
  ),
  count('dialogues', 'commitments.done', 'commitments.done', 'Cam kết đã thực hiện', 'Commitments done', 'commitment', 'nội dung'),
  count('dialogues', 'commitments.overdue', 'commitments.overdue', 'Cam kết quá hạn', 'Commitments overdue', 'commitment', 'nội dung'),
  count('petitions', 'carriedOver', 'petitions.carriedOver', 'Đơn kỳ trước chuyển sang', 'Carried over', 'petition', 'đơn', {
    legalBasis: `${tt06}, biểu XLD01`,
  }),
  count('petitions', 'received', 'petitions.received', 'Đơn tiếp nhận trong kỳ', 'Petitions received', 'petition', 'đơn', {
    legalBasis: `${tt06}, biểu XLD01`,
    seed: '004: tiếp nhận 402 đơn thư',
  }),
  count('petitions', 'total', 'petitions.total', 'Tổng số đơn (kỳ trước chuyển sang và tiếp nhận)', 'Total petitions', 'petition', 'đơn'),
  count('petitions', 'processed', 'petitions.processed', 'Đơn đã xử lý, giải quyết xong', 'Petitions processed', 'petition', 'đơn', {
    legalBasis: `${tt06}, biểu XLD01`,
    seed: '004: đã giải quyết xong 317 đơn',
  }),
  count(
    'petitions',
    'unprocessed',
    'petitions.unprocessed',
    'Đơn chưa xử lý chuyển kỳ sau',
    'Carried to the next period',
    'petition',
    'đơn',
  ),
  count('petitions', 'eligible', 'petitions.eligible', 'Đơn đủ điều kiện xử lý', 'Eligible petitions', 'petition', 'đơn', {
    legalBasis: 'Thông tư 05/2021/TT-TTCP, Điều 6',
    seed: '000: 50 đơn đủ điều kiện giải quyết',
  }),
  count('petitions', 'skippedLevel', 'petitions.skippedLevel', 'Đơn vượt cấp', 'Skipped-level petitions', 'petition', 'đơn', {
    seed: '002: đơn thư vượt cấp hạn chế',
  }),
  count('petitions', 'anonymous', 'petitions.anonymous', 'Đơn không rõ người gửi', 'Anonymous petitions', 'petition', 'đơn'),
  count('petitions', 'duplicates', 'petitions.duplicates', 'Đơn trùng (cùng vụ việc)', 'Repeats of a matter', 'petition', 'đơn'),
  count('petitions', 'byKind.complaint', 'petitions.complaints', 'Đơn khiếu nại', 'Complaints', 'petition', 'đơn khiếu nại', {
    legalBasis: kntc,
  }),
  count('petitions', 'byKind.denunciation', 'petitions.denunciations', 'Đơn tố cáo', 'Denunciations', 'petition', 'đơn tố cáo', {
    legalBasis: kntc,
  }),
  count('petitions', 'byKind.mixed', 'petitions.mixed', 'Đơn có nhiều nội dung chưa tách', 'Mixed petitions not split', 'petition', 'đơn'),
  sum(
    'petitions.complaintsAndDenunciations',
    'Đơn khiếu nại, tố cáo (kể cả đơn nhiều nội dung chưa tách)',
    'Complaints and denunciations',
    'petition',
    'đơn khiếu nại, tố cáo',
    ['petitions.complaints', 'petitions.denunciations', 'petitions.mixed'],
    {
      seed: '000: đơn thư khiếu nại, tố cáo 3 đơn',
    },
  ),
  count(
    'petitions',
    'byKind.recommendation_reflection',
    'petitions.recommendations',
    'Đơn kiến nghị, phản ánh',
    'Recommendations and reflections',
    'petition',
    'đơn kiến nghị, phản ánh',
    {
      seed: '000: 64 đơn đề nghị',
    },
  ),
  ...petitionFields.map((field) =>
    count(
      'petitions',
      `byField.${field}`,
      `petitions.field.${field}`,
      `Đơn lĩnh vực ${petitionFieldLabels[field].vi}`,
      `Petitions: ${petitionFieldLabels[field].en}`,
      'petition',
      'đơn',
      {
        legalBasis: `${tt06}, biểu XLD02–XLD04`,
      },
    ),
  ),
  count('petitions', 'results.accepted', 'petitions.accepted', 'Đơn thụ lý giải quyết', 'Accepted for settlement', 'petition', 'đơn'),
  count('petitions', 'results.guided', 'petitions.guided', 'Đơn hướng dẫn', 'Guided', 'petition', 'đơn'),
  count('petitions', 'results.transferred', 'petitions.transferred', 'Đơn chuyển cơ quan có thẩm quyền', 'Transferred', 'petition', 'đơn'),
  count('petitions', 'results.urged', 'petitions.urged', 'Đơn đã đôn đốc giải quyết', 'Urged', 'petition', 'đơn'),
  count('petitions', 'results.filed', 'petitions.filed', 'Đơn lưu, không xử lý', 'Filed', 'petition', 'đơn'),
  count('settlements', 'total', 'settlements.total', 'Vụ việc khiếu nại, tố cáo phải giải quyết', 'Cases to settle', 'case', 'vụ việc', {
    legalBasis: `${tt06}, biểu KQGQ01–KQGQ02`,
  }),
  count('settlements', 'decided', 'settlements.decided', 'Vụ việc đã giải quyết', 'Cases decided', 'case', 'vụ việc', { legalBasis: kntc }),
  count('settlements', 'onTime', 'settlements.onTime', 'Vụ việc giải quyết đúng hạn', 'Decided on time', 'case', 'vụ việc', {
    legalBasis: kntc,
  }),
  count('settlements', 'late', 'settlements.late', 'Vụ việc giải quyết quá hạn', 'Decided late', 'case', 'vụ việc'),
  count('settlements', 'pending', 'settlements.pending', 'Vụ việc đang giải quyết cuối kỳ', 'Pending at the end', 'case', 'vụ việc'),
  rate(
    'settlements.onTimeRate',
    'Tỷ lệ giải quyết khiếu nại, tố cáo đúng hạn',
    'Settled on time',
    'settlements.onTime',
    'settlements.decided',
  ),
  rate(
    'settlements.decidedRate',
    'Tỷ lệ vụ việc khiếu nại, tố cáo đã giải quyết',
    'Share decided',
    'settlements.decided',
    'settlements.total',
  ),
];
