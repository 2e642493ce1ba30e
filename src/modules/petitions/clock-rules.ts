/**
 * The legal clocks of petitions as versioned data (citizen-relations §1.1 and §3.4; legal-rules §6):
 * each rule names its step, its limit and how it is counted, its variants for complex matters and
 * remote areas, its extensions, the legal basis, the date it took effect and how sure we are of it.
 * A case keeps the rule set in force on the day it was received (`ruleSetVersionOn`); a rule whose
 * text is only reported (🟡) or not read (❓) is marked so, and the deployment may decide otherwise.
 *
 * Calendar-day limits ("ngày") follow the Civil Code 2015 arts. 144–148: the count starts the day
 * after the start event and a last day that is a day off moves to the next working day.
 */
import type { TimeLimit } from '../calendar/index.js';

export const clockRuleKeys = [
  'petition.processing',
  'complaint.limitation',
  'complaint.acceptance',
  'complaint.first_settlement',
  'complaint.second_filing',
  'complaint.second_settlement',
  'denunciation.initial_handling',
  'denunciation.transfer',
  'denunciation.notification',
  'denunciation.settlement',
  'denunciation.forwarded_result',
  'denunciation.overdue_report',
  'reception.answer',
  'recommendation.answer',
] as const;
export type ClockRuleKey = (typeof clockRuleKeys)[number];

/** ✅ text read; 🟡 reported by reliable secondary sources; ❓ not read. */
export type RuleConfidence = 'confirmed' | 'reported' | 'unread';

export type StartEvent = 'receipt' | 'acceptance' | 'decision' | 'lapse_of_first_limit' | 'request';
/** `next_day`: the Civil Code's count (day 1 is the day after the start event); `same_day`: the start day is day 1. */
export type Counting = 'next_day' | 'same_day';

export type ClockRule = {
  key: ClockRuleKey;
  title: { vi: string; en: string };
  limit: TimeLimit;
  /** A complex matter (khiếu nại phức tạp). */
  complexLimit?: TimeLimit;
  /** A remote area with difficult travel (vùng sâu, vùng xa đi lại khó khăn). */
  remoteLimit?: TimeLimit;
  remoteComplexLimit?: TimeLimit;
  startEvent: StartEvent;
  counting: Counting;
  /** Extensions the handler may decide, each of at most `each`, with what they require. */
  extensions?: { maxCount: number; each: TimeLimit; condition: { vi: string; en: string } };
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  confidence: RuleConfidence;
};

const days = (value: number): TimeLimit => ({ value, unit: 'calendar-days' });
const workingDays = (value: number): TimeLimit => ({ value, unit: 'working-days' });

const LAW_2011 = '2012-07-01';
const LAW_2018 = '2019-01-01';
const LAW_136_2025 = '2026-07-01';

