/**
 * The petitions contract shared by the server and the officer app: how a petition arrives, what
 * it is about, and the two views of it — the projection everybody with the permission reads, and
 * the petitioner's identity, read only under an identity clearance and logged with its purpose.
 */
import { z } from 'zod';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';
import { hasProvincePrefix } from './citizen-id.js';
import { isOrderedPeriod, periodOrder } from './period.js';

/** Where a petition came from (citizen-relations §3.7). */
export const petitionChannels = ['reception', 'post', 'portal', 'email', 'forwarded', 'rating', 'one_stop'] as const;
export type PetitionChannel = (typeof petitionChannels)[number];

/** What a petition is about, on the legal axis: a mixed petition is split before it is handled. */
export const petitionKinds = ['complaint', 'denunciation', 'recommendation', 'reflection', 'mixed'] as const;
export type PetitionKind = (typeof petitionKinds)[number];

export const petitionStatuses = [
  'received',
  'classified',
  'accepted',
  'guided',
  'transferred',
  'returned',
  'filed',
  'split',
  'referred',
] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];
export const petitionEventTypes = [
  'received',
  'classified',
  'linked_duplicate',
  'accepted',
  'guided',
  'transferred',
  'returned_to_forwarder',
  'filed',
  'urged',
  'split',
  'referred_for_inspection',
] as const;
export type PetitionEventType = (typeof petitionEventTypes)[number];

/** The fields the statistical tables count petitions by (XLD02–XLD04 column families, citizen-relations §3.5). */
export const petitionFields = [
  'land_housing',
  'policy_regime',
  'other_administrative',
  'judicial',
  'party_mass_organisations',
  'corruption',
  'public_duty',
] as const;
export type PetitionField = (typeof petitionFields)[number];
export const petitionFieldLabels: Record<PetitionField, { vi: string; en: string }> = {
  land_housing: { vi: 'Hành chính — đất đai, nhà cửa', en: 'Administrative — land and housing' },
  policy_regime: { vi: 'Hành chính — chế độ, chính sách', en: 'Administrative — policies and entitlements' },
  other_administrative: { vi: 'Hành chính — lĩnh vực khác', en: 'Administrative — other' },
  judicial: { vi: 'Tư pháp', en: 'Judicial' },
  party_mass_organisations: { vi: 'Đảng, đoàn thể', en: 'Party and mass organisations' },
  corruption: { vi: 'Tham nhũng', en: 'Corruption' },
  public_duty: { vi: 'Công vụ, trách nhiệm người có chức vụ', en: 'Public duty' },
};

/** Why a petition is not eligible for handling, each with its rule (see petitions/eligibility-rules.ts). */
export const ineligibilityReasons = [
  'missing_identity',
  'missing_content',
  'not_vietnamese',
  'illegible',
  'sent_to_several_bodies',
  'already_guided',
  'time_barred',
  'second_decision_issued',
  'court_seized',
  'no_direct_interest',
  'anonymous_denunciation',
] as const;
export type IneligibilityReason = (typeof ineligibilityReasons)[number];

export const competenceScopes = ['ours', 'subordinate', 'other'] as const;
/** The kind of body a petition outside our competence belongs to (TT 07/2014 art. 6). */
export const competentBodyTypes = [
  'administrative',
  'elected',
  'procedural',
  'political_social',
  'public_unit',
  'state_enterprise',
] as const;
export const settlementStatuses = ['none', 'once', 'several', 'court'] as const;

const line = (max: number) => z.string().trim().min(1).max(max);

/** Who wrote the petition: kept in the protected store, never in the petition's row. */
export const PetitionerIdentity = z.object({
  fullName: line(200),
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{12}$/, bilingual({ vi: 'Gồm đúng 12 chữ số.', en: '12 digits.' }))
    .refine(hasProvincePrefix, bilingual({ vi: '3 chữ số đầu phải là mã tỉnh.', en: 'The first 3 digits must be a province code.' }))
    .optional(),
  phone: z
    .string()
    .trim()
    .regex(
      /^(\+84|0)\d{9,10}$/,
      bilingual({ vi: 'Số điện thoại Việt Nam, ví dụ 0912345678.', en: 'A Vietnamese phone number, e.g. 0912345678.' }),
    )
    .optional(),
  address: line(500).optional(),
  email: z.email().max(200).optional(),
});
export type PetitionerIdentity = z.infer<typeof PetitionerIdentity>;

