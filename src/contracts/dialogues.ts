/**
 * Dialogues (đối thoại) and the commitments made in them: a dialogue inside a complaint case, the
 * commune's annual conference with the people (with the Fatherland Front), and Party heads' and
 * thematic dialogues — invited in writing, with minutes; each conclusion, and each conclusion of a
 * head's reception session, becomes a commitment with an owner, a due date and evidence, which
 * the public can follow and the citizens concerned confirm.
 */
import { z } from 'zod';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';
import { bilingual } from '../platform/i18n/locale.js';
import { isOrderedPeriod, periodOrder } from './period.js';
import { hostBodies, receptionForms } from './reception.js';

export const dialogueKinds = ['complaint_case', 'annual_conference', 'party_head', 'thematic'] as const;
export type DialogueKind = (typeof dialogueKinds)[number];
export const dialogueStatuses = ['planned', 'held', 'ended_absent', 'cancelled'] as const;
export type DialogueStatus = (typeof dialogueStatuses)[number];
export const questionSources = ['portal', 'paper', 'reception_log'] as const;

const line = (max: number) => z.string().trim().min(1).max(max);

export const DialogueInput = z
  .object({
    unitId: z.uuid(),
    kind: z.enum(dialogueKinds),
    hostBody: z.enum(hostBodies),
    hostName: line(200),
    /** The Fatherland Front committee co-hosting the annual conference (Law 10/2022 art. 32). */
    coHost: line(200).optional(),
    /** The petition whose complaint the dialogue is part of. */
    petitionId: z.uuid().optional(),
    title: line(500),
    plannedAt: isoDateTime,
    place: line(300),
    form: z.enum(receptionForms).default('direct'),
    invitationRef: line(100).optional(),
    invitationSentAt: isoDateTime.optional(),
    questions: z
      .array(z.object({ source: z.enum(questionSources), text: line(2000) }))
      .max(500)
      .default([]),
  })
  .superRefine((value, context) => {
    const issue = (path: string, vi: string, en: string) =>
      context.addIssue({ code: 'custom', path: [path], message: bilingual({ vi, en }) });
    if (value.kind === 'complaint_case' && !value.petitionId)
      issue('petitionId', 'Đối thoại trong giải quyết khiếu nại cần đơn khiếu nại.', 'A dialogue in a complaint case needs its petition.');
    if (value.kind === 'annual_conference' && !value.coHost)
      issue('coHost', 'Hội nghị đối thoại hằng năm phối hợp với Ủy ban MTTQ.', 'The annual conference is held with the Fatherland Front.');
  });
export type DialogueInput = z.infer<typeof DialogueInput>;

export const Participant = z.object({
  name: line(200),
  role: line(200),
  opinion: line(4000).optional(),
  signed: z.boolean(),
  /** Why a participant refused to sign (art. 30(4)). */
  refusalReason: line(500).optional(),
});

/** A conclusion agreed in the minutes, which becomes a commitment. */
export const ConclusionInput = z.object({
  text: line(2000),
  /** What the public board shows (no personal data where the law protects it). */
  publicText: line(2000),
  ownerUnitId: z.uuid(),
  ownerName: line(200),
  /** A due date, or a number of working days from the dialogue. */
  dueOn: isoDate.optional(),
  workingDays: z.number().int().min(1).max(365).optional(),
  expectedEvidence: line(1000),
  /** The citizens concerned, asked "has it been done?" once it is marked done (no account needed). */
  beneficiaries: z
    .array(
      z
        .object({
          name: line(200),
          email: z.email().max(200).optional(),
          phone: z
            .string()
            .trim()
            .regex(/^(\+84|0)\d{9,10}$/)
            .optional(),
        })
        .refine((value) => value.email || value.phone, {
          path: ['email'],
          message: bilingual({ vi: 'Cần thư điện tử hoặc số điện thoại.', en: 'An e-mail or a phone number is needed.' }),
        }),
    )
    .max(100)
    .default([]),
});
export type ConclusionInput = z.infer<typeof ConclusionInput>;

const dueRequired = {
  message: bilingual({ vi: 'Cần hạn (ngày) hoặc số ngày làm việc.', en: 'A due date or a number of working days is needed.' }),
  path: ['dueOn'],
};
export const CheckedConclusion = ConclusionInput.refine((value) => (value.dueOn ? 1 : 0) + (value.workingDays ? 1 : 0) === 1, dueRequired);

export const DialogueMinutes = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('held'),
    heldAt: isoDateTime,
    attendeesCount: z.number().int().min(1).max(100_000),
    participants: z.array(Participant).min(1).max(200),
    agreed: line(8000),
    differences: line(8000).optional(),
    minutesRef: line(100).optional(),
    copies: z.number().int().min(3).max(20).default(3),
    conclusions: z.array(CheckedConclusion).max(50).default([]),
  }),
  /** The complainant did not come (TT 07/2013 art. 21(2)(a); from 1/7/2026 the settlement goes on, Law 136/2025 🟡). */
  z.object({
    outcome: z.literal('ended_absent'),
    heldAt: isoDateTime,
    notices: z.number().int().min(1).max(10),
    goodReason: z.boolean().default(false),
    minutesRef: line(100).optional(),
  }),
  z.object({ outcome: z.literal('cancelled'), reason: line(500) }),
]);
export type DialogueMinutes = z.infer<typeof DialogueMinutes>;