/** Every version of every rule; versions of one key never overlap. */
export const petitionClockRules: readonly ClockRule[] = [
  {
    key: 'petition.processing',
    title: { vi: 'Xử lý đơn', en: 'Petition processing' },
    limit: workingDays(10),
    startEvent: 'receipt',
    counting: 'next_day',
    legalBasis: 'Thông tư 05/2021/TT-TTCP (thời hạn xử lý đơn 10 ngày làm việc, theo nguồn thứ cấp)',
    effectiveFrom: '2021-10-01',
    effectiveTo: null,
    confidence: 'unread',
  },
  {
    key: 'complaint.limitation',
    title: { vi: 'Thời hiệu khiếu nại', en: 'Time limit to complain' },
    limit: days(90),
    startEvent: 'decision',
    counting: 'next_day',
    legalBasis:
      'Luật Khiếu nại 2011 Điều 9 (90 ngày từ ngày nhận được hoặc biết được quyết định, hành vi; trừ thời gian có trở ngại khách quan)',
    effectiveFrom: LAW_2011,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'complaint.acceptance',
    title: { vi: 'Thụ lý khiếu nại', en: 'Complaint acceptance' },
    limit: workingDays(10),
    startEvent: 'receipt',
    counting: 'next_day',
    legalBasis: 'Luật Khiếu nại 2011 Điều 27, 36; Thông tư 07/2013/TT-TTCP Điều 5 (sửa đổi 2016): 10 ngày làm việc',
    effectiveFrom: LAW_2011,
    effectiveTo: '2026-06-30',
    confidence: 'confirmed',
  },
  {
    key: 'complaint.acceptance',
    title: { vi: 'Thụ lý khiếu nại', en: 'Complaint acceptance' },
    limit: workingDays(7),
    startEvent: 'receipt',
    counting: 'next_day',
    legalBasis: 'Luật 136/2025/QH15 sửa đổi Luật Khiếu nại; Nghị định 155/2026/NĐ-CP: 7 ngày làm việc (theo nguồn thứ cấp)',
    effectiveFrom: LAW_136_2025,
    effectiveTo: null,
    confidence: 'reported',
  },
  {
    key: 'complaint.first_settlement',
    title: { vi: 'Giải quyết khiếu nại lần đầu', en: 'First-instance complaint settlement' },
    limit: days(30),
    complexLimit: days(45),
    remoteLimit: days(45),
    remoteComplexLimit: days(60),
    startEvent: 'acceptance',
    counting: 'next_day',
    legalBasis: 'Luật Khiếu nại 2011 Điều 28',
    effectiveFrom: LAW_2011,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'complaint.second_filing',
    title: { vi: 'Thời hạn khiếu nại lần hai', en: 'Time to file a second complaint' },
    limit: days(30),
    remoteLimit: days(45),
    startEvent: 'decision',
    counting: 'next_day',
    legalBasis: 'Luật Khiếu nại 2011 Điều 33',
    effectiveFrom: LAW_2011,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'complaint.second_settlement',
    title: { vi: 'Giải quyết khiếu nại lần hai', en: 'Second-instance complaint settlement' },
    limit: days(45),
    complexLimit: days(60),
    remoteLimit: days(60),
    remoteComplexLimit: days(70),
    startEvent: 'acceptance',
    counting: 'next_day',
    legalBasis: 'Luật Khiếu nại 2011 Điều 37',
    effectiveFrom: LAW_2011,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'denunciation.initial_handling',
    title: { vi: 'Xử lý ban đầu thông tin tố cáo', en: 'Initial handling of a denunciation' },
    limit: workingDays(7),
    complexLimit: workingDays(10),
    startEvent: 'receipt',
    counting: 'next_day',
    legalBasis: 'Luật Tố cáo 2018 Điều 24(1) (10 ngày làm việc khi phải kiểm tra, xác minh ở nhiều địa điểm)',
    effectiveFrom: LAW_2018,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'denunciation.transfer',
    title: { vi: 'Chuyển đơn tố cáo không thuộc thẩm quyền', en: 'Transfer of a denunciation outside competence' },
    limit: workingDays(5),
    startEvent: 'receipt',
    counting: 'next_day',
    legalBasis: 'Luật Tố cáo 2018 Điều 24(2)',
    effectiveFrom: LAW_2018,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'denunciation.notification',
    title: { vi: 'Thông báo thụ lý tố cáo', en: 'Notices of a denunciation’s acceptance' },
    limit: workingDays(5),
    startEvent: 'acceptance',
    counting: 'next_day',
    legalBasis: 'Luật Tố cáo 2018 Điều 29(3); Nghị định 31/2019/NĐ-CP Điều 9 (Mẫu 05, 06)',
    effectiveFrom: LAW_2018,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'denunciation.settlement',
    title: { vi: 'Giải quyết tố cáo', en: 'Denunciation settlement' },
    limit: days(30),
    startEvent: 'acceptance',
    counting: 'next_day',
    extensions: {
      maxCount: 2,
      each: days(30),
      condition: {
        vi: 'Vụ việc phức tạp: gia hạn một lần; đặc biệt phức tạp (từ hai tiêu chí trở lên, Nghị định 31/2019 Điều 3): gia hạn hai lần, mỗi lần không quá 30 ngày',
        en: 'A complex matter: one extension; especially complex (two criteria or more, Decree 31/2019 art. 3): two, each of at most 30 days',
      },
    },
    legalBasis: 'Luật Tố cáo 2018 Điều 30; Nghị định 31/2019/NĐ-CP Điều 3',
    effectiveFrom: LAW_2018,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'denunciation.forwarded_result',
    title: { vi: 'Báo kết quả cho cơ quan chuyển đơn, báo chí', en: 'Result to the forwarding body or the press' },
    limit: days(20),
    startEvent: 'receipt',
    counting: 'next_day',
    legalBasis: 'Luật Tố cáo 2018 Điều 26(2)',
    effectiveFrom: LAW_2018,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'denunciation.overdue_report',
    title: { vi: 'Báo cáo khi quá hạn giải quyết tố cáo', en: 'Report on an overdue denunciation' },
    limit: workingDays(5),
    startEvent: 'request',
    counting: 'next_day',
    legalBasis: 'Luật Tố cáo 2018 Điều 38',
    effectiveFrom: LAW_2018,
    effectiveTo: null,
    confidence: 'confirmed',
  },
  {
    key: 'recommendation.answer',
    title: { vi: 'Trả lời kiến nghị, phản ánh', en: 'Answer to a recommendation or reflection' },
    limit: workingDays(15),
    startEvent: 'acceptance',
    counting: 'next_day',
    legalBasis:
      'Nghị định 20/2008/NĐ-CP về tiếp nhận, xử lý phản ánh, kiến nghị (sửa đổi bởi Nghị định 92/2017/NĐ-CP); Quyết định 766/QĐ-TTg (trả lời trong 15 ngày làm việc) — chưa đối chiếu văn bản gốc',
    effectiveFrom: '2008-06-23',
    effectiveTo: null,
    confidence: 'unread',
  },
  {
    key: 'reception.answer',
    title: { vi: 'Trả lời kiến nghị, phản ánh khi tiếp công dân', en: 'Answer to a matter raised at reception' },
    limit: workingDays(10),
    startEvent: 'receipt',
    counting: 'next_day',
    legalBasis: 'Luật Tiếp công dân 2013 Điều 28',
    effectiveFrom: '2014-07-01',
    effectiveTo: null,
    confidence: 'reported',
  },
];

/** The version of a rule in force on a day (the day the case was received), or undefined before the rule existed. */
export function findClockRule(key: ClockRuleKey, on: string): ClockRule | undefined {
  return petitionClockRules.find(
    (rule) => rule.key === key && rule.effectiveFrom <= on && (rule.effectiveTo === null || on <= rule.effectiveTo),
  );
}

/** The rule set a case received on a day keeps for its whole life: named by the latest date any rule took effect. */
export function ruleSetVersionOn(on: string): string {
  return petitionClockRules
    .map((rule) => rule.effectiveFrom)
    .filter((from) => from <= on)
    .reduce((latest, from) => (from > latest ? from : latest), '0000-00-00');
}

/** The limit that applies to a matter: the plain one, or its complex / remote-area variant. */
export function limitOf(rule: ClockRule, matter: { isComplex?: boolean; isRemote?: boolean } = {}): TimeLimit {
  if (matter.isRemote && matter.isComplex) return rule.remoteComplexLimit ?? rule.remoteLimit ?? rule.complexLimit ?? rule.limit;
  if (matter.isRemote) return rule.remoteLimit ?? rule.limit;
  if (matter.isComplex) return rule.complexLimit ?? rule.limit;
  return rule.limit;
}
