/**
 * What the law asks of a settlement's steps, as data and pure checks: which clock rule each kind
 * runs on, how many extensions the complexity allows, what must be done before a decision (the
 * acceptance notices, a dialogue), when a dialogue the petitioner did not attend still counts, and
 * when a withdrawn denunciation is settled all the same.
 */
import type { ComplexityCriterion, SettlementEventType, SettlementKind, SettlementResult } from '../../contracts/settlements.js';
import type { Text } from '../../platform/i18n/locale.js';
import type { ClockRule, ClockRuleKey, RuleConfidence } from './clock-rules.js';

export const settlementRuleOf: Record<SettlementKind, ClockRuleKey> = {
  complaint_first: 'complaint.first_settlement',
  complaint_second: 'complaint.second_settlement',
  denunciation: 'denunciation.settlement',
  recommendation: 'recommendation.answer',
};

type RuleVersion<T> = { value: T; legalBasis: string; effectiveFrom: string; confidence: RuleConfidence };

/**
 * How many dialogue minutes recording the petitioner's absence end the dialogue requirement:
 * absent twice → minutes ending the dialogue (TT 07/2013 art. 21); from 1/7/2026 the settlement
 * goes on when the complainant does not come (Law 136/2025, reported).
 */
export const dialogueAbsenceRules: readonly RuleVersion<number>[] = [
  { value: 2, legalBasis: 'Thông tư 07/2013/TT-TTCP Điều 21', effectiveFrom: '2013-12-15', confidence: 'confirmed' },
  {
    value: 1,
    legalBasis: 'Luật 136/2025/QH15; Nghị định 155/2026/NĐ-CP (người khiếu nại không đến thì tiếp tục giải quyết)',
    effectiveFrom: '2026-07-01',
    confidence: 'reported',
  },
];

export function ruleVersionOn<T>(rules: readonly RuleVersion<T>[], on: string): RuleVersion<T> {
  const inForce = rules.filter((rule) => rule.effectiveFrom <= on).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return inForce[0] ?? rules[0]!;
}

export type StepRecord = { type: SettlementEventType; data: Record<string, unknown> };

const isComplaint = (kind: SettlementKind) => kind === 'complaint_first' || kind === 'complaint_second';

/** The number of extensions a settlement may have: a denunciation 1, or 2 with two criteria or more; a complaint 1 if it was not complex at acceptance. */
export function allowedExtensions(kind: SettlementKind, rule: ClockRule, criteria: ReadonlySet<ComplexityCriterion>, wasComplex: boolean) {
  if (kind === 'denunciation') return Math.min(rule.extensions?.maxCount ?? 0, criteria.size >= 2 ? 2 : criteria.size);
  if (isComplaint(kind)) return wasComplex || !rule.complexLimit ? 0 : 1;
  return 0;
}

/** The most days one extension may add: a denunciation's rule says (30); a complaint's is the step from its limit to the complex one. */
export function maxExtensionDays(kind: SettlementKind, rule: ClockRule, isRemote: boolean): number {
  if (kind === 'denunciation') return rule.extensions?.each.value ?? 0;
  const plain = isRemote ? (rule.remoteLimit ?? rule.limit) : rule.limit;
  const complex = isRemote ? (rule.remoteComplexLimit ?? rule.complexLimit) : rule.complexLimit;
  return complex ? complex.value - plain.value : 0;
}

const notified = (history: readonly StepRecord[], recipient: string) =>
  history.some((step) => step.type === 'notified' && ((step.data.recipients as string[] | undefined) ?? []).includes(recipient));

/** Whether a dialogue took place after `since` (the seq-ordered index), or enough minutes recorded the petitioner's absence. */
function dialogueDone(history: readonly StepRecord[], since: number, absencesNeeded: number): boolean {
  const dialogues = history.slice(since).filter((step) => step.type === 'dialogue_held');
  if (dialogues.some((step) => step.data.attendance === 'held')) return true;
  return dialogues.filter((step) => step.data.attendance === 'petitioner_absent').length >= absencesNeeded;
}

/** What the law still asks before a decision can be made; empty when nothing. */
export function missingBeforeDecision(kind: SettlementKind, history: readonly StepRecord[], ruleSetDay: string): Text[] {
  const missing: Text[] = [];
  if (isComplaint(kind) && !notified(history, 'petitioner'))
    missing.push({
      vi: 'Thông báo thụ lý cho người khiếu nại (Luật Khiếu nại 2011 Điều 27, 36).',
      en: 'Notify the complainant of the acceptance (Law on Complaints 2011 arts. 27, 36).',
    });
  if (kind === 'denunciation') {
    if (!notified(history, 'petitioner'))
      missing.push({
        vi: 'Thông báo thụ lý cho người tố cáo (Luật Tố cáo 2018 Điều 29 khoản 3).',
        en: 'Notify the denouncer of the acceptance (Law on Denunciations 2018 art. 29(3)).',
      });
    if (!notified(history, 'denounced'))
      missing.push({
        vi: 'Thông báo cho người bị tố cáo về nội dung tố cáo (Luật Tố cáo 2018 Điều 29 khoản 3).',
        en: 'Notify the person denounced of the content (Law on Denunciations 2018 art. 29(3)).',
      });
  }
  const absences = ruleVersionOn(dialogueAbsenceRules, ruleSetDay).value;
  if (kind === 'complaint_second' && !dialogueDone(history, 0, absences))
    missing.push({
      vi: 'Tổ chức đối thoại: bắt buộc khi giải quyết khiếu nại lần hai (Luật Khiếu nại 2011 Điều 39).',
      en: 'Hold a dialogue: mandatory at second instance (Law on Complaints 2011 art. 39).',
    });
  if (kind === 'complaint_first') {
    const differs = history.findLastIndex((step) => step.type === 'verified' && step.data.findingsDifferFromClaim === true);
    if (differs >= 0 && !dialogueDone(history, differs + 1, absences))
      missing.push({
        vi: 'Tổ chức đối thoại: yêu cầu của người khiếu nại và kết quả xác minh còn khác nhau (Luật Khiếu nại 2011 Điều 30).',
        en: 'Hold a dialogue: the complainant’s request and the verification findings differ (Law on Complaints 2011 art. 30).',
      });
  }
  return missing;
}

/** Why a result does not fit the kind, or undefined. */
export function resultMisfit(kind: SettlementKind, result: SettlementResult): Text | undefined {
  if (kind === 'recommendation' && result !== 'answered')
    return { vi: 'Kiến nghị, phản ánh được trả lời (answered).', en: 'A recommendation or reflection is answered.' };
  if (kind !== 'recommendation' && result === 'answered')
    return {
      vi: 'Khiếu nại, tố cáo được kết luận đúng, đúng một phần hoặc sai.',
      en: 'A complaint or denunciation is found right, partly right or wrong.',
    };
  return undefined;
}

/** Whether a whole withdrawal still leaves the matter to settle (Law on Denunciations 2018 art. 33). */
export function withdrawalContinues(kind: SettlementKind, step: { evidentViolation: boolean; coerced: boolean }): boolean {
  return kind === 'denunciation' && (step.evidentViolation || step.coerced);
}

/** Whether a whole withdrawal was recorded that lets the case end. */
export function isWithdrawnWhole(history: readonly StepRecord[]): boolean {
  return history.some((step) => step.type === 'withdrawn' && step.data.scope === 'whole' && step.data.continues !== true);
}