export const PetitionIntake = z
  .object({
    unitId: z.uuid(),
    channel: z.enum(petitionChannels),
    kind: z.enum(petitionKinds),
    receivedAt: isoDateTime.optional(),
    contentSummary: line(4000),
    /** The body that forwarded it (deputies, the People's Council, the Front, the press, another agency), with its letter. */
    forwardedBy: line(300).optional(),
    forwardLetterRef: line(100).optional(),
    signerCount: z.number().int().min(1).max(10_000).default(1),
    isAnonymous: z.boolean().default(false),
    /** Who is complained about or denounced (a person or an agency), and the number of the decision in question. */
    respondent: line(300).optional(),
    decisionRef: line(100).optional(),
    petitioner: PetitionerIdentity.optional(),
  })
  .superRefine((value, context) => {
    const issue = (path: string, vi: string, en: string) =>
      context.addIssue({ code: 'custom', path: [path], message: bilingual({ vi, en }) });
    if (!value.isAnonymous && !value.petitioner)
      issue('petitioner', 'Cần người viết đơn, trừ đơn nặc danh.', 'Required unless the petition is anonymous.');
    if (value.isAnonymous && value.petitioner)
      issue('petitioner', 'Đơn nặc danh không có người viết đơn.', 'An anonymous petition has no petitioner.');
    if (value.channel === 'forwarded' && !value.forwardedBy)
      issue('forwardedBy', 'Cần cơ quan chuyển đơn.', 'Required when the petition was forwarded.');
  });
export type PetitionIntake = z.infer<typeof PetitionIntake>;

/**
 * A petition as its readers see it. A denunciation's petitioner is never in it (`petitioner` null,
 * `isIdentityProtected` true): Law 25/2018 arts. 8(3), 47(2), 56.
 */
export const Petition = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  bookNo: z.number().int(),
  receivedAt: z.string(),
  channel: z.enum(petitionChannels),
  kind: z.enum(petitionKinds),
  status: z.enum(petitionStatuses),
  contentSummary: z.string(),
  forwardedBy: z.string().nullable(),
  forwardLetterRef: z.string().nullable(),
  signerCount: z.number().int(),
  isAnonymous: z.boolean(),
  respondent: z.string().nullable(),
  decisionRef: z.string().nullable(),
  isIdentityProtected: z.boolean(),
  petitioner: z.object({ fullName: z.string(), address: z.string().nullable() }).nullable(),
  ruleSetVersion: z.string(),
  /** The classification once done: content, field, eligibility with reasons, competence, settlement status, skipped level. */
  classification: z
    .object({
      field: z.enum(petitionFields),
      isEligible: z.boolean(),
      reasons: z.array(z.enum(ineligibilityReasons)),
      competence: z.object({
        scope: z.enum(competenceScopes),
        unitId: z.string().optional(),
        bodyType: z.enum(competentBodyTypes).optional(),
      }),
      settlementStatus: z.enum(settlementStatuses),
      isSkippedLevel: z.boolean(),
      hasOriginals: z.boolean(),
      note: z.string().optional(),
    })
    .nullable(),
  /** When the step in hand is due (processing, or a denunciation's initial handling); null for a repeat. */
  dueAt: z.string().nullable(),
  handledAt: z.string().nullable(),
  /** The first petition of the same matter, when this one repeats it (no clock of its own). */
  duplicateOf: z.string().nullable(),
  duplicateCount: z.number().int(),
  /** The mixed petition this one was split from. */
  splitFrom: z.string().nullable(),
  /** Where a guided or transferred petition was sent. */
  outcomeTo: z.string().nullable(),
  version: z.number().int(),
});
export type Petition = z.infer<typeof Petition>;

/** Worklist buckets by the due date of petitions not handled yet (working days on the national calendar). */
export const dueBuckets = ['overdue', 'within_3_days', 'within_10_days', 'later'] as const;
export type DueBucket = (typeof dueBuckets)[number];

