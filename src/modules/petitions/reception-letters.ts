/**
 * The papers of reception and dialogue, as plain data for the letter renderer: the notice refusing
 * to receive a citizen (Mẫu 01/TCD, NĐ 154/2026 🟡, with its reason of art. 9), the receipt for the
 * documents handed over (Mẫu 02/TCD 🟡), the written invitation to a dialogue (Law 02/2011 art.
 * 30(2)) and its minutes (art. 30(4); TT 07/2013 art. 21). A protected visit's citizen is not printed:
 * the line is left to fill in by hand.
 */
import type { Dialogue } from '../../contracts/dialogues.js';
import type { RefusalReason, Visit } from '../../contracts/reception.js';
import type { Letter } from '../../platform/documents/letter.js';
import { formatDate, formatTime } from '../../platform/documents/vn-format.js';
import type { Issuer } from './petition-letters.js';

export const visitLetters = ['refusal_notice', 'receipt'] as const;
export type VisitLetter = (typeof visitLetters)[number];

const BLANK_NAME = 'Ông/Bà ……………………………………';
const archive = '- Lưu: VT, sổ tiếp công dân.';

export const refusalReasonWords: Record<RefusalReason, string> = {
  intoxicated_or_incapable:
    'người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, khả năng điều khiển hành vi của mình (khoản 1 Điều 9 Luật Tiếp công dân)',
  threatening_or_disorderly:
    'người có hành vi đe dọa, xúc phạm cơ quan, tổ chức, đơn vị, người tiếp công dân, người thi hành công vụ hoặc có hành vi khác vi phạm nội quy nơi tiếp công dân (khoản 2 Điều 9)',
  settled_case_persisting:
    'người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ quan nhà nước có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài (khoản 3 Điều 9)',
  weapons_or_dangerous_items:
    'người mang theo vũ khí, vật liệu nổ, chất cháy hoặc vật dụng nguy hiểm khác (Nghị định 154/2026/NĐ-CP, Điều 4)',
  refused_security_check: 'người không chấp hành việc kiểm tra an ninh tại nơi tiếp công dân (Nghị định 154/2026/NĐ-CP, Điều 4)',
  recording_when_forbidden: 'người ghi âm, ghi hình, phát trực tiếp khi không được phép (Nghị định 154/2026/NĐ-CP, Điều 4)',
  no_representative_authority:
    'người đại diện không xuất trình được giấy tờ chứng minh việc đại diện hợp pháp (Nghị định 154/2026/NĐ-CP, Điều 4)',
  outside_scope: 'nội dung không thuộc khiếu nại, tố cáo, kiến nghị, phản ánh (Nghị định 154/2026/NĐ-CP, Điều 4)',
  final_court_judgment: 'vụ việc đã có bản án, quyết định của Tòa án có hiệu lực pháp luật (Nghị định 154/2026/NĐ-CP, Điều 4)',
  handled_by_another_body: 'vụ việc đang được cơ quan có thẩm quyền khác giải quyết (Nghị định 154/2026/NĐ-CP, Điều 4)',
  other_by_law: 'trường hợp khác theo quy định của pháp luật (khoản 4 Điều 9)',
};

const citizenOf = (visit: Visit) => {
  const first = visit.citizens?.[0];
  return first ? `Ông/Bà ${first.fullName}${first.address ? `, địa chỉ: ${first.address}` : ''}` : BLANK_NAME;
};

/** The notice refusing reception, or the receipt of the documents handed over; undefined when the visit has none. */
export function visitLetter(visit: Visit, letter: VisitLetter, issuer: Issuer): Letter | undefined {
  const base = { header: issuer.header, signer: { title: issuer.signerTitle }, number: `……/${visit.year}` };
  if (letter === 'refusal_notice') {
    if (visit.outcome !== 'refused' || !visit.refusalReason) return undefined;
    return {
      ...base,
      title: 'THÔNG BÁO',
      subtitle: 'Về việc từ chối tiếp công dân',
      to: [citizenOf(visit)],
      paragraphs: [
        `Ngày ${formatDate(visit.visitedAt)}, ${citizenOf(visit)} đến ${issuer.header.agencyName} (số vào sổ tiếp công dân ${visit.entryNo}/${visit.year}).`,
        `Căn cứ Điều 9 Luật Tiếp công dân năm 2013, ${issuer.headOfUnit} thông báo từ chối tiếp công dân vì lý do: ${refusalReasonWords[visit.refusalReason]}.`,
        'Công dân có trách nhiệm chấp hành nội quy nơi tiếp công dân và quy định của pháp luật.',
      ],
      copies: ['- Như trên;', archive],
    };
  }
  if (visit.documents.length === 0) return undefined;
  return {
    ...base,
    title: 'GIẤY BIÊN NHẬN',
    subtitle: 'Thông tin, tài liệu, bằng chứng',
    to: [citizenOf(visit)],
    paragraphs: [
      `Hồi ${formatTime(visit.visitedAt)}, ${issuer.header.agencyName} đã nhận của ${citizenOf(visit)} (số vào sổ tiếp công dân ${visit.entryNo}/${visit.year}) các thông tin, tài liệu sau:`,
      ...visit.documents.map((document, index) => `${index + 1}. ${document}.`),
      `Người tiếp công dân: ${visit.officerName}. Giấy biên nhận được lập thành 02 bản, mỗi bên giữ 01 bản.`,
    ],
    copies: ['- Công dân;', archive],
  };
}

