/**
 * Community work: the households of each village (the denominator of every resident vote and
 * mediator election), grassroots mediation teams, mediators and cases (Law 35/2013), and resident
 * decisions judged against all the village's households (Law 10/2022 art. 21).
 */
import { z } from 'zod';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';
import { legalAidForms, legalAidGroups } from './legal-aid.js';
import { isOrderedPeriod, periodOrder } from './period.js';

const line = (max: number) => z.string().trim().min(1).max(max);

export const HouseholdCountInput = z.object({ asOf: isoDate, count: z.number().int().min(1).max(100_000), source: line(300).optional() });
export const HouseholdCount = z.object({ unitId: z.uuid(), asOf: z.string(), count: z.number().int(), source: z.string().nullable() });

export const TeamInput = z.object({
  /** The village or residential group the team serves (Law 35/2013 art. 2). */
  unitId: z.uuid(),
  name: line(200),
  decisionRef: line(100).optional(),
  establishedOn: isoDate,
  /** An ethnic-minority area: the team needs an ethnic-minority mediator (art. 12(1)). */
  requiresEthnicMinority: z.boolean().default(false),
});

export const electionMethods = ['show_of_hands', 'secret_ballot', 'household_survey'] as const;
export const MediatorInput = z.object({
  fullName: line(200),
  sex: z.enum(['female', 'male']),
  ethnicity: line(50),
  isEthnicMinority: z.boolean(),
  isLeader: z.boolean().default(false),
  electedOn: isoDate,
  method: z.enum(electionMethods),
  /** Household representatives who voted for the mediator (more than half of the village's households are needed, art. 8(3)). */
  votesFor: z.number().int().min(0).max(100_000),
  recognitionRef: line(100).optional(),
});
export type MediatorInput = z.infer<typeof MediatorInput>;

export const MediatorEnd = z.object({ endedOn: isoDate, reason: z.enum(['resigned', 'dismissed', 'moved', 'deceased', 'other']) });

/** `village_ended`: the village it serves was merged into another (or dissolved); the team is to be moved or ended. */
export const teamProblems = ['fewer_than_three', 'no_woman', 'no_ethnic_minority', 'no_leader', 'review_overdue', 'village_ended'] as const;
export const Mediator = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  fullName: z.string(),
  sex: z.enum(['female', 'male']),
  ethnicity: z.string(),
  isEthnicMinority: z.boolean(),
  isLeader: z.boolean(),
  electedOn: z.string(),
  method: z.enum(electionMethods),
  votesFor: z.number().int(),
  householdsAtElection: z.number().int(),
  recognitionRef: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
});
export const Team = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  name: z.string(),
  decisionRef: z.string().nullable(),
  establishedOn: z.string(),
  requiresEthnicMinority: z.boolean(),
  reviewedOn: z.string().nullable(),
  mediators: z.array(Mediator),
  /** What the law asks of the team that it lacks today (art. 12): at least 3 mediators, a woman, an ethnic-minority mediator, the yearly review. */
  problems: z.array(z.enum(teamProblems)),
  /** The villages the team served before a merger moved it, with their last day. */
  previousUnits: z.array(z.object({ unitId: z.uuid(), until: z.string() })),
  version: z.number().int(),
});
export type Team = z.infer<typeof Team>;
/** A team moved to the village that continues its own after a merger. */
export const TeamTransfer = z.object({ unitId: z.uuid(), on: isoDate });
export const TeamListQuery = PageQuery.extend({ unitId: z.uuid().optional() });

/** Why a mediation starts (art. 16). */
export const mediationGrounds = ['party_request', 'witnessed', 'assigned', 'body_proposal'] as const;
export const mediationFields = ['civil', 'marriage_family', 'land', 'neighbourhood', 'other'] as const;
/** What may not be mediated at the grassroots (art. 3). */
export const mediationExclusions = ['state_interest', 'barred_by_procedure', 'sanctionable_violation', 'other_by_law'] as const;
export const mediationOutcomes = ['success', 'failure', 'stopped'] as const;
export const mediationStatuses = ['received', 'in_progress', 'success', 'failure', 'stopped', 'referred'] as const;
export const mediationEventTypes = [
  'received',
  'referred',
  'started',
  'session_held',
  'succeeded',
  'failed',
  'stopped',
  'followed_up',
  'escalated',
] as const;

