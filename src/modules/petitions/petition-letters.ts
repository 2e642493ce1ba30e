/**
 * The letters of a petition's handling and settlement, as plain data for the letter renderer:
 * the proposal to accept (Mẫu 01, Circular 05/2021), the guidance (Mẫu 03), the transfer slip
 * (Mẫu 02), the return to the forwarding body, the acceptance notice, the notice to the person
 * denounced (its content only, Law 25/2018 art. 29(3)), and the answer or the result.
 *
 * A letter names the petitioner only where the readers' projection does; a denouncer's name is
 * never printed here: the line is left to fill in by hand by the officer who holds the clearance.
 */
import type { Petition, PetitionKind } from '../../contracts/petitions.js';
import type { Settlement, SettlementResult } from '../../contracts/settlements.js';
import type { Letter } from '../../platform/documents/letter.js';
import { formatDate } from '../../platform/documents/vn-format.js';
import { eligibilityRules } from './eligibility-rules.js';

export const settlementLetters = ['acceptance_notice', 'notice_to_denounced', 'answer'] as const;
export type SettlementLetter = (typeof settlementLetters)[number];

export type Issuer = {
  header: Letter['header'];
  /** "Chủ tịch Ủy ban nhân dân xã Bắc Mê". */
  headOfUnit: string;
  signerTitle: string;
};

const BLANK_NAME = 'Ông/Bà ……………………………………';
const kindWords: Record<PetitionKind, string> = {
  complaint: 'khiếu nại',
  denunciation: 'tố cáo',
  recommendation: 'kiến nghị',
  reflection: 'phản ánh',
  mixed: 'khiếu nại, tố cáo, kiến nghị, phản ánh',
};
const resultWords: Record<SettlementResult, string> = {
  right: 'đúng',
  partly_right: 'đúng một phần',
  wrong: 'sai',
  answered: 'đã được trả lời',
};

const addresseeOf = (petition: Petition) => (petition.petitioner ? `Ông/Bà ${petition.petitioner.fullName}` : BLANK_NAME);
const reference = (petition: Petition) =>
  `đơn ${kindWords[petition.kind]} số ${petition.bookNo}/${petition.year} nhận ngày ${formatDate(petition.receivedAt)}`;
const gist = (petition: Petition) => `Nội dung đơn: ${petition.contentSummary}${/[.!?…]$/.test(petition.contentSummary) ? '' : '.'}`;
const archive = '- Lưu: VT, hồ sơ đơn.';

/**
 * The letter of a petition's handling outcome, or undefined when the outcome has none (filed, not
 * handled yet); after an urging, the letter urging the subordinate.
 */
