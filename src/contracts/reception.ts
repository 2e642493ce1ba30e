/**
 * Citizen reception (tiếp công dân): the hosts' reception sessions (planned, published, held),
 * the reception log every count comes from, and the figures counted from it in units defined
 * once (days, sessions, visits, persons, matters, groups). Law 42/2013 as amended by Law 136/2025.
 */
import { z } from 'zod';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';
import { isOrderedPeriod, periodOrder } from './period.js';
import { PetitionerIdentity, petitionFields, petitionKinds } from './petitions.js';

/** The body a host receives citizens for (citizen-relations §2.2). */
export const hostBodies = ['peoples_committee', 'party_committee', 'peoples_council', 'agency'] as const;
export type HostBody = (typeof hostBodies)[number];

/** The host's office, which the legal minimum depends on (reception-rules.ts). */
export const hostRoles = [
  'commune_chairman',
  'commune_party_secretary',
  'commune_council_standing',
  'province_chairman',
  'province_party_secretary',
  'district_chairman',
  'agency_head',
  'public_unit_head',
] as const;
export type HostRole = (typeof hostRoles)[number];
export const hostRoleLabels: Record<HostRole, { vi: string; en: string }> = {
  commune_chairman: { vi: 'Chủ tịch UBND xã', en: 'Commune People’s Committee chairman' },
  commune_party_secretary: { vi: 'Bí thư Đảng ủy xã', en: 'Commune Party secretary' },
  commune_council_standing: { vi: 'Thường trực HĐND xã', en: 'Commune People’s Council standing board' },
  province_chairman: { vi: 'Chủ tịch UBND tỉnh', en: 'Provincial People’s Committee chairman' },
  province_party_secretary: { vi: 'Bí thư Tỉnh ủy', en: 'Provincial Party secretary' },
  district_chairman: { vi: 'Chủ tịch UBND huyện', en: 'District People’s Committee chairman' },
  agency_head: { vi: 'Thủ trưởng cơ quan', en: 'Head of the agency' },
  public_unit_head: { vi: 'Người đứng đầu đơn vị sự nghiệp', en: 'Head of the public service unit' },
};

/** Regular (thường xuyên, by the reception officers), periodic (định kỳ) or ad hoc (đột xuất) by the head (art. 2). */
export const receptionKinds = ['periodic', 'ad_hoc', 'regular'] as const;
export type ReceptionKind = (typeof receptionKinds)[number];
export const receptionForms = ['direct', 'online'] as const;
export type ReceptionForm = (typeof receptionForms)[number];
export const sessionStatuses = ['planned', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

const line = (max: number) => z.string().trim().min(1).max(max);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, bilingual({ vi: 'Giờ theo dạng HH:MM.', en: 'A time as HH:MM.' }));

export const SessionInput = z
  .object({
    unitId: z.uuid(),
    hostBody: z.enum(hostBodies),
    hostRole: z.enum(hostRoles),
    /** The host's name and title as announced (a public official, not protected data). */
    hostName: line(200),
    kind: z.enum(receptionKinds).default('periodic'),
    form: z.enum(receptionForms).default('direct'),
    place: line(300),
    date: isoDate,
    startsAt: clockTime.default('07:30'),
    endsAt: clockTime.default('11:30'),
    /** Shown on the portal's reception calendar. */
    published: z.boolean().default(true),
    /** An online session's connected points (điểm cầu thành phần). */
    connectedPoints: z.array(line(200)).max(50).default([]),
  })
  .refine((value) => value.startsAt < value.endsAt, {
    path: ['endsAt'],
    message: bilingual({ vi: 'Phải sau giờ bắt đầu.', en: 'Must be after the start.' }),
  });
export type SessionInput = z.infer<typeof SessionInput>;

/** What happened to a planned session: held (by the head, or by a deputy on the head's behalf), or cancelled. */
export const SessionOutcome = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('held'),
    heldByName: line(200),
    /** Held by someone other than the host (ủy quyền): does not count toward the head's minimum unless the rule says so. */
    delegated: z.boolean().default(false),
    /** An online session's recording, kept with the log (mandatory, NĐ 154/2026 ch. V 🟡). */
    recordingRef: line(300).optional(),
    note: line(2000).optional(),
  }),
  z.object({ action: z.literal('cancelled'), reason: line(500) }),
  /** An online session's notice to the connected points (≥ 5 working days before) and their confirmation (≥ 1 before). */
  z.object({ action: z.literal('points_notified') }),
  z.object({ action: z.literal('points_confirmed') }),
]);
export type SessionOutcome = z.infer<typeof SessionOutcome>;

