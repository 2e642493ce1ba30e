import { api, buildUrl, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const dossierStatuses = [
  'submitted',
  'guided',
  'refused',
  'processing',
  'supplement_requested',
  'result_ready',
  'stopped',
  'withdrawn',
  'returned',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

export const deliveries = ['counter', 'post', 'home', 'electronic'] as const;
export type Delivery = (typeof deliveries)[number];

export type DossierOutcome = 'early' | 'on_time' | 'late';

export type DossierSummary = {
  id: string;
  code: string | null;
  procedureCode: string;
  procedureVersion: number;
  procedureName: string;
  applicantName: string;
  channel: string;
  status: DossierStatus;
  nationalStatus: number;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  outcome: DossierOutcome | null;
  version: number;
};

export type DossierDocument = { index: number; name: string; form: string; count: number; isRequired: boolean };

export type TaskStatus = 'waiting' | 'active' | 'done' | 'returned' | 'skipped';

export type DossierTask = {
  id: string;
  stepIndex: number;
  name: string;
  unitId: string;
  role: string;
  status: TaskStatus;
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  outcome: DossierOutcome | null;
  handedOverBy: string | null;
  finishedBy: string | null;
};

export type DossierEvent = { seq: number; type: string; at: string; actorName: string; data: Record<string, unknown> };

export type Applicant = {
  kind: 'person' | 'organisation';
  name: string;
  citizenId?: string;
  taxCode?: string;
  phone: string;
  email?: string;
  address: string;
};

export type DossierDetail = DossierSummary & {
  receivingUnitId: string;
  applicant: Partial<Applicant> & Record<string, unknown>;
  documents: DossierDocument[];
  setCount: number;
  delivery: Delivery;
  originalDueAt: string | null;
  supplementCount: number;
  rescheduleCount: number;
  /** The actions the signed-in officer may take now, decided by the server from the status, the steps and their roles. */
  allowedActions: ActionName[];
  /** For an online submission waiting to be checked: the decisions the officer may take. */
  intakeDecisions: IntakeDecisionName[];
  events: DossierEvent[];
  tasks: DossierTask[];
};

export type IntakeRequest = {
  receivingUnitId: string;
  procedureCode: string;
  applicant: Applicant;
  documents: { index: number; count: number }[];
  setCount: number;
  delivery: Delivery;
  refusalReason?: string;
};

export type IntakeResult = {
  dossierId: string;
  outcome: 'received' | 'guided' | 'refused';
  code: string | null;
  dueAt: string | null;
  missingDocuments: DossierDocument[];
};

/** The commands of POST /dossiers/:id/actions. */
export type DossierAction =
  | { action: 'hand_over'; note?: string }
  | { action: 'return_to_step'; stepIndex: number; reason: string }
  | { action: 'request_supplement'; reason: string; missingDocuments: string[] }
  | { action: 'receive_supplement' }
  | { action: 'reschedule'; reason: string; newDueAt: string }
  | { action: 'approve'; note?: string }
  | { action: 'stop'; reason: string }
  | { action: 'withdraw'; reason?: string }
  | { action: 'return'; delivery: Delivery; note?: string; deliveryRecord?: DeliveryRecord };
export type ActionName = DossierAction['action'];

/** The decisions of POST /dossiers/:id/intake-decision on an online submission. */
export type IntakeDecision =
  | { decision: 'receive' }
  | { decision: 'guide'; reason: string; missingDocuments: string[] }
  | { decision: 'refuse'; reason: string };
export type IntakeDecisionName = IntakeDecision['decision'];

/** A scan of a paper received or a result document, kept in the file store. */
export type DossierFile = { id: string; kind: 'submitted' | 'result' | string; name: string; contentType: string; size: number; sha256: string; createdBy: string | null; createdAt: string };

/** How a result delivered at home or by post reached the applicant (kept in the `returned` event). */
export type DeliveryRecord = {
  recipientName: string;
  address: string;
  deliveredAt: string;
  deliveredBy?: string;
  postalReceiptNumber?: string;
};

export const dossierForms = ['receipt', 'supplement-request', 'refusal', 'apology', 'process-control'] as const;
export type DossierForm = (typeof dossierForms)[number];

export type DossierQuery = {
  q?: string;
  status?: DossierStatus;
  unitId?: string;
  /** soon: due within the next two working days; overdue: past the appointment (both: in processing). */
  due?: 'soon' | 'overdue';
  /** me: waiting for the signed-in officer. */
  assignedTo?: 'me';
  page: number;
  pageSize: number;
};

const path = (id: string) => `/dossiers/${encodeURIComponent(id)}`;

export const dossiersApi = {
  list: (query: DossierQuery, signal?: AbortSignal) => api.get<Page<DossierSummary>>('/dossiers', { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<DossierDetail>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  /** Counter intake; the key makes a repeated submission answer with the first result. */
  intake: (body: IntakeRequest, idempotencyKey: string) =>
    api.post<IntakeResult>('/dossiers/counter-intake', body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  act: (id: string, version: number, action: DossierAction) =>
    api.post<DossierDetail>(`${path(id)}/actions`, action, { headers: ifMatch(version) }),
  decide: (id: string, version: number, decision: IntakeDecision) =>
    api.post<DossierDetail>(`${path(id)}/intake-decision`, decision, { headers: ifMatch(version) }),
  files: (id: string, signal?: AbortSignal) => api.get<{ items: DossierFile[] }>(`${path(id)}/files`, { signal }),
  attachFile: (id: string, kind: 'submitted' | 'result', file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return api.upload<DossierFile>(`${path(id)}/files`, form);
  },
  /** The address of a stored file, opened with the sign-in cookie. */
  fileUrl: (fileId: string) => buildUrl(`/files/${encodeURIComponent(fileId)}`),
  /** The address of an official form (PDF), opened in a new tab with the sign-in cookie. */
  formUrl: (id: string, form: DossierForm) => buildUrl(`${path(id)}/forms/${form}`),
  trackingBook: (unitId: string, from: string, to: string, format: 'pdf' | 'xlsx') =>
    downloadFile(`/units/${encodeURIComponent(unitId)}/tracking-book`, `so-theo-doi-${from}-${to}.${format}`, { from, to, format }),
};

/** A random key for Idempotency-Key; works on plain-HTTP intranet addresses too, where randomUUID is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