export const Dialogue = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  kind: z.enum(dialogueKinds),
  hostBody: z.enum(hostBodies),
  hostName: z.string(),
  coHost: z.string().nullable(),
  petitionId: z.uuid().nullable(),
  title: z.string(),
  plannedAt: z.string(),
  heldAt: z.string().nullable(),
  place: z.string(),
  form: z.enum(receptionForms),
  invitationRef: z.string().nullable(),
  invitationSentAt: z.string().nullable(),
  status: z.enum(dialogueStatuses),
  attendeesCount: z.number().int().nullable(),
  participants: z.array(Participant),
  questions: z.array(z.object({ source: z.enum(questionSources), text: z.string() })),
  agreed: z.string().nullable(),
  differences: z.string().nullable(),
  minutesRef: z.string().nullable(),
  copies: z.number().int().nullable(),
  /** For a complainant's absence: the notices sent, whether there was a good reason, and what the law then said. */
  absence: z.object({ notices: z.number().int(), goodReason: z.boolean(), settlementContinues: z.boolean(), basis: z.string() }).nullable(),
  cancelReason: z.string().nullable(),
  commitmentIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type Dialogue = z.infer<typeof Dialogue>;

export const DialogueListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  kind: z.enum(dialogueKinds).optional(),
  status: z.enum(dialogueStatuses).optional(),
});

export const commitmentOrigins = ['dialogue', 'reception_session', 'settlement'] as const;
export const commitmentStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
export const commitmentEventTypes = [
  'made',
  'progress_reported',
  'marked_done',
  'confirmed',
  'reopened',
  'escalated',
  'cancelled',
] as const;
export type CommitmentEventType = (typeof commitmentEventTypes)[number];

/** A head's conclusion after a reception session (Thông báo kết luận), made a commitment. */
export const SessionConclusion = CheckedConclusion;

/** What the public board may show of a step (the evidence itself may name people and stays with the officers). */
const publicNote = line(1000).optional();
export const CommitmentStep = z.discriminatedUnion('action', [
  z.object({ action: z.literal('progress'), progressPct: z.number().int().min(0).max(99), evidence: line(1000), publicNote }),
  z.object({ action: z.literal('done'), evidence: line(1000), publicNote }),
  z.object({ action: z.literal('cancel'), reason: line(500) }),
]);
export type CommitmentStep = z.infer<typeof CommitmentStep>;

export const Commitment = z.object({
  id: z.uuid(),
  origin: z.enum(commitmentOrigins),
  originId: z.uuid(),
  unitId: z.uuid(),
  text: z.string(),
  publicText: z.string(),
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  expectedEvidence: z.string(),
  status: z.enum(commitmentStatuses),
  isOverdue: z.boolean(),
  progressPct: z.number().int(),
  evidence: z.array(z.object({ at: z.string(), text: z.string(), publicText: z.string().optional() })),
  reopenedCount: z.number().int(),
  escalatedAt: z.string().nullable(),
  confirmation: z.object({ asked: z.number().int(), yes: z.number().int(), no: z.number().int() }),
  madeAt: z.string(),
  version: z.number().int(),
});
export type Commitment = z.infer<typeof Commitment>;

/** A commitment with its history: made, progress, done, the citizens' answers, escalation, cancellation (with its reason). */
export const CommitmentDetail = Commitment.extend({
  history: z.array(z.object({ type: z.enum(commitmentEventTypes), at: z.string(), actorName: z.string(), note: z.string().nullable() })),
});
export type CommitmentDetail = z.infer<typeof CommitmentDetail>;

export const CommitmentListQuery = PageQuery.extend({
  unitId: z.uuid().optional(),
  status: z.enum(commitmentStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

/** The citizen's answer to "has it been done?". */
export const ConfirmationAnswer = z.object({ answer: z.enum(['yes', 'no']), comment: z.string().trim().max(1000).optional() });

export const DialogueFiguresQuery = z.object({ unitId: z.uuid(), from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);
export const DialogueFigures = z.object({
  unitId: z.uuid(),
  from: z.string(),
  to: z.string(),
  held: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  byHostBody: z.record(z.string(), z.number().int()),
  /** Dialogues held while settling a petition (seed 004: "7 lượt đối thoại … trong quá trình giải quyết đơn thư"). */
  linkedToPetitions: z.number().int(),
  annualConferenceHeld: z.boolean(),
  commitments: z.object({
    made: z.number().int(),
    done: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    reopened: z.number().int(),
  }),
});