export const MediationParty = z.object({
  fullName: line(200),
  address: line(500).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(\+84|0)\d{9,10}$/, bilingual({ vi: 'Số điện thoại Việt Nam.', en: 'A Vietnamese phone number.' }))
    .optional(),
  /** What the platform may know of the party that points to free legal aid (Law 11/2017 art. 7): a hint, proven later. */
  birthDate: isoDate.optional(),
  poorHousehold: z.boolean().optional(),
  disabled: z.boolean().optional(),
  ethnicMinority: z.boolean().optional(),
  difficultArea: z.boolean().optional(),
});

export const MediationCaseInput = z
  .object({
    teamId: z.uuid(),
    receivedAt: isoDateTime.optional(),
    grounds: z.enum(mediationGrounds),
    parties: z.array(MediationParty).min(2).max(20),
    field: z.enum(mediationFields),
    summary: line(4000),
    /** Out of the grassroots' scope: the reason, and where the parties are referred. */
    exclusion: z.enum(mediationExclusions).optional(),
    referredTo: line(300).optional(),
    /** The mediators of the team who handle it, chosen by the parties or assigned by the leader (art. 18). */
    mediatorIds: z.array(z.uuid()).max(10).default([]),
    chosenByParties: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    const issue = (path: string, vi: string, en: string) =>
      context.addIssue({ code: 'custom', path: [path], message: bilingual({ vi, en }) });
    if (value.exclusion && !value.referredTo) issue('referredTo', 'Cần nơi hướng dẫn các bên đến.', 'Name where the parties are referred.');
    if (!value.exclusion && value.mediatorIds.length === 0)
      issue('mediatorIds', 'Cần hòa giải viên được chọn hoặc phân công.', 'A mediator chosen or assigned is needed.');
  });
export type MediationCaseInput = z.infer<typeof MediationCaseInput>;

export const MediationStep = z.discriminatedUnion('step', [
  z.object({ step: z.literal('start'), at: isoDateTime }),
  z.object({ step: z.literal('session'), at: isoDateTime, note: line(2000) }),
  z.object({
    step: z.literal('end'),
    at: isoDateTime,
    outcome: z.enum(mediationOutcomes),
    /** The written agreement (optional, art. 24(2)): its reference and how and by when it is carried out. */
    agreementRef: line(100).optional(),
    performance: line(2000).optional(),
    note: line(2000).optional(),
  }),
  z.object({ step: z.literal('follow_up'), at: isoDateTime, note: line(2000), performed: z.boolean() }),
]);
export type MediationStep = z.infer<typeof MediationStep>;

export const MediationCase = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  unitId: z.uuid(),
  year: z.number().int(),
  bookNo: z.number().int(),
  receivedAt: z.string(),
  grounds: z.enum(mediationGrounds),
  parties: z.array(z.object({ fullName: z.string(), address: z.string().nullable() })),
  field: z.enum(mediationFields),
  summary: z.string(),
  exclusion: z.enum(mediationExclusions).nullable(),
  referredTo: z.string().nullable(),
  mediatorIds: z.array(z.uuid()),
  chosenByParties: z.boolean(),
  status: z.enum(mediationStatuses),
  /** Mediation starts within 3 days of the assignment (art. 20(2)). */
  startDueOn: z.string().nullable(),
  startedAt: z.string().nullable(),
  startedLate: z.boolean().nullable(),
  endedAt: z.string().nullable(),
  agreementRef: z.string().nullable(),
  /** Where the case was handed on after it failed or stopped (once). */
  handedOn: z.object({ target: z.enum(['petition', 'land_dispute', 'legal_aid']), id: z.uuid(), at: z.string() }).nullable(),
  /** "May be entitled to free legal aid": each party whose facts point to a beneficiary group, and the groups. */
  legalAidHints: z.array(z.object({ party: z.string(), groups: z.array(z.enum(legalAidGroups)) })),
  version: z.number().int(),
});
export type MediationCase = z.infer<typeof MediationCase>;
export const MediationListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  status: z.enum(mediationStatuses).optional(),
  q: z.string().trim().max(200).optional(),
});

