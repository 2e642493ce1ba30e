import { defineErrors } from '../../platform/errors/errors.js';

/** Errors of grassroots democracy: disclosures, resident decisions, consultations, conferences, supervision. */
export const DemocracyError = defineErrors({
  NOT_A_COMMUNE: {
    status: 409,
    title: { vi: 'Không phải xã, phường, đặc khu', en: 'Not a commune, ward or special zone' },
    detail: { vi: 'Việc công khai và lấy ý kiến do cấp xã thực hiện.', en: 'Disclosures and consultations are the commune’s.' },
  },
  DISCLOSURE_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy nội dung công khai', en: 'Disclosure not found' } },
  CHANNEL_NOT_OPEN: {
    status: 409,
    title: { vi: 'Hình thức công khai không có hoặc đã kết thúc', en: 'No such channel running' },
  },
  CHANNEL_BEFORE_DOCUMENT: {
    status: 409,
    title: { vi: 'Công khai trước ngày của văn bản', en: 'Disclosed before the document' },
    detail: {
      vi: 'Ngày bắt đầu công khai không được trước ngày văn bản ({documentDate}).',
      en: 'A channel cannot start before the document ({documentDate}).',
    },
  },
  MATTER_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy nội dung Nhân dân quyết định', en: 'Resident matter not found' } },
  COMMUNE_WIDE_ITEM: {
    status: 409,
    title: { vi: 'Chỉ nội dung 1–2 được quyết định trên phạm vi toàn xã', en: 'Only items 1–2 are decided commune-wide' },
    detail: {
      vi: 'Nội dung toàn xã được thông qua khi trên 2/3 số thôn, tổ dân phố tán thành (khoản 1 Điều 21).',
      en: 'A commune-wide item passes when two thirds of the villages approve (art. 21(1)).',
    },
  },
  VILLAGE_NOT_IN_SCOPE: {
    status: 409,
    title: { vi: 'Thôn không thuộc phạm vi của nội dung', en: 'The village is not within the matter’s scope' },
  },
  INITIATIVE_SHORT: {
    status: 409,
    title: { vi: 'Sáng kiến chưa đủ 10% số hộ đồng ý còn hiệu lực', en: 'The initiative lacks 10% of households’ valid consent' },
    detail: {
      vi: 'Có {valid}/{needed} hộ đồng ý trong 3 tháng đến ngày biểu quyết ({households} hộ; khoản 3 Điều 16).',
      en: '{valid} of the {needed} households needed consented within the 3 months before the vote ({households} households; art. 16(3)).',
    },
  },
  FORM_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Hình thức biểu quyết không phù hợp', en: 'This form of decision is not allowed' },
    detail: {
      vi: 'Nội dung 3–5 quyết định tại cuộc họp; phát phiếu đến hộ chỉ sau cuộc họp không đạt (Điều 17, 19).',
      en: 'Items 3–5 are decided at a meeting; a household ballot follows only a meeting that fell short (arts. 17, 19).',
    },
  },
  ALREADY_DECIDED: {
    status: 409,
    title: { vi: 'Thôn đã có kết quả biểu quyết cuối cùng', en: 'The village has already decided' },
  },
  CLUSTERS_NOT_ALLOWED: {
    status: 409,
    title: { vi: 'Họp theo cụm chỉ khi thôn có từ 200 hộ', en: 'Cluster meetings only in villages of 200 households or more' },
    detail: { vi: 'Thôn có {households} hộ (khoản 3 Điều 18).', en: 'The village has {households} households (art. 18(3)).' },
  },
  VOTE_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy kết quả biểu quyết', en: 'Vote not found' } },
  DOCUMENT_MISSING: {
    status: 409,
    title: { vi: 'Chưa gửi biên bản (văn bản) kết quả', en: 'The decision document has not been sent' },
  },
  NOT_FINAL: {
    status: 409,
    title: { vi: 'Chưa có kết quả được thông qua', en: 'No decision passed' },
    detail: {
      vi: 'Biên bản ghi kết quả cuối cùng (thông qua, hoặc không thông qua sau khi phát phiếu); chỉ công nhận quyết định đã được thông qua.',
      en: 'The document records a final result (passed, or not passed at the ballot); only a decision that passed is recognised.',
    },
  },
  ALREADY_RECOGNISED: { status: 409, title: { vi: 'Đã có quyết định công nhận hoặc từ chối', en: 'Already recognised or refused' } },
  ANSWERED: { status: 409, title: { vi: 'Đã ghi nhận trước đó', en: 'Already recorded' } },
  RECOGNITION_NOT_NEEDED: {
    status: 409,
    title: { vi: 'Chỉ nội dung 3–5 cần công nhận', en: 'Only items 3–5 are recognised' },
  },
  CONSULTATION_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy nội dung lấy ý kiến', en: 'Consultation not found' } },
  FINDING_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy kiến nghị giám sát', en: 'Finding not found' } },
  FINDING_CLOSED: { status: 409, title: { vi: 'Kiến nghị đã kết thúc theo dõi', en: 'The finding is closed' } },
  CONFERENCE_HELD: {
    status: 409,
    title: { vi: 'Thôn đã tổ chức hội nghị cuối năm của năm này', en: 'The village already held this year’s conference' },
  },
});
