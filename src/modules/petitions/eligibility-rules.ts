/**
 * The classification rules an officer checks a petition against (legal-rules §6.1–6.3): each
 * reason a petition is not handled, with its legal basis and how sure we are of it, and the
 * suggestions for one petition with the rule behind each, so the officer sees why.
 */
import type { ClassificationFacts, IneligibilityReason, PetitionKind } from '../../contracts/petitions.js';
import type { Text } from '../../platform/i18n/locale.js';
import { todayInVietnam, vietnamInstant } from '../../platform/time/vietnam-time.js';
import type { WorkingCalendar } from '../calendar/index.js';
import { findClockRule, type RuleConfidence } from './clock-rules.js';
import { explainPetitionDue } from './explain-due.js';

type EligibilityRule = { text: Text; legalBasis: string; confidence: RuleConfidence };

export const eligibilityRules: Record<IneligibilityReason, EligibilityRule> = {
  missing_identity: {
    text: {
      vi: 'Đơn không ghi họ tên, địa chỉ, chữ ký (điểm chỉ) của người viết đơn.',
      en: 'The petition has no name, address or signature.',
    },
    legalBasis: 'Thông tư 07/2014/TT-TTCP Điều 6; Luật Khiếu nại 2011 Điều 11 (đơn không có chữ ký)',
    confidence: 'confirmed',
  },
  missing_content: {
    text: { vi: 'Đơn không nêu rõ nội dung, lý do, yêu cầu.', en: 'The petition does not state its content, reasons and request.' },
    legalBasis: 'Thông tư 07/2014/TT-TTCP Điều 6',
    confidence: 'confirmed',
  },
  not_vietnamese: {
    text: {
      vi: 'Đơn không viết bằng tiếng Việt và không có bản dịch công chứng.',
      en: 'Not in Vietnamese, without a notarised translation.',
    },
    legalBasis: 'Thông tư 05/2021/TT-TTCP (theo nguồn thứ cấp)',
    confidence: 'reported',
  },
  illegible: {
    text: { vi: 'Đơn bị rách, không đọc được.', en: 'The petition is torn or illegible.' },
    legalBasis: 'Thông tư 05/2021/TT-TTCP (theo nguồn thứ cấp)',
    confidence: 'reported',
  },
  sent_to_several_bodies: {
    text: {
      vi: 'Đơn gửi đồng thời nhiều cơ quan, trong đó có cơ quan có thẩm quyền: cơ quan không có thẩm quyền không xử lý.',
      en: 'Sent to several bodies including the competent one: the others do not handle it.',
    },
    legalBasis: 'Luật Tố cáo 2018 Điều 24 khoản 3; Thông tư 07/2014/TT-TTCP Điều 6',
    confidence: 'confirmed',
  },
  already_guided: {
    text: {
      vi: 'Cùng nội dung đã được hướng dẫn một lần: không hướng dẫn lại.',
      en: 'Already guided once on the same content: not guided again.',
    },
    legalBasis: 'Thông tư 07/2014/TT-TTCP Điều 8 khoản 1',
    confidence: 'confirmed',
  },
  time_barred: {
    text: { vi: 'Hết thời hiệu khiếu nại.', en: 'The time limit to complain has passed.' },
    legalBasis: 'Luật Khiếu nại 2011 Điều 9, Điều 11',
    confidence: 'confirmed',
  },
  second_decision_issued: {
    text: { vi: 'Đã có quyết định giải quyết khiếu nại lần hai.', en: 'A second-instance decision has been issued.' },
    legalBasis: 'Luật Khiếu nại 2011 Điều 11',
    confidence: 'confirmed',
  },
  court_seized: {
    text: { vi: 'Tòa án đã thụ lý hoặc đã giải quyết.', en: 'A court has accepted or decided the matter.' },
    legalBasis: 'Luật Khiếu nại 2011 Điều 11',
    confidence: 'confirmed',
  },
  no_direct_interest: {
    text: {
      vi: 'Quyết định, hành vi không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại.',
      en: 'The decision or act does not directly affect the complainant’s rights.',
    },
    legalBasis: 'Luật Khiếu nại 2011 Điều 11',
    confidence: 'confirmed',
  },
  anonymous_denunciation: {
    text: {
      vi: 'Tố cáo nặc danh, mạo danh: không xử lý theo Luật Tố cáo; nếu nêu rõ người vi phạm, có tài liệu, chứng cứ cụ thể thì thanh tra, kiểm tra phục vụ quản lý.',
      en: 'An anonymous denunciation is not handled under the Law; if it names the wrongdoer with evidence, it prompts a management check.',
    },
    legalBasis: 'Luật Tố cáo 2018 Điều 25',
    confidence: 'confirmed',
  },
};