export const Session = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  hostBody: z.enum(hostBodies),
  hostRole: z.enum(hostRoles),
  hostName: z.string(),
  kind: z.enum(receptionKinds),
  form: z.enum(receptionForms),
  place: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  published: z.boolean(),
  connectedPoints: z.array(z.string()),
  status: z.enum(sessionStatuses),
  heldByName: z.string().nullable(),
  delegated: z.boolean(),
  recordingRef: z.string().nullable(),
  pointsNotifiedAt: z.string().nullable(),
  pointsConfirmedAt: z.string().nullable(),
  /** An online session's connected points are notified by the 5th working day before it and confirm by the day before (🟡). */
  pointsNoticeBy: z.string().nullable(),
  pointsConfirmBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
  visitCount: z.number().int(),
  version: z.number().int(),
});
export type Session = z.infer<typeof Session>;

export const SessionListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(sessionStatuses).optional(),
  hostRole: z.enum(hostRoles).optional(),
});

/** The planner's question: a host's year, with the days the host prefers (day of the month, or weekday). */
export const PlanQuery = z.object({
  unitId: z.uuid(),
  hostRole: z.enum(hostRoles),
  hostName: line(200).optional(),
  year: z.coerce.number().int().min(2015).max(2100),
  /** Days of the month the host receives on ("10,20"), or weekdays (1 = Monday … 5 = Friday, "w3"). */
  days: z
    .string()
    .regex(/^(w[1-6]|[1-9]|[12]\d|3[01])(,(w[1-6]|[1-9]|[12]\d|3[01])){0,9}$/, {
      message: bilingual({ vi: 'Ngày trong tháng (10,20) hoặc thứ (w3).', en: 'Days of the month (10,20) or weekdays (w3).' }),
    })
    .optional(),
});

/** One period (a week or a month) of a host's minimum: what the rule in force asks, what was held, what is planned. */
export const CompliancePeriod = z.object({
  per: z.enum(['week', 'month']),
  from: z.string(),
  to: z.string(),
  required: z.number().int(),
  held: z.number().int(),
  planned: z.number().int(),
  /** met; planned (enough sessions planned, not all held yet); short (below the minimum, still ahead); missed (past and below). */
  state: z.enum(['met', 'planned', 'short', 'missed']),
  ruleBasis: z.string(),
});
export type CompliancePeriod = z.infer<typeof CompliancePeriod>;

/** Held against required per month (the legal periods that began in it added up). */
export const ComplianceMonth = z.object({
  month: z.string(),
  required: z.number().int(),
  held: z.number().int(),
  planned: z.number().int(),
  state: CompliancePeriod.shape.state,
});

export const PlannedDay = z.object({
  date: z.string(),
  /** A day the host prefers that is a day off moves to the next working day (a make-up day). */
  makeUpFor: z.string().nullable(),
  ruleBasis: z.string(),
  /** A session of the host is already planned or held that day. */
  scheduled: z.boolean(),
});
export const Plan = z.object({
  hostRole: z.enum(hostRoles),
  year: z.number().int(),
  days: z.array(PlannedDay),
  periods: z.array(CompliancePeriod),
  months: z.array(ComplianceMonth),
  warnings: z.array(z.object({ vi: z.string(), en: z.string() })),
});

export const ComplianceQuery = z
  .object({ unitId: z.uuid(), from: isoDate, to: isoDate, hostRole: z.enum(hostRoles).optional() })
  .refine(isOrderedPeriod, periodOrder);

/** What a visit is about, on the legal axis (the petition kinds, and a policy question). */
export const visitNatures = [...petitionKinds, 'other'] as const;
export type VisitNature = (typeof visitNatures)[number];
export const visitOutcomes = ['answered', 'guided', 'petition_received', 'transferred', 'refused'] as const;
export type VisitOutcome = (typeof visitOutcomes)[number];