export const PetitionListQuery = PageQuery.extend({
  due: z.enum(dueBuckets).optional(),
  unitId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(petitionKinds).optional(),
  /** Words of the content summary, with or without diacritics (never the petitioner's identity). */
  q: z.string().trim().max(200).optional(),
});
export type PetitionListQuery = z.infer<typeof PetitionListQuery>;

/** Why the identity is read: kept in the access log with who read it and when. */
export const IdentityReadRequest = z.object({
  purpose: z
    .string()
    .trim()
    .min(10, bilingual({ vi: 'Ghi rõ mục đích, ít nhất 10 ký tự.', en: 'State the purpose, at least 10 characters.' }))
    .max(500),
});
export type IdentityReadRequest = z.infer<typeof IdentityReadRequest>;

export const IdentityRead = z.object({ petitionId: z.uuid(), identity: PetitionerIdentity.nullable(), readAt: z.string() });

export const IdentityAccess = z.object({ id: z.number(), staffId: z.uuid(), staffName: z.string(), purpose: z.string(), at: z.string() });

export const ClearanceInput = z.object({ staffId: z.uuid(), unitId: z.uuid() });
export const Clearance = z.object({
  id: z.uuid(),
  staffId: z.uuid(),
  staffName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  grantedAt: z.string(),
  grantedBy: z.string(),
  revokedAt: z.string().nullable(),
});
export type Clearance = z.infer<typeof Clearance>;

export const PetitionClassification = z
  .object({
    kind: z.enum(petitionKinds),
    field: z.enum(petitionFields),
    isEligible: z.boolean(),
    reasons: z.array(z.enum(ineligibilityReasons)).max(ineligibilityReasons.length).default([]),
    competence: z.object({
      scope: z.enum(competenceScopes),
      /** The subordinate unit that is competent. */
      unitId: z.uuid().optional(),
      bodyType: z.enum(competentBodyTypes).optional(),
    }),
    settlementStatus: z.enum(settlementStatuses),
    hasOriginals: z.boolean().default(false),
    note: z.string().trim().max(2000).optional(),
  })
  .superRefine((value, context) => {
    const issue = (path: (string | number)[], vi: string, en: string) =>
      context.addIssue({ code: 'custom', path, message: bilingual({ vi, en }) });
    if (!value.isEligible && value.reasons.length === 0)
      issue(['reasons'], 'Ghi lý do đơn không đủ điều kiện xử lý.', 'Give the reasons the petition is not eligible.');
    if (value.isEligible && value.reasons.length > 0)
      issue(['reasons'], 'Đơn đủ điều kiện thì không có lý do loại.', 'An eligible petition has no reasons against it.');
    if (value.competence.scope === 'subordinate' && !value.competence.unitId)
      issue(['competence', 'unitId'], 'Chọn đơn vị cấp dưới có thẩm quyền.', 'Choose the competent subordinate unit.');
    if (value.competence.scope === 'other' && !value.competence.bodyType)
      issue(['competence', 'bodyType'], 'Chọn loại cơ quan có thẩm quyền.', 'Choose the kind of competent body.');
  });
export type PetitionClassification = z.infer<typeof PetitionClassification>;

/** What the officer knows when classifying, to check the rules against (all optional). */
export const ClassificationFacts = z.object({
  /** When the complainant received or learned of the decision or act complained about. */
  decisionKnownOn: z.iso.date().optional(),
  sentToSeveralBodies: z.boolean().optional(),
  courtSeized: z.boolean().optional(),
  secondDecisionIssued: z.boolean().optional(),
  alreadyGuided: z.boolean().optional(),
  competenceScope: z.enum(competenceScopes).optional(),
  settlementStatus: z.enum(settlementStatuses).optional(),
});
export type ClassificationFacts = z.infer<typeof ClassificationFacts>;

/** A suggestion, with the rule behind it, so the officer sees why. */
export const ClassificationSuggestion = z.object({
  reason: z.enum(ineligibilityReasons).nullable(),
  text: z.object({ vi: z.string(), en: z.string() }),
  legalBasis: z.string(),
  confidence: z.enum(['confirmed', 'reported', 'unread']),
});
export const ClassificationSuggestions = z.object({
  isEligible: z.boolean(),
  isSkippedLevel: z.boolean(),
  isManySigners: z.boolean(),
  suggestions: z.array(ClassificationSuggestion),
});