const kindWords: Record<Dialogue['kind'], string> = {
  complaint_case: 'đối thoại trong quá trình giải quyết khiếu nại',
  annual_conference: 'hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân với Nhân dân',
  party_head: 'đối thoại trực tiếp của người đứng đầu cấp ủy với Nhân dân',
  thematic: 'đối thoại chuyên đề',
};

/** The written invitation (time, place, content) or the minutes once the dialogue was held or ended by an absence. */
export function dialogueLetter(dialogue: Dialogue, letter: 'invitation' | 'minutes', issuer: Issuer): Letter | undefined {
  const base = { header: issuer.header, signer: { title: issuer.signerTitle }, number: `……/${dialogue.plannedAt.slice(0, 4)}` };
  const when = formatTime(dialogue.heldAt ?? dialogue.plannedAt);
  if (letter === 'invitation') {
    return {
      ...base,
      title: 'GIẤY MỜI',
      subtitle: `Về việc ${kindWords[dialogue.kind]}`,
      to: ['Các thành phần theo danh sách kèm theo'],
      paragraphs: [
        `${issuer.headOfUnit} trân trọng kính mời tham dự ${kindWords[dialogue.kind]}: ${dialogue.title}.`,
        `Thời gian: ${when}. Địa điểm: ${dialogue.place}${dialogue.form === 'online' ? ' (trực tuyến)' : ''}.`,
        ...(dialogue.coHost ? [`Phối hợp tổ chức: ${dialogue.coHost}.`] : []),
        'Đề nghị các thành phần được mời tham dự đúng thời gian, địa điểm; trường hợp không tham dự được xin báo lại trước.',
      ],
      copies: ['- Như trên;', '- Lưu: VT.'],
    };
  }
  if (dialogue.status === 'held') {
    return {
      ...base,
      title: 'BIÊN BẢN',
      subtitle: `${kindWords[dialogue.kind][0]!.toUpperCase()}${kindWords[dialogue.kind].slice(1)}`,
      to: [],
      paragraphs: [
        `Hồi ${when}, tại ${dialogue.place}, ${dialogue.hostName} chủ trì ${kindWords[dialogue.kind]}: ${dialogue.title}.`,
        `Số người tham dự: ${dialogue.attendeesCount ?? '…'}. Thành phần và ý kiến:`,
        ...dialogue.participants.map(
          (p, index) =>
            `${index + 1}. ${p.name} (${p.role})${p.opinion ? `: ${p.opinion}` : ''}${p.signed ? '' : ` — không ký biên bản, lý do: ${p.refusalReason ?? '…'}`}.`,
        ),
        `Kết quả đối thoại, những nội dung đã thống nhất: ${dialogue.agreed ?? ''}`,
        ...(dialogue.differences ? [`Những nội dung còn ý kiến khác nhau: ${dialogue.differences}`] : []),
        `Biên bản được lập thành ${dialogue.copies ?? 3} bản, đã đọc lại cho những người tham gia nghe và ký tên hoặc điểm chỉ.`,
      ],
      copies: ['- Người tham gia đối thoại;', '- Lưu: VT, hồ sơ.'],
    };
  }
  if (dialogue.status === 'ended_absent' && dialogue.absence) {
    return {
      ...base,
      title: 'BIÊN BẢN',
      subtitle: 'Về việc người khiếu nại vắng mặt',
      to: [],
      paragraphs: [
        `Hồi ${when}, tại ${dialogue.place}, ${dialogue.hostName} tổ chức đối thoại: ${dialogue.title}.`,
        `Người khiếu nại đã được mời ${dialogue.absence.notices} lần bằng văn bản nhưng không có mặt${dialogue.absence.goodReason ? ' (có lý do chính đáng)' : ' và không có lý do chính đáng'}.`,
        dialogue.absence.settlementContinues
          ? `Căn cứ ${dialogue.absence.basis}: kết thúc đối thoại, tiếp tục giải quyết khiếu nại theo quy định.`
          : `Căn cứ ${dialogue.absence.basis}: tổ chức lại đối thoại.`,
      ],
      copies: ['- Lưu: VT, hồ sơ.'],
    };
  }
  return undefined;
}
