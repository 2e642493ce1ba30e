import { defineErrors } from '../../platform/errors/errors.js';

export const CommunityError = defineErrors({
  NOT_A_VILLAGE: {
    status: 409,
    title: { vi: 'Không phải thôn, tổ dân phố', en: 'Not a village or residential group' },
    detail: { vi: 'Số hộ và tổ hòa giải thuộc thôn, tổ dân phố.', en: 'Households and mediation teams belong to a village.' },
  },
  HOUSEHOLDS_UNKNOWN: {
    status: 409,
    title: { vi: 'Chưa có số hộ của thôn tại ngày này', en: 'The village’s households on that day are not recorded' },
    detail: {
      vi: 'Ghi số hộ gia đình của thôn (có hiệu lực từ ngày nào) trước.',
      en: 'Record the village’s households (as of a date) first.',
    },
  },
  MEDIATOR_NOT_ELECTED: {
    status: 409,
    title: { vi: 'Chưa đủ số phiếu bầu hòa giải viên', en: 'Not elected' },
    detail: {
      vi: 'Cần trên một nửa số đại diện hộ gia đình của thôn: {needed} trên {households} hộ (Luật Hòa giải ở cơ sở, khoản 3 Điều 8).',
      en: 'More than half of the village’s households are needed: {needed} of {households} (Law 35/2013 art. 8(3)).',
    },
  },
  TEAM_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy tổ hòa giải', en: 'Mediation team not found' } },
  MEDIATOR_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy hòa giải viên', en: 'Mediator not found' } },
  MEDIATOR_NOT_IN_TEAM: {
    status: 409,
    title: { vi: 'Hòa giải viên không thuộc tổ hoặc đã thôi làm hòa giải viên', en: 'Not a serving mediator of the team' },
  },
  MEDIATOR_CONFLICT: {
    status: 409,
    title: { vi: 'Hòa giải viên là một bên của vụ việc', en: 'The mediator is a party to the case' },
    detail: {
      vi: 'Hòa giải viên có quyền, lợi ích liên quan không được hòa giải vụ việc (Điều 18).',
      en: 'A mediator with an interest in the case may not mediate it (art. 18).',
    },
  },
  MODEL_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy mô hình', en: 'Model not found' } },
  CONTEST_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy cuộc thi', en: 'Contest not found' } },
  LEVEL_ABOLISHED: {
    status: 409,
    title: { vi: 'Cấp huyện đã kết thúc hoạt động từ 01/7/2025', en: 'The district level ended on 1 July 2025' },
    detail: {
      vi: 'Công nhận cấp huyện chỉ ghi cho quyết định trước ngày 01/7/2025.',
      en: 'District recognition is recorded only for decisions before 1 July 2025.',
    },
  },
  CASE_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy vụ việc hòa giải', en: 'Mediation case not found' } },
  CASE_STEP_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Không thực hiện được với vụ việc ở trạng thái này', en: 'Not allowed in the case’s status' },
  },
  ALREADY_HANDED_ON: {
    status: 409,
    title: { vi: 'Vụ việc đã được chuyển tiếp', en: 'The case has already been handed on' },
    detail: {
      vi: 'Mỗi vụ việc chỉ chuyển tiếp một lần; xem nơi đã chuyển trên vụ việc.',
      en: 'A case is handed on once; see where it went on the case.',
    },
  },
  NOT_A_LAND_DISPUTE: {
    status: 409,
    title: { vi: 'Không phải tranh chấp đất đai', en: 'Not a land dispute' },
    detail: {
      vi: 'Chỉ vụ việc lĩnh vực đất đai mới đề nghị UBND xã hòa giải tranh chấp đất đai.',
      en: 'Only a land case goes to the commune’s land-dispute mediation.',
    },
  },
  NOT_A_SUCCESSOR: {
    status: 409,
    title: { vi: 'Thôn này không kế thừa thôn của tổ', en: 'Not the village that continues the team’s' },
    detail: {
      vi: 'Tổ hòa giải chỉ chuyển sang thôn được hợp nhất từ thôn của tổ (ghi việc sáp nhập thôn trước).',
      en: 'A team moves only to the village its own was merged into (record the merger first).',
    },
  },
  NOT_URGENT: {
    status: 409,
    title: { vi: 'Thời hạn chưa dưới 5 ngày làm việc', en: 'The deadline is not under 5 working days away' },
    detail: {
      vi: 'Thụ lý ngay khi thời hiệu hoặc phiên tòa còn dưới 5 ngày làm việc: {deadlineOn} phải trước {fiveDaysOn} (Thông tư 12/2018/TT-BTP, khoản 1 Điều 6).',
      en: 'Accepted at once when the limitation or the hearing is under 5 working days away: {deadlineOn} must be before {fiveDaysOn} (TT 12/2018 art. 6(1)).',
    },
  },
});
