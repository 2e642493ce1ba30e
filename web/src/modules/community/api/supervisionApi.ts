import type {
  Conference,
  ConferenceInput,
  ConferenceYear,
  Consultation,
  ConsultationAnswer,
  ConsultationInput,
  Finding,
  FindingInput,
  FindingStep,
  supervisionBoards,
} from '@contracts/supervision';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';

export type ConsultationView = z.infer<typeof Consultation>;
export type ConsultationBody = z.input<typeof ConsultationInput>;
export type AnswerBody = z.input<typeof ConsultationAnswer>;
export type ConferenceView = z.infer<typeof Conference>;
export type ConferenceBody = z.input<typeof ConferenceInput>;
export type ConferenceYearView = z.infer<typeof ConferenceYear>;
export type FindingView = z.infer<typeof Finding>;
export type FindingBody = z.input<typeof FindingInput>;
export type FindingStepBody = z.input<typeof FindingStep>;
export type Board = (typeof supervisionBoards)[number];
export type FindingStatus = FindingView['status'];
export type ConsultationQuery = { unitId?: string; q?: string; page?: number; pageSize?: number };
export type FindingQuery = ConsultationQuery & { board?: Board; status?: FindingStatus };

const base = '/community';
const consultationPath = (id: string) => `${base}/consultations/${encodeURIComponent(id)}`;
const findingPath = (id: string) => `${base}/supervision-findings/${encodeURIComponent(id)}`;

/** Consultations of residents and their answer, year-end conferences, supervision findings with their follow-up. */
export const supervisionApi = {
  consultations: (query: ConsultationQuery, signal?: AbortSignal) =>
    api.get<Page<ConsultationView>>(`${base}/consultations`, { query, signal }),
  openConsultation: (body: ConsultationBody) => api.post<ConsultationView>(`${base}/consultations`, body),
  answer: (made: ConsultationView, body: AnswerBody) =>
    api.post<ConsultationView>(`${consultationPath(made.id)}/answer`, body, { headers: ifMatch(made.version) }),
  conferences: (unitId: string, year: number, signal?: AbortSignal) =>
    api.get<ConferenceYearView>(`${base}/conferences`, { query: { unitId, year }, signal }),
  recordConference: (body: ConferenceBody) => api.post<ConferenceView>(`${base}/conferences`, body),
  findings: (query: FindingQuery, signal?: AbortSignal) => api.get<Page<FindingView>>(`${base}/supervision-findings`, { query, signal }),
  recordFinding: (body: FindingBody) => api.post<FindingView>(`${base}/supervision-findings`, body),
  step: (made: FindingView, body: FindingStepBody) =>
    api.post<FindingView>(`${findingPath(made.id)}/steps`, body, { headers: ifMatch(made.version) }),
};
