/**
 * The settlement of an accepted petition (giải quyết): a first or second-instance complaint, a
 * denunciation, or a recommendation or reflection to answer — one case on the case core per
 * accepted petition, with its legal clock, its steps and its result.
 */
import { z } from 'zod';
import { isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { dueBuckets } from './petitions.js';

export const settlementKinds = ['complaint_first', 'complaint_second', 'denunciation', 'recommendation'] as const;
export type SettlementKind = (typeof settlementKinds)[number];

export const settlementStatuses = ['in_progress', 'suspended', 'decided', 'terminated'] as const;
export type SettlementStatus = (typeof settlementStatuses)[number];

export const settlementEventTypes = [
  'accepted',
  'notified',
  'verification_assigned',
  'verified',
  'dialogue_held',
  'extended',
  'suspended',
  'resumed',
  'withdrawn',
  'decided',
  'published',
  'appealed',
  'enforced',
  'terminated',
  'escalated',
] as const;
export type SettlementEventType = (typeof settlementEventTypes)[number];

/** What makes a matter complex (Decree 31/2019 art. 3; the same list for complaints, Decree 155/2026 art. 3a 🟡). */
export const complexityCriteria = [
  'several_locations',
  'several_contents',
  'many_people',
  'foreign_element',
  'several_agencies',
  'divergent_views',
  'conflicting_evidence',
] as const;
export type ComplexityCriterion = (typeof complexityCriteria)[number];
export const complexityCriterionLabels: Record<ComplexityCriterion, { vi: string; en: string }> = {
  several_locations: { vi: 'Phải xác minh ở nhiều địa điểm', en: 'Verification in several places' },
  several_contents: { vi: 'Có nhiều nội dung', en: 'Several contents' },
  many_people: { vi: 'Nhiều người khiếu nại, tố cáo hoặc bị tố cáo', en: 'Many people involved' },
  foreign_element: { vi: 'Có yếu tố nước ngoài', en: 'A foreign element' },
  several_agencies: { vi: 'Liên quan trách nhiệm của nhiều cơ quan', en: 'Several agencies responsible' },
  divergent_views: { vi: 'Các cơ quan có ý kiến khác nhau', en: 'The agencies disagree' },
  conflicting_evidence: { vi: 'Tài liệu, chứng cứ mâu thuẫn', en: 'Conflicting evidence' },
};

/** right / partly right / wrong for a complaint or a denunciation; answered for a recommendation or reflection. */
export const settlementResults = ['right', 'partly_right', 'wrong', 'answered'] as const;
export type SettlementResult = (typeof settlementResults)[number];

export const noticeRecipients = ['petitioner', 'denounced', 'forwarder', 'inspectorate'] as const;

const line = (max: number) => z.string().trim().min(1).max(max);
const at = isoDateTime.optional();
const reference = line(100);

export const SettlementOpening = z.object({
  /** Inferred from the petition when absent: its kind, and for a complaint its settlement status (settled once → second instance). */
  kind: z.enum(settlementKinds).optional(),
  acceptedAt: at,
  /** The acceptance decision or notice (số quyết định / thông báo thụ lý). */
  decisionRef: reference,
  isRemote: z.boolean().default(false),
  /** Complexity recorded in writing at acceptance: a complaint with one criterion or more runs on the complex limit. */
  complexity: z.array(z.enum(complexityCriteria)).max(complexityCriteria.length).default([]),
  /** The first-instance settlement this second complaint is about (the matter's earlier step). */
  previousSettlementId: z.uuid().optional(),
});
export type SettlementOpening = z.infer<typeof SettlementOpening>;

const remedies = z.object({
  moneyToStateMillion: z.number().min(0).max(1e9).default(0),
  moneyToCitizensMillion: z.number().min(0).max(1e9).default(0),
  landM2: z.number().min(0).max(1e10).default(0),
  personsDisciplined: z.number().int().min(0).max(10_000).default(0),
  personsToInvestigation: z.number().int().min(0).max(10_000).default(0),
});

export const SettlementStep = z.discriminatedUnion('step', [
  z.object({ step: z.literal('notify'), at, recipients: z.array(z.enum(noticeRecipients)).min(1).max(noticeRecipients.length) }),
  z.object({ step: z.literal('assign_verification'), at, assignee: line(200), decisionRef: reference.optional() }),
  z.object({ step: z.literal('verify'), at, reportRef: reference, findingsDifferFromClaim: z.boolean() }),
  z.object({ step: z.literal('dialogue'), at, minutesRef: reference, attendance: z.enum(['held', 'petitioner_absent']) }),
  z.object({
    step: z.literal('extend'),
    at,
    decisionRef: reference,
    days: z.number().int().min(1).max(30),
    criteria: z.array(z.enum(complexityCriteria)).min(1).max(complexityCriteria.length),
  }),
  z.object({ step: z.literal('suspend'), at, decisionRef: reference, reason: line(500) }),
  z.object({ step: z.literal('resume'), at, decisionRef: reference }),
  z.object({
    step: z.literal('withdraw'),
    at,
    scope: z.enum(['whole', 'part']),
    note: line(1000).optional(),
    /** A denunciation is still settled when the violation is evident or the withdrawal was coerced (Law 25/2018 art. 33). */
    evidentViolation: z.boolean().default(false),
    coerced: z.boolean().default(false),
  }),
  z.object({
    step: z.literal('decide'),
    at,
    decisionRef: reference,
    result: z.enum(settlementResults),
    /** The decision's or conclusion's gist; for a recommendation, the answer the petitioner reads. */
    summary: line(4000),
    remedies: remedies.optional(),
  }),
  z.object({ step: z.literal('publish'), at, how: line(300) }),
  z.object({ step: z.literal('appeal'), at, to: z.enum(['second_instance', 'court']) }),
  z.object({ step: z.literal('enforce'), at, note: line(2000) }),
  z.object({ step: z.literal('terminate'), at, decisionRef: reference, reason: line(500) }),
  z.object({ step: z.literal('escalate'), at, to: line(300) }),
]);
export type SettlementStep = z.infer<typeof SettlementStep>;

export const SettlementEvent = z.object({
  seq: z.number().int(),
  type: z.enum(settlementEventTypes),
  at: z.string(),
  actorName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const Settlement = z.object({
  id: z.uuid(),
  petitionId: z.uuid(),
  petitionYear: z.number().int(),
  petitionBookNo: z.number().int(),
  unitId: z.uuid(),
  kind: z.enum(settlementKinds),
  status: z.enum(settlementStatuses),
  acceptedAt: z.string(),
  decisionRef: z.string(),
  isRemote: z.boolean(),
  complexity: z.array(z.enum(complexityCriteria)),
  extensionCount: z.number().int(),
  /** The due date (null while suspended: the clock is stopped) and the first one, before extensions and suspensions. */
  dueAt: z.string().nullable(),
  originalDueAt: z.string(),
  isOverdue: z.boolean(),
  result: z.enum(settlementResults).nullable(),
  decidedAt: z.string().nullable(),
  isOnTime: z.boolean().nullable(),
  answer: z.string().nullable(),
  previousSettlementId: z.string().nullable(),
  version: z.number().int(),
});
export type Settlement = z.infer<typeof Settlement>;

export const SettlementDetail = Settlement.extend({
  events: z.array(SettlementEvent),
  clock: z.object({ rule: z.string(), legalBasis: z.string(), lines: z.array(z.object({ vi: z.string(), en: z.string() })) }),
  /** What the law still asks before a decision (notices, a dialogue), empty when nothing. */
  missingBeforeDecision: z.array(z.object({ vi: z.string(), en: z.string() })),
});
export type SettlementDetail = z.infer<typeof SettlementDetail>;

export const SettlementListQuery = PageQuery.extend({
  due: z.enum(dueBuckets).optional(),
  status: z.enum(settlementStatuses).optional(),
  kind: z.enum(settlementKinds).optional(),
  unitId: z.uuid().optional(),
  /** The settlement of one petition (at most one). */
  petitionId: z.uuid().optional(),
});

/** The settlements of a unit (with the units under it) in a period, as of its end (KQGQ01's families). */
export const SettlementFigures = z.object({
  /** Accepted before the period and neither decided nor terminated when it began. */
  carriedOver: z.number(),
  accepted: z.number(),
  total: z.number(),
  decided: z.number(),
  onTime: z.number(),
  late: z.number(),
  terminated: z.number(),
  /** Of the total, neither decided nor terminated at the period's end. */
  pending: z.number(),
  byResult: z.record(z.enum(settlementResults), z.number()),
  remedies: z.object({
    moneyToStateMillion: z.number(),
    moneyToCitizensMillion: z.number(),
    landM2: z.number(),
    personsDisciplined: z.number(),
    personsToInvestigation: z.number(),
  }),
});
export type SettlementFigures = z.infer<typeof SettlementFigures>;