export const CommunityFiguresQuery = z.object({ unitId: z.uuid(), from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);
export const MediationFigures = z.object({
  unitId: z.uuid(),
  from: z.string(),
  to: z.string(),
  teams: z.number().int(),
  mediators: z.number().int(),
  women: z.number().int(),
  ethnicMinority: z.number().int(),
  received: z.number().int(),
  success: z.number().int(),
  failure: z.number().int(),
  stopped: z.number().int(),
  inProgress: z.number().int(),
  referred: z.number().int(),
  /** Successful of those mediated in the period, as printed: "81,4%". */
  successRate: z.string().nullable(),
});

/** The six matters residents decide (art. 15): 1–2 need two thirds of all households, 3–6 over half. */
export const voteForms = ['meeting', 'household_ballot', 'online'] as const;
export const ResidentVoteInput = z
  .object({
    /** The village whose households decide. */
    unitId: z.uuid(),
    item: z.number().int().min(1).max(6),
    title: line(500),
    form: z.enum(voteForms),
    heldAt: isoDateTime,
    /** Household representatives present at a meeting, or ballots returned. */
    present: z.number().int().min(0).max(100_000),
    yes: z.number().int().min(0).max(100_000),
    no: z.number().int().min(0).max(100_000),
  })
  .superRefine((value, context) => {
    const issue = (path: string, vi: string, en: string) =>
      context.addIssue({ code: 'custom', path: [path], message: bilingual({ vi, en }) });
    if (value.yes + value.no > value.present) issue('yes', 'Số đồng ý và không đồng ý vượt số có mặt.', 'Yes and no exceed those present.');
    if (value.form === 'online' && value.item !== 6)
      issue('form', 'Chỉ biểu quyết trực tuyến nội dung thứ 6 (Điều 17).', 'Only item 6 may be decided online (art. 17).');
    if (value.form !== 'meeting' && (value.item === 3 || value.item === 4 || value.item === 5))
      issue('form', 'Nội dung 3–5 quyết định tại cuộc họp (Điều 17).', 'Items 3–5 are decided at a meeting (art. 17).');
  });
export const ResidentVote = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  item: z.number().int(),
  title: z.string(),
  form: z.enum(voteForms),
  heldAt: z.string(),
  householdsTotal: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  threshold: z.enum(['two_thirds', 'majority']),
  /** The yes votes needed, of all the village's households on the day. */
  needed: z.number().int(),
  passed: z.boolean(),
  /** A meeting that could not reach the threshold goes to a ballot to each household (art. 19(1)(b)). */
  ballotRequired: z.boolean(),
  basis: z.string(),
});

/** A failed or stopped mediation handed on with the parties' consent: a petition to the commune, or a legal-aid request. */
export const MediationReferral = z.discriminatedUnion('target', [
  z.object({
    target: z.literal('petition'),
    consent: z.literal(true, { error: bilingual({ vi: 'Cần sự đồng ý của các bên.', en: 'The parties’ consent is required.' }) }),
    kind: z.enum(['complaint', 'recommendation', 'reflection']).default('recommendation'),
  }),
  /** A land dispute goes to the commune People's Committee's own mediation (Land Law 2024 art. 235), as a petition in its book. */
  z.object({
    target: z.literal('land_dispute'),
    consent: z.literal(true, { error: bilingual({ vi: 'Cần sự đồng ý của các bên.', en: 'The parties’ consent is required.' }) }),
  }),
  z.object({
    target: z.literal('legal_aid'),
    consent: z.literal(true, { error: bilingual({ vi: 'Cần sự đồng ý của các bên.', en: 'The parties’ consent is required.' }) }),
    group: z.enum(legalAidGroups),
    form: z.enum(legalAidForms).default('advice'),
  }),
]);
