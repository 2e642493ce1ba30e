/**
 * The dossiers contract shared by the server (routes, OpenAPI) and the officer app: the enums,
 * the request and response schemas, and the label tables typed by their enums (a missing label
 * fails the type check).
 */
import { z } from 'zod';
import { isoDateTime } from '../platform/http/dates.js';
import { bilingual, type Text } from '../platform/i18n/locale.js';
import { hasProvincePrefix } from './citizen-id.js';

export const dossierStatuses = [
  'submitted',
  'guided',
  'refused',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'result_ready',
  'stopped',
  'withdrawn',
  'returned',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

export const dossierEventTypes = [
  'submitted_online',
  'received',
  'guided',
  'refused_at_intake',
  'supplement_requested',
  'supplement_received',
  'payment_requested',
  'payment_received',
  'handed_over',
  'returned_to_step',
  'rescheduled',
  'approved',
  'stopped',
  'withdrawn',
  'returned',
] as const;
export type DossierEventType = (typeof dossierEventTypes)[number];

/** The commands of POST /dossiers/:id/actions and the event each one appends. */
export const actionEvents = {
  request_supplement: 'supplement_requested',
  receive_supplement: 'supplement_received',
  request_payment: 'payment_requested',
  receive_payment: 'payment_received',
  hand_over: 'handed_over',
  return_to_step: 'returned_to_step',
  reschedule: 'rescheduled',
  approve: 'approved',
  stop: 'stopped',
  withdraw: 'withdrawn',
  return: 'returned',
} as const satisfies Record<string, DossierEventType>;
export type DossierActionName = keyof typeof actionEvents;
export const dossierActionNames = Object.keys(actionEvents) as DossierActionName[];

export const deliveries = ['counter', 'post', 'home', 'electronic'] as const;
export type Delivery = (typeof deliveries)[number];
export const dossierChannels = ['counter', 'online'] as const;
export type DossierChannel = (typeof dossierChannels)[number];
export const dossierOutcomes = ['early', 'on_time', 'late'] as const;
export type DossierOutcome = (typeof dossierOutcomes)[number];
export const taskStatuses = ['waiting', 'active', 'done', 'returned', 'skipped'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const intakeDecisionNames = ['receive', 'guide', 'refuse'] as const;
export type IntakeDecisionName = (typeof intakeDecisionNames)[number];
export const dossierForms = ['receipt', 'supplement-request', 'refusal', 'apology', 'stop-notice', 'process-control'] as const;
export type DossierForm = (typeof dossierForms)[number];
export const fileKinds = ['submitted', 'result'] as const;

/** The national status codes of the portal (legal-rules §1.4). */
export const nationalStatusCode: Record<DossierStatus, number> = {
  submitted: 1,
  guided: 3,
  refused: 3,
  processing: 4,
  supplement_requested: 5,
  awaiting_payment: 6,
  stopped: 8,
  withdrawn: 7,
  result_ready: 9,
  returned: 10,
};

/** What citizens read on the tracking page. */
export const publicStatusLabels: Record<DossierStatus, string> = {
  submitted: 'Mới đăng ký',
  guided: 'Không được tiếp nhận (hướng dẫn bổ sung)',
  refused: 'Không được tiếp nhận',
  processing: 'Đang xử lý',
  supplement_requested: 'Yêu cầu bổ sung giấy tờ',
  awaiting_payment: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  result_ready: 'Đã xử lý xong, chờ trả kết quả',
  stopped: 'Dừng xử lý',
  withdrawn: 'Công dân rút hồ sơ',
  returned: 'Đã trả kết quả',
};

/** The history citizens read on the tracking page; null: an internal step they do not see (a hand-over between officers). */
export const publicEventLabels: Record<DossierEventType, string | null> = {
  submitted_online: 'Đã nộp trực tuyến, chờ tiếp nhận',
  received: 'Đã tiếp nhận hồ sơ',
  guided: 'Hướng dẫn bổ sung giấy tờ (chưa tiếp nhận)',
  refused_at_intake: 'Từ chối tiếp nhận',
  supplement_requested: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplement_received: 'Đã nhận hồ sơ bổ sung',
  payment_requested: 'Yêu cầu thực hiện nghĩa vụ tài chính (nộp phí, lệ phí, thuế)',
  payment_received: 'Đã thực hiện nghĩa vụ tài chính, tiếp tục xử lý',
  handed_over: null,
  returned_to_step: null,
  rescheduled: 'Xin lỗi và hẹn lại ngày trả kết quả',
  approved: 'Đã có kết quả, chờ trả',
  stopped: 'Dừng giải quyết hồ sơ',
  withdrawn: 'Công dân rút hồ sơ',
  returned: 'Đã trả kết quả',
};

const phone = z
  .string()
  .trim()
  .regex(
    /^(\+84|0)\d{9,10}$/,
    bilingual({ vi: 'Số điện thoại Việt Nam, ví dụ 0912345678.', en: 'A Vietnamese phone number, e.g. 0912345678.' }),
  );

export const Applicant = z
  .object({
    kind: z.enum(['person', 'organisation']),
    name: z.string().trim().min(2).max(200),
    citizenId: z
      .string()
      .trim()
      .regex(/^\d{12}$/, bilingual({ vi: 'Gồm đúng 12 chữ số.', en: '12 digits.' }))
      .refine(
        hasProvincePrefix,
        bilingual({ vi: '3 chữ số đầu phải là mã tỉnh nơi đăng ký khai sinh.', en: 'The first 3 digits must be a province code.' }),
      )
      .optional(),
    taxCode: z
      .string()
      .trim()
      .regex(/^\d{10}(-\d{3})?$/, bilingual({ vi: 'Gồm 10 chữ số, hoặc 10-3 cho chi nhánh.', en: '10 digits, or 10-3 for a branch.' }))
      .optional(),
    phone,
    email: z.email().optional(),
    address: z.string().trim().min(3).max(300),
  })
  .refine((applicant) => applicant.kind !== 'person' || applicant.citizenId !== undefined, {
    message: bilingual({ vi: 'Cá nhân cần số định danh cá nhân 12 chữ số.', en: 'A person needs a 12-digit citizen ID.' }),
    path: ['citizenId'],
  });
export type Applicant = z.infer<typeof Applicant>;

export const CounterIntakeRequest = z.object({
  receivingUnitId: z.uuid(),
  procedureCode: z.string().regex(/^\d\.\d{6}$/, 'D.DDDDDD'),
  applicant: Applicant,
  /** The checklist items received (1-based positions in the procedure's documents) and their counts. */
  documents: z.array(z.object({ index: z.number().int().min(1).max(60), count: z.number().int().min(1).max(20).default(1) })).max(60),
  setCount: z.number().int().min(1).max(50).default(1),
  delivery: z.enum(deliveries),
  /** Refuse at the counter (with a reason) instead of receiving. */
  refusalReason: z.string().trim().min(5).max(2000).optional(),
});
export type CounterIntakeRequest = z.infer<typeof CounterIntakeRequest>;

export const DocumentReceived = z.object({
  index: z.number(),
  name: z.string(),
  form: z.string(),
  count: z.number(),
  isRequired: z.boolean(),
});
export type DocumentReceived = z.infer<typeof DocumentReceived>;

export const IntakeResult = z.object({
  dossierId: z.uuid(),
  outcome: z.enum(['received', 'guided', 'refused']),
  code: z.string().nullable(),
  dueAt: z.string().nullable(),
  missingDocuments: z.array(DocumentReceived),
  /**
   * Days up to the appointment whose status is not yet settled (a year without a published
   * schedule, a holiday rule the deployment has not decided): the appointment may move.
   */
  provisionalDays: z.array(z.string()),
});
export type IntakeResult = z.infer<typeof IntakeResult>;

/**
 * How a result sent to the applicant's home or by post reached them (NĐ 61/2018 art. 20: the
 * result is returned at the place on the receipt; the one-stop department keeps the proof).
 */
export const DeliveryRecord = z.object({
  /** Who received the result (the applicant or a person on their behalf). */
  recipientName: z.string().trim().min(2).max(200),
  address: z.string().trim().min(3).max(300),
  deliveredAt: isoDateTime,
  /** The officer or courier who delivered it (home delivery). */
  deliveredBy: z.string().trim().min(2).max(200).optional(),
  /** The postal service's receipt or tracking number (delivery by post). */
  postalReceiptNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{3,39}$/, '4–40 letters, digits, ".", "/" or "-"')
    .optional(),
});
export type DeliveryRecord = z.infer<typeof DeliveryRecord>;

const reason = z.string().trim().min(5).max(2000);
const note = z.string().trim().max(2000).optional();

export const DossierAction = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('request_supplement'),
    reason,
    missingDocuments: z.array(z.string().trim().min(1).max(300)).min(1).max(30),
  }),
  z.object({ action: z.literal('receive_supplement') }),
  z.object({
    action: z.literal('request_payment'),
    /** What the applicant must pay (land-use fee, registration fee, tax…) and the amount in VND when known. */
    obligation: z.string().trim().min(3).max(500),
    amountVnd: z.number().int().min(0).max(1_000_000_000_000).optional(),
  }),
  z.object({ action: z.literal('receive_payment'), note }),
  z.object({ action: z.literal('hand_over'), note }),
  z.object({ action: z.literal('return_to_step'), stepIndex: z.number().int().min(0).max(30), reason }),
  z.object({ action: z.literal('reschedule'), reason, newDueAt: isoDateTime }),
  z.object({ action: z.literal('approve'), note }),
  z.object({ action: z.literal('stop'), reason }),
  z.object({ action: z.literal('withdraw'), reason: z.string().trim().max(2000).optional() }),
  z.object({
    action: z.literal('return'),
    delivery: z.enum(deliveries),
    note,
    /** Required for home and post delivery: who received it, where, when, and who delivered it or the postal receipt number. */
    deliveryRecord: DeliveryRecord.optional(),
  }),
]);
export type DossierAction = z.infer<typeof DossierAction>;