export function handlingLetter(petition: Petition, issuer: Issuer, lastEvent?: string): Letter | undefined {
  const base = { header: issuer.header, signer: { title: issuer.signerTitle } };
  const number = `……/${petition.year}`;
  if (lastEvent === 'urged')
    return {
      ...base,
      number,
      title: 'CÔNG VĂN',
      subtitle: 'Về việc đôn đốc giải quyết đơn',
      to: [petition.outcomeTo ?? '……'],
      paragraphs: [
        `Ngày ${formatDate(petition.handledAt ?? petition.receivedAt)}, ${issuer.header.agencyName} đã chuyển ${reference(petition)} đến quý cơ quan để giải quyết theo thẩm quyền.`,
        gist(petition),
        `Đến nay, ${issuer.header.agencyName} chưa nhận được báo cáo kết quả giải quyết. Đề nghị quý cơ quan khẩn trương giải quyết và báo cáo kết quả theo quy định (Thông tư 05/2021/TT-TTCP Điều 14 khoản 2).`,
      ],
      copies: ['- Như trên;', archive],
    };
  switch (petition.status) {
    case 'accepted':
      return {
        ...base,
        number,
        title: 'PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN',
        to: [issuer.headOfUnit],
        paragraphs: [
          `Ngày ${formatDate(petition.receivedAt)}, ${issuer.header.agencyName} nhận được ${reference(petition)}.`,
          gist(petition),
          `Qua nghiên cứu, đơn đủ điều kiện xử lý và thuộc thẩm quyền giải quyết của ${issuer.header.agencyName}. Đề nghị thụ lý giải quyết theo quy định của pháp luật.`,
        ],
        copies: ['- Như trên;', archive],
      };
    case 'guided':
      return {
        ...base,
        number,
        title: 'PHIẾU HƯỚNG DẪN',
        subtitle: `Về việc gửi đơn ${kindWords[petition.kind]} đến cơ quan có thẩm quyền`,
        to: [addresseeOf(petition)],
        paragraphs: [
          `${issuer.header.agencyName} nhận được ${reference(petition)}.`,
          gist(petition),
          `Nội dung đơn không thuộc thẩm quyền giải quyết của ${issuer.header.agencyName}. Đề nghị ông/bà gửi đơn đến ${petition.outcomeTo ?? '……'} để được xem xét, giải quyết theo quy định của pháp luật.`,
          'Việc hướng dẫn chỉ thực hiện một lần; đơn cùng nội dung gửi lại sẽ được lưu (Thông tư 07/2014/TT-TTCP Điều 8 khoản 1).',
        ],
        copies: ['- Như trên;', archive],
      };
    case 'transferred':
      return {
        ...base,
        number,
        title: 'PHIẾU CHUYỂN ĐƠN',
        to: [petition.outcomeTo ?? '……'],
        paragraphs: [
          `Ngày ${formatDate(petition.receivedAt)}, ${issuer.header.agencyName} nhận được ${reference(petition)}.`,
          gist(petition),
          `Căn cứ quy định của pháp luật, ${issuer.header.agencyName} chuyển đơn đến ${petition.outcomeTo ?? '……'} để xem xét, giải quyết theo thẩm quyền.`,
          ...(petition.isIdentityProtected
            ? ['Thông tin về người tố cáo phải được giữ bí mật theo Điều 47, Điều 56 Luật Tố cáo 2018.']
            : []),
        ],
        copies: ['- Như trên;', ...(petition.isIdentityProtected ? [] : [`- ${addresseeOf(petition)} (để biết);`]), archive],
      };
    case 'referred':
      return {
        ...base,
        number,
        title: 'PHIẾU CHUYỂN THÔNG TIN',
        subtitle: 'Để thanh tra, kiểm tra theo quy định',
        to: [petition.outcomeTo ?? '……'],
        paragraphs: [
          `Ngày ${formatDate(petition.receivedAt)}, ${issuer.header.agencyName} nhận được thông tin tố cáo không rõ họ tên, địa chỉ người tố cáo.`,
          gist(petition),
          `Thông tin có nội dung rõ ràng, tài liệu, chứng cứ cụ thể về hành vi vi phạm pháp luật; ${issuer.header.agencyName} chuyển đến ${petition.outcomeTo ?? '……'} để thanh tra, kiểm tra theo thẩm quyền (Luật Tố cáo 2018 Điều 25).`,
        ],
        copies: ['- Như trên;', archive],
      };
    case 'filed': {
      // A complaint not accepted: the complainant is told why (Law on Complaints 2011 arts. 11, 27).
      const classification = petition.classification;
      if (petition.kind !== 'complaint' || !classification || classification.isEligible || petition.isAnonymous) return undefined;
      return {
        ...base,
        number,
        title: 'THÔNG BÁO',
        subtitle: 'Về việc không thụ lý giải quyết khiếu nại',
        to: [addresseeOf(petition)],
        paragraphs: [
          `Ngày ${formatDate(petition.receivedAt)}, ${issuer.header.agencyName} nhận được ${reference(petition)}.`,
          gist(petition),
          `Qua xem xét, khiếu nại không đủ điều kiện thụ lý giải quyết vì lý do sau: ${classification.reasons
            .map((reason) => `${eligibilityRules[reason].text.vi.replace(/\.$/, '')} (${eligibilityRules[reason].legalBasis})`)
            .join('; ')}.`,
          `${issuer.header.agencyName} thông báo để ông/bà biết (Luật Khiếu nại 2011 Điều 11, Điều 27).`,
        ],
        copies: ['- Như trên;', '- Thanh tra cùng cấp;', archive],
      };
    }
    case 'returned':
      return {
        ...base,
        number,
        title: 'CÔNG VĂN',
        subtitle: 'Về việc trả lại đơn',
        to: [petition.forwardedBy ?? '……'],
        paragraphs: [
          `${issuer.header.agencyName} nhận được ${reference(petition)} do quý cơ quan chuyển đến${petition.forwardLetterRef ? ` (văn bản số ${petition.forwardLetterRef})` : ''}.`,
          gist(petition),
          `Đơn không thuộc thẩm quyền giải quyết của ${issuer.header.agencyName}, ${issuer.header.agencyName} trả lại đơn để quý cơ quan xử lý theo quy định.`,
        ],
        copies: ['- Như trên;', archive],
      };
    default:
      return undefined;
  }
}