/** How a classified petition is handled (TT 05/2021 / TT 07/2014): each outcome with its letter. */
/**
 * `urge`: a petition transferred to a subordinate that has not reported back is urged (TT 05/2021 art. 14(2));
 * `inspect`: anonymous information with clear content and evidence goes to an inspection or check, not a denunciation case (Law 25/2018 art. 25).
 */
export const petitionOutcomes = ['accept', 'guide', 'transfer', 'return_to_forwarder', 'file', 'urge', 'inspect'] as const;
export type PetitionOutcome = (typeof petitionOutcomes)[number];

export const PetitionHandling = z
  .object({
    outcome: z.enum(petitionOutcomes),
    /** The competent body the petitioner is guided to, or the petition transferred to. */
    to: z.string().trim().min(2).max(300).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .superRefine((value, context) => {
    if ((value.outcome === 'guide' || value.outcome === 'transfer' || value.outcome === 'inspect') && !value.to)
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: bilingual({ vi: 'Ghi cơ quan có thẩm quyền.', en: 'Name the competent body.' }),
      });
  });
export type PetitionHandling = z.infer<typeof PetitionHandling>;

export const DuplicateLink = z.object({ originalId: z.uuid() });

/** What a duplicate candidate was matched on, strongest first. */
export const duplicateMatchKeys = ['id_number', 'name_and_place', 'decision_number', 'content'] as const;
export const DuplicateCandidate = z.object({
  petitionId: z.uuid(),
  year: z.number().int(),
  bookNo: z.number().int(),
  unitId: z.uuid(),
  unitName: z.string(),
  kind: z.enum(petitionKinds),
  status: z.enum(petitionStatuses),
  receivedAt: z.string(),
  matchedOn: z.array(z.enum(duplicateMatchKeys)),
  /** Content similarity (pg_trgm, 0–1) of the two summaries, without diacritics. */
  similarity: z.number(),
});
export const DuplicateCandidatesQuery = z.object({ windowDays: z.coerce.number().int().min(1).max(3650).default(365) });

/** The figures of a unit's petitions (with the units under it) for a period, as of its end (XLD01's families). */
export const PetitionFiguresQuery = z.object({ unitId: z.uuid(), from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);
const kindCounts = z.object({ complaint: z.number(), denunciation: z.number(), recommendation_reflection: z.number(), mixed: z.number() });
export const PetitionFigures = z.object({
  unitId: z.uuid(),
  from: z.string(),
  to: z.string(),
  /** Received before the period and not handled when it began. */
  carriedOver: z.number(),
  received: z.number(),
  /** carriedOver + received. */
  total: z.number(),
  /** Of the total, handled by the period's end (accepted, guided, transferred, returned, filed). */
  processed: z.number(),
  /** Of the total, not yet handled at the period's end: carried to the next period. */
  unprocessed: z.number(),
  /** Of the total, classified eligible for handling by the period's end. */
  eligible: z.number(),
  anonymous: z.number(),
  skippedLevel: z.number(),
  /** Repeats linked to an earlier petition of the same matter. */
  duplicates: z.number(),
  byKind: kindCounts,
  byField: z.record(z.enum(petitionFields), z.number()),
  results: z.object({
    accepted: z.number(),
    guided: z.number(),
    transferred: z.number(),
    returned: z.number(),
    filed: z.number(),
    /** Of the transferred, urged at least once by the period's end. */
    urged: z.number(),
    /** Anonymous information referred to an inspection or check. */
    referred: z.number(),
  }),
  /** Of the total classified by the period's end: by settlement status and by competence (XLD01–XLD04). */
  bySettlementStatus: z.record(z.enum(settlementStatuses), z.number()),
  byCompetence: z.record(z.enum(competenceScopes), z.number()),
  /** Petitions with repeats: first petitions of a matter vs. repeats linked to one. */
  firstTime: z.number(),
});
export type PetitionFigures = z.infer<typeof PetitionFigures>;