export const OnlineIntakeDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('receive') }),
  z.object({ decision: z.literal('guide'), reason, missingDocuments: z.array(z.string().trim().min(1).max(300)).min(1).max(30) }),
  z.object({ decision: z.literal('refuse'), reason }),
]);
export type OnlineIntakeDecision = z.infer<typeof OnlineIntakeDecision>;

export const DossierListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(dossierStatuses).optional(),
  /** Only the dossiers received by this unit. */
  unitId: z.uuid().optional(),
  /** soon: in processing, due within the next 2 working days; overdue: in processing, past the appointment. */
  due: z.enum(['soon', 'overdue']).optional(),
  /** me: waiting for the signed-in user (a step of their role at their units, an intake, a supplement or a result to return). */
  assignedTo: z.enum(['me']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;

export const DossierSummary = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  procedureCode: z.string(),
  procedureVersion: z.number(),
  procedureName: z.string(),
  applicantName: z.string(),
  channel: z.enum(dossierChannels),
  status: z.enum(dossierStatuses),
  nationalStatus: z.number(),
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  outcome: z.enum(dossierOutcomes).nullable(),
  version: z.number(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DossierEvent = z.object({
  seq: z.number(),
  type: z.enum(dossierEventTypes),
  at: z.string(),
  actorName: z.string(),
  /** The actor's full name when a staff member acted (null for the citizen, a token, the system). */
  actorFullName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type DossierEvent = z.infer<typeof DossierEvent>;

export const DossierTask = z.object({
  id: z.uuid(),
  stepIndex: z.number(),
  name: z.string(),
  unitId: z.string(),
  role: z.string(),
  status: z.enum(taskStatuses),
  startedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(dossierOutcomes).nullable(),
  handedOverBy: z.string().nullable(),
  finishedBy: z.string().nullable(),
  /** Full names of who handed the step on and who finished it, when staff members. */
  handedOverByFullName: z.string().nullable(),
  finishedByFullName: z.string().nullable(),
});
export type DossierTask = z.infer<typeof DossierTask>;

export const DossierDetail = DossierSummary.extend({
  receivingUnitId: z.uuid(),
  applicant: z.record(z.string(), z.unknown()),
  documents: z.array(DocumentReceived),
  setCount: z.number(),
  delivery: z.enum(deliveries),
  originalDueAt: z.string().nullable(),
  supplementCount: z.number(),
  rescheduleCount: z.number(),
  /** The actions of POST /dossiers/:id/actions that the signed-in user may take now. */
  allowedActions: z.array(z.enum(dossierActionNames as [DossierActionName, ...DossierActionName[]])),
  /** The decisions of POST /dossiers/:id/intake-decision the user may take now (an online submission waiting to be checked). */
  intakeDecisions: z.array(z.enum(intakeDecisionNames)),
  events: z.array(DossierEvent),
  tasks: z.array(DossierTask),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

export const DossierFile = z.object({
  id: z.uuid(),
  kind: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type DossierFile = z.infer<typeof DossierFile>;

export type { Text };
