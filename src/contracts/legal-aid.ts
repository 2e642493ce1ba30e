/** Legal-aid cases (Law 11/2017): who may have it, its forms, its clocks and its quality. */
import { z } from 'zod';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';

const line = (max: number) => z.string().trim().min(1).max(max);

/** Who may have free legal aid (Law 11/2017 art. 7). */
export const legalAidGroups = [
  'revolutionary_merit',
  'poor_household',
  'child',
  'ethnic_minority_difficult_area',
  'accused_16_to_18',
  'accused_near_poor',
  'martyr_relative_in_difficulty',
  'agent_orange_in_difficulty',
  'elderly_in_difficulty',
  'disabled_in_difficulty',
  'victim_16_to_18_in_difficulty',
  'other_by_law',
] as const;
/** Representation in proceedings, legal advice, out-of-court representation (art. 27). */
export const legalAidForms = ['proceedings', 'advice', 'out_of_court'] as const;
export const legalAidStatuses = ['accepted', 'in_progress', 'completed', 'stopped'] as const;
export const legalAidEventTypes = ['accepted', 'proof_received', 'assigned', 'completed', 'stopped'] as const;
export const legalAidSources = ['reception', 'petition', 'mediation', 'dossier', 'direct'] as const;

export const LegalAidInput = z.object({
  unitId: z.uuid(),
  acceptedAt: isoDateTime.optional(),
  requester: z.object({ fullName: line(200), address: line(500).optional() }),
  group: z.enum(legalAidGroups),
  /** The papers proving the group; without them the proof is owed within 5 working days (10 in especially difficult areas). */
  proofDocuments: z.array(line(300)).max(20).default([]),
  form: z.enum(legalAidForms),
  field: line(200),
  summary: line(4000),
  /** Where the request came from on the platform (a reception entry, a petition, a mediation, a dossier). */
  source: z.enum(legalAidSources).default('direct'),
  sourceId: z.uuid().optional(),
  isDifficultArea: z.boolean().default(false),
  /** Arrested, held or detained: a lawyer or legal-aid officer is assigned within 12 hours. */
  isDetained: z.boolean().default(false),
  /**
   * Why the request was accepted at once, its papers to follow (TT 12/2018 art. 6(1)): a limitation
   * period or a hearing less than 5 working days away (its day), a court's appointment, harm to prevent.
   */
  immediate: z
    .discriminatedUnion('ground', [
      z.object({ ground: z.literal('deadline_near'), deadlineOn: isoDate }),
      z.object({ ground: z.literal('court_appointed') }),
      z.object({ ground: z.literal('prevent_harm') }),
    ])
    .optional(),
});

/** Why a request is refused, answered at once (Law 11/2017 art. 30(3); business and trade are outside legal aid, art. 27). */
export const legalAidRefusalReasons = [
  'not_specific',
  'unlawful_content',
  'person_deceased',
  'handled_elsewhere',
  'not_eligible',
  'business_trade',
] as const;
export const LegalAidRefusalInput = z.object({
  unitId: z.uuid(),
  answeredAt: isoDateTime.optional(),
  requester: z.object({ fullName: line(200), address: line(500).optional() }),
  summary: line(4000),
  reason: z.enum(legalAidRefusalReasons),
  /** What the person was told (where to go instead). */
  explanation: line(2000),
});
export const LegalAidRefusal = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  answeredAt: z.string(),
  requester: z.object({ fullName: z.string(), address: z.string().nullable() }),
  summary: z.string(),
  reason: z.enum(legalAidRefusalReasons),
  explanation: z.string(),
  basis: z.string(),
});

export const LegalAidStep = z.discriminatedUnion('step', [
  z.object({ step: z.literal('proof_received'), at: isoDateTime, documents: z.array(line(300)).min(1).max(20) }),
  z.object({
    step: z.literal('assigned'),
    at: isoDateTime,
    assignee: line(200),
    role: z.enum(['lawyer', 'legal_aid_officer', 'collaborator']),
  }),
  z.object({ step: z.literal('completed'), at: isoDateTime, qualityScore: z.number().int().min(0).max(100) }),
  z.object({
    step: z.literal('stopped'),
    at: isoDateTime,
    reason: z.enum(['proof_missing', 'withdrawn', 'not_eligible', 'other']),
    noticeRef: line(100),
  }),
]);

export const LegalAidCase = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  code: z.string(),
  acceptedAt: z.string(),
  requester: z.object({ fullName: z.string(), address: z.string().nullable() }),
  group: z.enum(legalAidGroups),
  form: z.enum(legalAidForms),
  field: z.string(),
  summary: z.string(),
  source: z.enum(legalAidSources),
  sourceId: z.uuid().nullable(),
  status: z.enum(legalAidStatuses),
  proofDueAt: z.string().nullable(),
  proofReceivedAt: z.string().nullable(),
  assignDueAt: z.string(),
  assignedAt: z.string().nullable(),
  assignee: z.string().nullable(),
  qualityScore: z.number().int().nullable(),
  /** ≥ 90 good, ≥ 70 fair, ≥ 50 satisfactory, below not satisfactory. */
  quality: z.enum(['good', 'fair', 'satisfactory', 'unsatisfactory']).nullable(),
  /** Accepted at once, papers to follow (TT 12/2018 art. 6(1)), and the near deadline when that was the ground. */
  immediateGround: z.enum(['deadline_near', 'court_appointed', 'prevent_harm']).nullable(),
  deadlineOn: z.string().nullable(),
  version: z.number().int(),
});
export const LegalAidListQuery = PageQuery.extend({ unitId: z.uuid().optional(), status: z.enum(legalAidStatuses).optional() });
export const LegalAidFigures = z.object({
  unitId: z.uuid(),
  from: z.string(),
  to: z.string(),
  opened: z.number().int(),
  /** Of those opened, the ones referred from the platform (reception, a petition, a mediation, a dossier). */
  referred: z.number().int(),
  /** Requests refused at once with their reasons in the period. */
  refused: z.number().int(),
  byForm: z.record(z.string(), z.number().int()),
  byGroup: z.record(z.string(), z.number().int()),
  completed: z.number().int(),
  stopped: z.number().int(),
  assignedLate: z.number().int(),
});
