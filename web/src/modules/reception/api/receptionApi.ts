import type { Commitment, SessionConclusion } from '@contracts/dialogues';
import type { Petition } from '@contracts/petitions';
import type {
  HostRole,
  PersonHistory,
  Plan,
  ReceptionFigures,
  Session,
  SessionInput,
  SessionOutcome,
  SessionStatus,
  Visit,
  VisitAnswer,
  VisitConversion,
  VisitInput,
  VisitNature,
} from '@contracts/reception';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import type { Period } from '@contracts/period';

export type SessionBody = z.input<typeof SessionInput>;
export type VisitBody = z.input<typeof VisitInput>;
export type ConversionBody = z.input<typeof VisitConversion>;
export type AnswerBody = z.input<typeof VisitAnswer>;
export type ConclusionBody = z.input<typeof SessionConclusion>;
export type PlanView = z.infer<typeof Plan>;
export type FiguresView = z.infer<typeof ReceptionFigures>;
export type VisitLetter = 'refusal_notice' | 'receipt';
export type FileFormat = 'pdf' | 'docx';

export type SessionQuery = {
  unitId?: string;
  from?: string;
  to?: string;
  status?: SessionStatus;
  hostRole?: HostRole;
  page?: number;
  pageSize?: number;
};

export type VisitQuery = {
  unitId?: string;
  sessionId?: string;
  from?: string;
  to?: string;
  nature?: VisitNature;
  q?: string;
  page?: number;
  pageSize?: number;
};

export type { PersonHistory };
export type PersonHistoryItem = PersonHistory['items'][number];

const sessionPath = (id: string) => `/reception/sessions/${encodeURIComponent(id)}`;
const visitPath = (id: string) => `/reception/visits/${encodeURIComponent(id)}`;

/** The heads' sessions with their planner, and the reception log kept at the desk. */
export const receptionApi = {
  sessions: (query: SessionQuery, signal?: AbortSignal) => api.get<Page<Session>>('/reception/sessions', { query, signal }),
  schedule: (body: SessionBody, idempotencyKey?: string) =>
    api.post<Session>('/reception/sessions', body, idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {}),
  /** Held, cancelled, points notified or confirmed, sent with the version shown. */
  outcome: (session: Pick<Session, 'id' | 'version'>, body: z.input<typeof SessionOutcome>) =>
    api.post<Session>(`${sessionPath(session.id)}/outcome`, body, { headers: ifMatch(session.version) }),
  conclude: (sessionId: string, conclusions: ConclusionBody[]) =>
    api.post<Commitment[]>(`${sessionPath(sessionId)}/conclusions`, { conclusions }),
  plan: (query: { unitId: string; hostRole: HostRole; year: number; days?: string }, signal?: AbortSignal) =>
    api.get<PlanView>('/reception/plan', { query, signal }),
  figures: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<FiguresView>('/reception/figures', { query: { unitId, ...period }, signal }),
  visits: (query: VisitQuery, signal?: AbortSignal) => api.get<Page<Visit>>('/reception/visits', { query, signal }),
  visit: (id: string, signal?: AbortSignal) => api.get<Visit>(visitPath(id), { signal }),
  record: (body: VisitBody) => api.post<Visit>('/reception/visits', body),
  /** The content written down, read back and signed becomes a petition linked to the entry. */
  convert: (visitId: string, body: ConversionBody) => api.post<Petition>(`${visitPath(visitId)}/petition`, body),
  answer: (visitId: string, body: AnswerBody) => api.post<Visit>(`${visitPath(visitId)}/answer`, body),
  letter: (visit: Pick<Visit, 'id' | 'year' | 'entryNo'>, letter: VisitLetter, format: FileFormat) =>
    downloadFile(`${visitPath(visit.id)}/letters/${letter}`, `tiep-cong-dan-${visit.year}-${visit.entryNo}-${letter}.${format}`, {
      format,
    }),
  /** The ID number travels in the body, never in an address. */
  personHistory: (unitId: string, idNumber: string) => api.post<PersonHistory>('/reception/person-history', { unitId, idNumber }),
};