/** Why a citizen may be refused (Law 42/2013 art. 9; NĐ 154/2026 art. 4 🟡). */
export const refusalReasons = [
  'intoxicated_or_incapable',
  'threatening_or_disorderly',
  'settled_case_persisting',
  'weapons_or_dangerous_items',
  'refused_security_check',
  'recording_when_forbidden',
  'no_representative_authority',
  'outside_scope',
  'final_court_judgment',
  'handled_by_another_body',
  'other_by_law',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export const citizenRoles = ['self', 'representative', 'lawyer', 'legal_aid_officer'] as const;
export const VisitCitizen = PetitionerIdentity.extend({ role: z.enum(citizenRoles).default('self') });

export const VisitInput = z
  .object({
    unitId: z.uuid(),
    /** The head's session the visit was received at; none for regular reception. */
    sessionId: z.uuid().optional(),
    visitedAt: isoDateTime.optional(),
    /** Each citizen who came (a group: its representatives), kept out of the log's readers' view for a denunciation. */
    citizens: z.array(VisitCitizen).min(1).max(20),
    /** How many people came (a group, đoàn đông người, from 5). */
    peopleCount: z.number().int().min(1).max(10_000).default(1),
    /** The written appointment of a group's representatives (Law 42/2013 art. 29). */
    appointmentRef: line(200).optional(),
    contentSummary: line(4000),
    priorHandling: line(2000).optional(),
    request: line(2000).optional(),
    nature: z.enum(visitNatures),
    field: z.enum(petitionFields).optional(),
    /** The earlier log entry on the same matter, when this visit repeats it. */
    repeatOf: z.uuid().optional(),
    /** Received together with another entry of the same group, its content split off. */
    groupOf: z.uuid().optional(),
    outcome: z.enum(visitOutcomes),
    /** Where the citizen was guided or the content transferred. */
    outcomeTo: line(300).optional(),
    refusalReason: z.enum(refusalReasons).optional(),
    /** Documents the citizen handed over (a receipt is printed for them, Mẫu 02/TCD). */
    documents: z.array(line(300)).max(50).default([]),
    officerName: line(200).optional(),
  })
  .superRefine((value, context) => {
    const issue = (path: string, vi: string, en: string) =>
      context.addIssue({ code: 'custom', path: [path], message: bilingual({ vi, en }) });
    if (value.outcome === 'refused' && !value.refusalReason)
      issue('refusalReason', 'Cần lý do từ chối theo Điều 9.', 'A refusal needs its reason (art. 9).');
    if (value.outcome !== 'refused' && value.refusalReason) issue('refusalReason', 'Chỉ ghi khi từ chối tiếp.', 'Only for a refusal.');
    if ((value.outcome === 'guided' || value.outcome === 'transferred') && !value.outcomeTo)
      issue('outcomeTo', 'Cần cơ quan hướng dẫn đến hoặc chuyển đến.', 'Name the body the citizen is guided or transferred to.');
    const representatives = value.citizens.filter((citizen) => citizen.role === 'representative').length;
    if (value.peopleCount >= 5 && value.peopleCount <= 10 && representatives > 2)
      issue('citizens', 'Đoàn 5–10 người cử 1–2 người đại diện.', 'A group of 5–10 chooses 1 or 2 representatives.');
    if (value.peopleCount > 10 && representatives > 5)
      issue('citizens', 'Đoàn trên 10 người cử tối đa 5 người đại diện.', 'A group of more than 10 chooses at most 5 representatives.');
    if (value.peopleCount < value.citizens.length)
      issue('peopleCount', 'Không ít hơn số công dân đã ghi.', 'Not fewer than the citizens written down.');
  });
export type VisitInput = z.infer<typeof VisitInput>;

/** A log entry as the log's readers see it; a protected visit (a denunciation) shows no citizen. */
export const Visit = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  sessionId: z.uuid().nullable(),
  year: z.number().int(),
  entryNo: z.number().int(),
  visitedAt: z.string(),
  kind: z.enum(receptionKinds),
  citizens: z.array(z.object({ fullName: z.string(), address: z.string().nullable(), role: z.enum(citizenRoles) })).nullable(),
  isIdentityProtected: z.boolean(),
  peopleCount: z.number().int(),
  isGroup: z.boolean(),
  groupId: z.uuid(),
  matterId: z.uuid(),
  isRepeat: z.boolean(),
  appointmentRef: z.string().nullable(),
  contentSummary: z.string(),
  priorHandling: z.string().nullable(),
  request: z.string().nullable(),
  nature: z.enum(visitNatures),
  field: z.enum(petitionFields).nullable(),
  outcome: z.enum(visitOutcomes),
  outcomeTo: z.string().nullable(),
  refusalReason: z.enum(refusalReasons).nullable(),
  documents: z.array(z.string()),
  officerName: z.string(),
  petitionId: z.uuid().nullable(),
  /** The 10-working-day answer to the citizen (art. 28(1)), for a content taken in. */
  answerDueAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answer: z.enum(['accepted', 'needs_more_time', 'refused', 'transferred']).nullable(),
});
export type Visit = z.infer<typeof Visit>;