export type PetitionFacts = { kind: PetitionKind; isAnonymous: boolean; signerCount: number; receivedAt: string };
export type Suggestion = { reason: IneligibilityReason | null; text: Text; legalBasis: string; confidence: RuleConfidence };

const because = (reason: IneligibilityReason, extra?: Text): Suggestion => {
  const rule = eligibilityRules[reason];
  return {
    reason,
    text: extra ? { vi: `${rule.text.vi} ${extra.vi}`, en: `${rule.text.en} ${extra.en}` } : rule.text,
    legalBasis: rule.legalBasis,
    confidence: rule.confidence,
  };
};

/**
 * What the rules say of a petition, from what is recorded and what the officer knows: the reasons
 * it would not be handled (each with its rule), notes (split a mixed petition, representatives of
 * many signers), and whether it skipped a level (sent up before the competent subordinate settled it).
 */
export function suggestClassification(calendar: WorkingCalendar, petition: PetitionFacts, facts: ClassificationFacts) {
  const suggestions: Suggestion[] = [];
  const isComplaint = petition.kind === 'complaint';
  if (petition.isAnonymous) suggestions.push(because(petition.kind === 'denunciation' ? 'anonymous_denunciation' : 'missing_identity'));
  if (facts.sentToSeveralBodies) suggestions.push(because('sent_to_several_bodies'));
  if (facts.alreadyGuided) suggestions.push(because('already_guided'));
  if (isComplaint && facts.secondDecisionIssued) suggestions.push(because('second_decision_issued'));
  if (isComplaint && facts.courtSeized) suggestions.push(because('court_seized'));
  if (isComplaint && facts.decisionKnownOn) {
    const limitation = findClockRule('complaint.limitation', facts.decisionKnownOn);
    if (limitation) {
      const explained = explainPetitionDue(calendar, limitation, { startAt: vietnamInstant(facts.decisionKnownOn, '00:00') });
      const lastDay = explained.lines.at(-1)!;
      // A period in days ends at 24:00 of its last day (Civil Code art. 148): compared by day, not by the hour.
      if (todayInVietnam(new Date(petition.receivedAt)) > todayInVietnam(new Date(explained.dueAt))) {
        suggestions.push(
          because('time_barred', {
            vi: `(${lastDay.vi} Trừ thời gian có trở ngại khách quan, nếu có.)`,
            en: `(${lastDay.en} Less any time lost to obstacles.)`,
          }),
        );
      }
    }
  }
  const notes: Suggestion[] = [];
  if (petition.kind === 'mixed') {
    notes.push({
      reason: null,
      text: {
        vi: 'Đơn có nhiều nội dung: hướng dẫn tách thành đơn khiếu nại, đơn tố cáo, đơn kiến nghị riêng.',
        en: 'Several contents: guide the petitioner to split it.',
      },
      legalBasis: 'Thông tư 07/2014/TT-TTCP Điều 6',
      confidence: 'confirmed',
    });
  }
  const isManySigners = petition.signerCount >= 5;
  if (isManySigners) {
    notes.push({
      reason: null,
      text: {
        vi: 'Đơn có từ 5 người đứng tên trở lên: đề nghị cử người đại diện.',
        en: 'Five signers or more: ask them to name representatives.',
      },
      legalBasis: 'Thông tư 07/2014/TT-TTCP Điều 6; Thông tư 07/2013/TT-TTCP Điều 5',
      confidence: 'confirmed',
    });
  }
  const isSkippedLevel = facts.competenceScope === 'subordinate' && (facts.settlementStatus ?? 'none') === 'none';
  if (isSkippedLevel) {
    notes.push({
      reason: null,
      text: {
        vi: 'Đơn vượt cấp: thuộc thẩm quyền cấp dưới mà cấp dưới chưa giải quyết; chuyển hoặc hướng dẫn đến cấp có thẩm quyền.',
        en: 'Skipped a level: the competent subordinate has not settled it yet; transfer it or guide the petitioner there.',
      },
      legalBasis: 'Luật Khiếu nại 2011 Điều 7; Thông tư 07/2014/TT-TTCP',
      confidence: 'confirmed',
    });
  }
  return { isEligible: suggestions.length === 0, isSkippedLevel, isManySigners, suggestions: [...suggestions, ...notes] };
}