/** A settlement's letter, or undefined when it does not apply (the notice to the denounced of a complaint, an answer not decided). */
export function settlementLetter(which: SettlementLetter, petition: Petition, settlement: Settlement, issuer: Issuer): Letter | undefined {
  const base = { header: issuer.header, signer: { title: issuer.signerTitle }, number: `……/${petition.year}` };
  const what = kindWords[petition.kind];
  const due = settlement.dueAt ? formatDate(settlement.dueAt) : '……';
  switch (which) {
    case 'acceptance_notice':
      return {
        ...base,
        title: 'THÔNG BÁO',
        subtitle: `Về việc thụ lý giải quyết ${what}`,
        to: [addresseeOf(petition)],
        paragraphs: [
          `Ngày ${formatDate(petition.receivedAt)}, ${issuer.header.agencyName} nhận được ${reference(petition)}.`,
          gist(petition),
          `Ngày ${formatDate(settlement.acceptedAt)}, ${issuer.header.agencyName} đã thụ lý giải quyết (${settlement.decisionRef}). Thời hạn giải quyết đến ngày ${due}.`,
          `${issuer.header.agencyName} thông báo để ông/bà biết.`,
        ],
        copies: ['- Như trên;', '- Thanh tra cùng cấp;', archive],
      };
    case 'notice_to_denounced':
      if (settlement.kind !== 'denunciation') return undefined;
      return {
        ...base,
        title: 'THÔNG BÁO',
        subtitle: 'Về nội dung tố cáo',
        to: ['Người bị tố cáo ……………………………………'],
        paragraphs: [
          `Ngày ${formatDate(settlement.acceptedAt)}, ${issuer.header.agencyName} đã thụ lý giải quyết tố cáo (${settlement.decisionRef}).`,
          gist(petition),
          `Đề nghị người bị tố cáo giải trình bằng văn bản và cung cấp thông tin, tài liệu liên quan. Thời hạn giải quyết tố cáo đến ngày ${due}.`,
        ],
        copies: ['- Như trên;', archive],
      };
    case 'answer':
      if (settlement.status !== 'decided' || !settlement.result) return undefined;
      return {
        ...base,
        title: settlement.kind === 'recommendation' ? 'VĂN BẢN TRẢ LỜI' : 'THÔNG BÁO',
        subtitle: settlement.kind === 'recommendation' ? `Về việc trả lời đơn ${what}` : `Về kết quả giải quyết ${what}`,
        to: [addresseeOf(petition)],
        paragraphs: [
          `${issuer.header.agencyName} nhận được ${reference(petition)}.`,
          gist(petition),
          settlement.kind === 'recommendation'
            ? (settlement.answer ?? '')
            : `Kết quả giải quyết: nội dung ${what} ${resultWords[settlement.result]}. ${settlement.answer ?? ''}`,
          `${issuer.header.agencyName} trả lời để ông/bà biết.`,
        ],
        copies: ['- Như trên;', archive],
      };
  }
}