export const VisitListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  sessionId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  nature: z.enum(visitNatures).optional(),
  outcome: z.enum(visitOutcomes).optional(),
  /** `pending`: a content taken in whose answer to the citizen is still owed, the earliest due first. */
  answer: z.enum(['pending']).optional(),
  /** Words of the content summary, with or without diacritics (never a citizen's identity). */
  q: z.string().trim().max(200).optional(),
});

/** An oral complaint or denunciation written down, read back and signed (or fingerprinted) becomes a petition. */
export const VisitConversion = z.object({
  kind: z.enum(petitionKinds),
  signedBy: z.enum(['signature', 'fingerprint']),
  respondent: line(300).optional(),
  decisionRef: line(100).optional(),
});
export const visitAnswers = ['accepted', 'needs_more_time', 'refused', 'transferred'] as const;
export const VisitAnswer = z.object({ answer: z.enum(visitAnswers), at: isoDateTime.optional() });

/** The person whose earlier visits and petitions the host looks at before a session (sent in a body, never in a URL). */
export const PersonHistoryQuery = z.object({
  unitId: z.uuid(),
  idNumber: PetitionerIdentity.shape.idNumber.unwrap(),
});

/** One timeline of a person's visits, petitions, dialogues and commitments at the unit. */
export const PersonHistory = z.object({
  items: z.array(
    z.object({
      type: z.enum(['visit', 'petition', 'dialogue', 'commitment']),
      id: z.uuid(),
      at: z.string(),
      /** Items of the same matter share it: a visit's matter, a petition's first petition. */
      matterId: z.string(),
      summary: z.string(),
      status: z.string(),
    }),
  ),
  /** Whether a denunciation's items were left out for want of an identity clearance. */
  protectedHidden: z.boolean(),
});
export type PersonHistory = z.infer<typeof PersonHistory>;

export const ReceptionFiguresQuery = z.object({ unitId: z.uuid(), from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);

/** Counts in one unit each (reception-counts.ts defines them); a row per kind of reception, and the total. */
const CountRow = z.object({
  visits: z.number().int(),
  persons: z.number().int(),
  matters: z.number().int(),
  firstMatters: z.number().int(),
  repeatMatters: z.number().int(),
  groups: z.number().int(),
  groupPersons: z.number().int(),
  /** The head's sessions held (kỳ tiếp / cuộc) and the days they were held on. */
  sessions: z.number().int(),
  days: z.number().int(),
});
export type ReceptionCountRow = z.infer<typeof CountRow>;
export const ReceptionFigures = z.object({
  unitId: z.uuid(),
  from: z.string(),
  to: z.string(),
  total: CountRow,
  byKind: z.object({ regular: CountRow, periodic: CountRow, ad_hoc: CountRow }),
  /** The head's sessions held by someone on the head's behalf. */
  delegatedSessions: z.number().int(),
  byNature: z.record(z.string(), z.number().int()),
  byOutcome: z.record(z.string(), z.number().int()),
  refused: z.number().int(),
  answersDue: z.number().int(),
  answersLate: z.number().int(),
});

/** A citizen books a published session on the portal, with the matter stated (no account). */
export const BookingInput = z.object({
  sessionId: z.uuid(),
  fullName: line(200),
  idNumber: PetitionerIdentity.shape.idNumber.unwrap(),
  phone: PetitionerIdentity.shape.phone,
  matter: line(2000),
});
export type BookingInput = z.infer<typeof BookingInput>;

/** A booking as the host reads it before the session, with the person's earlier items on record. */
export const Booking = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  queueNo: z.number().int(),
  fullName: z.string(),
  idNumber: z.string(),
  phone: z.string().nullable(),
  matter: z.string(),
  bookedAt: z.string(),
  history: z.array(
    z.object({ type: z.string(), id: z.uuid(), at: z.string(), matterId: z.string(), summary: z.string(), status: z.string() }),
  ),
});
