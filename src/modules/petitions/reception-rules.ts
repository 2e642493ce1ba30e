/**
 * How often a host must receive citizens, as versioned data (legal-rules §5, citizen-relations §0
 * and §2.4): the office, the minimum number of days per week or month, the legal basis, the date
 * the rule took effect (and ended) and how sure we are of it. The minimum of a period is the rule
 * in force on the period's first day.
 */
import type { HostRole } from '../../contracts/reception.js';
import type { RuleConfidence } from './clock-rules.js';

export type ReceptionRule = {
  hostRole: HostRole;
  minDays: number;
  per: 'week' | 'month';
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  confidence: RuleConfidence;
};

/** Law 42/2013/QH13 on citizen reception took effect on 1 July 2014. */
const LAW_42_2013 = '2014-07-01';
/** Law 136/2025/QH15 amending it took effect on 1 July 2026. */
const LAW_136_2025 = '2026-07-01';

export const receptionRules: readonly ReceptionRule[] = [
  {
    hostRole: 'commune_chairman',
    minDays: 1,
    per: 'week',
    legalBasis: 'Luật Tiếp công dân 2013, điểm d khoản 2 Điều 15 (ít nhất 01 ngày trong 01 tuần)',
    effectiveFrom: LAW_42_2013,
    effectiveTo: '2026-06-30',
    confidence: 'confirmed',
  },
  {
    hostRole: 'commune_chairman',
    minDays: 2,
    per: 'month',
    legalBasis: 'Luật số 136/2025/QH15 sửa đổi Luật Tiếp công dân (ít nhất 02 ngày trong 01 tháng, theo nguồn thứ cấp)',
    effectiveFrom: LAW_136_2025,
    effectiveTo: null,
    confidence: 'reported',
  },
  {
    hostRole: 'province_chairman',
    minDays: 1,
    per: 'month',
    legalBasis: 'Luật Tiếp công dân 2013, khoản 5 Điều 12 (ít nhất 01 ngày trong 01 tháng)',
    effectiveFrom: LAW_42_2013,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    hostRole: 'district_chairman',
    minDays: 2,
    per: 'month',
    legalBasis: 'Luật Tiếp công dân 2013, khoản 5 Điều 13 (ít nhất 02 ngày trong 01 tháng); cấp huyện kết thúc hoạt động từ 01/7/2025',
    effectiveFrom: LAW_42_2013,
    effectiveTo: '2025-06-30',
    confidence: 'confirmed',
  },
  {
    hostRole: 'agency_head',
    minDays: 1,
    per: 'month',
    legalBasis: 'Luật Tiếp công dân 2013, khoản 2 Điều 18 (ít nhất 01 ngày trong 01 tháng)',
    effectiveFrom: LAW_42_2013,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    hostRole: 'public_unit_head',
    minDays: 1,
    per: 'month',
    legalBasis: 'Nghị định 154/2026/NĐ-CP, Điều 10 (theo nguồn thứ cấp)',
    effectiveFrom: LAW_136_2025,
    effectiveTo: null,
    confidence: 'reported',
  },
  {
    hostRole: 'commune_party_secretary',
    minDays: 2,
    per: 'month',
    legalBasis: 'Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW ngày 23/11/2025 (theo nguồn thứ cấp)',
    effectiveFrom: '2025-11-23',
    effectiveTo: null,
    confidence: 'reported',
  },
  {
    hostRole: 'province_party_secretary',
    minDays: 1,
    per: 'month',
    legalBasis: 'Quy định 11-QĐi/TW, sửa đổi theo Kết luận 215-KL/TW ngày 23/11/2025 (theo nguồn thứ cấp)',
    effectiveFrom: '2025-11-23',
    effectiveTo: null,
    confidence: 'reported',
  },
];

/** The rule in force for a host on a date, or undefined when the law sets no minimum for that office then. */
export function receptionRuleOn(hostRole: HostRole, date: string): ReceptionRule | undefined {
  return receptionRules.find(
    (rule) => rule.hostRole === hostRole && rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo),
  );
}

/** The versions of a host's rule that overlap a period of dates, in order. */
export function receptionRulesBetween(hostRole: HostRole, from: string, to: string): ReceptionRule[] {
  return receptionRules
    .filter((rule) => rule.hostRole === hostRole && rule.effectiveFrom <= to && (rule.effectiveTo === null || from <= rule.effectiveTo))
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/**
 * Whether a session held on the head's behalf counts toward the head's minimum: not settled
 * (Law 136/2025 writes no delegation, TCD01 still has columns for it), so a setting (❓).
 */
export const delegatedSessionsCountByDefault = false;
