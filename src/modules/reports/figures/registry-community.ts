/** Mediation, legal aid, "Dân vận khéo" models and grassroots democracy (seeds 000, 002, 004). */
import { count, rate, type FigureDefinition } from './definition.js';

const hgcs = 'Luật Hòa giải ở cơ sở 2013';
const tgpl = 'Luật Trợ giúp pháp lý 2017; Thông tư 12/2018/TT-BTP';
const dcs = 'Luật Thực hiện dân chủ ở cơ sở 2022';

export const communityFigures: FigureDefinition[] = [
  count('mediation', 'teams', 'mediation.teams', 'Tổ hòa giải ở cơ sở', 'Mediation teams', 'team', 'tổ hòa giải', {
    legalBasis: `${hgcs}, Điều 12`,
    seed: '004: 183 tổ hòa giải cơ sở',
  }),
  count('mediation', 'mediators', 'mediation.mediators', 'Hòa giải viên', 'Mediators', 'member', 'tổ viên', {
    legalBasis: `${hgcs}, Điều 7–8`,
    seed: '004: 1.333 tổ viên',
  }),
  count('mediation', 'women', 'mediation.women', 'Hòa giải viên nữ', 'Women mediators', 'member', 'tổ viên'),
  count('mediation', 'received', 'mediation.received', 'Vụ việc hòa giải tiếp nhận', 'Mediation cases received', 'case', 'vụ việc', {
    legalBasis: `${hgcs}, Điều 20`,
  }),
  count(
    'mediation',
    'referred',
    'mediation.referred',
    'Vụ việc chuyển cơ quan có thẩm quyền',
    'Cases referred out of scope',
    'case',
    'vụ việc',
    { legalBasis: `${hgcs}, Điều 3` },
  ),
  count('mediation', 'mediated', 'mediation.mediated', 'Vụ việc đưa ra hòa giải', 'Cases mediated', 'case', 'vụ', { seed: '004: 118 vụ' }),
  count('mediation', 'success', 'mediation.success', 'Vụ việc hòa giải thành', 'Mediated successfully', 'case', 'vụ', {
    seed: '004: hòa giải thành công 96 vụ',
  }),
  count('mediation', 'failure', 'mediation.failure', 'Vụ việc hòa giải không thành', 'Mediation failed', 'case', 'vụ'),
  count('mediation', 'stopped', 'mediation.stopped', 'Vụ việc dừng hòa giải', 'Mediation stopped', 'case', 'vụ'),
  count('mediation', 'inProgress', 'mediation.inProgress', 'Vụ việc đang hòa giải cuối kỳ', 'In mediation at the end', 'case', 'vụ'),
  rate('mediation.successRate', 'Tỷ lệ hòa giải thành', 'Mediation success rate', 'mediation.success', 'mediation.mediated', {
    seed: '004: 96/118 vụ, đạt 85% (đúng là 81,4%)',
  }),
  count('legalAid', 'opened', 'legalAid.opened', 'Vụ việc trợ giúp pháp lý', 'Legal-aid cases opened', 'case', 'trường hợp', {
    legalBasis: tgpl,
    seed: '000: trợ giúp pháp lý cho 19 trường hợp',
  }),
  count(
    'legalAid',
    'referred',
    'legalAid.referred',
    'Vụ việc trợ giúp pháp lý được giới thiệu',
    'Legal aid referred from the platform',
    'case',
    'trường hợp',
  ),
  count('legalAid', 'completed', 'legalAid.completed', 'Vụ việc trợ giúp pháp lý kết thúc', 'Legal aid completed', 'case', 'vụ việc', {
    legalBasis: tgpl,
  }),
  count('legalAid', 'stopped', 'legalAid.stopped', 'Vụ việc trợ giúp pháp lý dừng', 'Legal aid stopped', 'case', 'vụ việc', {
    legalBasis: 'Luật Trợ giúp pháp lý 2017, Điều 36',
  }),
  count('legalAid', 'refused', 'legalAid.refused', 'Yêu cầu trợ giúp pháp lý bị từ chối', 'Legal-aid requests refused', 'case', 'yêu cầu', {
    legalBasis: 'Luật Trợ giúp pháp lý 2017, Điều 30',
  }),
  count('legalAid', 'assignedLate', 'legalAid.assignedLate', 'Vụ việc phân công quá hạn', 'Assigned late', 'case', 'vụ việc'),
  count('models', 'registered', 'models.registered', 'Mô hình "Dân vận khéo" đăng ký', 'Models registered', 'model', 'mô hình', {
    legalBasis: 'Quy định 23-QĐ/TW, Kết luận 114-KL/TW (phong trào thi đua "Dân vận khéo")',
  }),
  count(
    'models',
    'byLevel.province',
    'models.province',
    'Mô hình "Dân vận khéo" cấp tỉnh, thành phố',
    'Province-level models',
    'model',
    'mô hình',
    {
      seed: '004: 5 mô hình Dân vận khéo cấp thành phố',
    },
  ),
  count('models', 'byLevel.district', 'models.district', 'Mô hình "Dân vận khéo" cấp huyện', 'District-level models', 'model', 'mô hình', {
    seed: '004: 137 mô hình cấp huyện',
  }),
  count('models', 'byLevel.grassroots', 'models.grassroots', 'Mô hình "Dân vận khéo" cấp cơ sở', 'Grassroots models', 'model', 'mô hình', {
    seed: '004: 259 mô hình cấp cơ sở',
  }),
  count('models', 'replicated', 'models.replicated', 'Mô hình được nhân rộng', 'Models replicated', 'model', 'mô hình'),
  count('models', 'contests', 'models.contests', 'Cuộc thi', 'Contests', 'contest', 'cuộc thi'),
  count('models', 'entries', 'models.entries', 'Bài dự thi', 'Contest entries', 'entry', 'bài dự thi', { seed: '004: 384 bài dự thi' }),
  count('democracy', 'disclosuresDue', 'democracy.disclosuresDue', 'Nội dung phải công khai', 'Disclosures due', 'disclosure', 'nội dung', {
    legalBasis: `${dcs}, Điều 11–13`,
  }),
  count(
    'democracy',
    'disclosedOnTime',
    'democracy.disclosedOnTime',
    'Nội dung công khai đúng hạn',
    'Disclosed on time',
    'disclosure',
    'nội dung',
    { legalBasis: `${dcs}, Điều 13` },
  ),
  count('democracy', 'disclosedLate', 'democracy.disclosedLate', 'Nội dung công khai chậm', 'Disclosed late', 'disclosure', 'nội dung'),
  count('democracy', 'notDisclosed', 'democracy.notDisclosed', 'Nội dung chưa công khai', 'Not disclosed', 'disclosure', 'nội dung'),
  rate(
    'democracy.disclosedOnTimeRate',
    'Tỷ lệ công khai đúng hạn',
    'Disclosed on time',
    'democracy.disclosedOnTime',
    'democracy.disclosuresDue',
  ),
  count(
    'democracy',
    'mattersProposed',
    'democracy.mattersProposed',
    'Nội dung Nhân dân bàn và quyết định',
    'Matters put to residents',
    'matter',
    'nội dung',
    { legalBasis: `${dcs}, Điều 15` },
  ),
  count(
    'democracy',
    'consultations',
    'democracy.consultations',
    'Nội dung lấy ý kiến Nhân dân',
    'Consultations',
    'consultation',
    'nội dung',
    { legalBasis: `${dcs}, Điều 25` },
  ),
  count(
    'democracy',
    'conferences',
    'democracy.conferences',
    'Hội nghị thôn, tổ dân phố cuối năm',
    'Year-end conferences',
    'conference',
    'hội nghị',
    { legalBasis: `${dcs}, Điều 33` },
  ),
  count(
    'democracy',
    'findings',
    'democracy.findings',
    'Kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng',
    'Supervision findings',
    'finding',
    'kiến nghị',
    {
      legalBasis: `${dcs}, Chương V`,
      seed: '002: Ban Thanh tra nhân dân, Ban Giám sát cộng đồng',
    },
  ),
  count(
    'democracy',
    'findingsPeopleInspection',
    'democracy.findingsPeopleInspection',
    'Kiến nghị của Ban Thanh tra nhân dân',
    'People’s Inspection Board findings',
    'finding',
    'kiến nghị',
  ),
  count(
    'democracy',
    'findingsInvestmentSupervision',
    'democracy.findingsInvestmentSupervision',
    'Kiến nghị của Ban Giám sát đầu tư của cộng đồng',
    'Investment supervision findings',
    'finding',
    'kiến nghị',
  ),
  count(
    'democracy',
    'findingsAnswered',
    'democracy.findingsAnswered',
    'Kiến nghị đã được trả lời',
    'Findings answered',
    'finding',
    'kiến nghị',
  ),
];
