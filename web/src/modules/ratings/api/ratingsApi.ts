import { api, ifMatch, type Page } from '../../../platform/api/client';

export type RatingCounts = { verySatisfied: number; satisfied: number; noOpinion: number; unsatisfied: number; total: number };
export type Figures = {
  dossiers: { received: number; receivedOnline: number; early: number; onTime: number; late: number; settled: number; earlyOrOnTimePercent: number | null; latePercent: number | null; onlinePercent: number | null };
  ratings: RatingCounts & { satisfiedPercent: number | null; verySatisfiedPercent: number | null };
};
export type UnitFigures = Figures & {
  decision766: { inProgress: number; overdueInProgress: number; timelinessPercent: number | null; satisfactionPercent: number | null; satisfactionFullPoints: boolean };
};
export type MonthFigures = Figures & { month: string };
export type Indicators = Record<string, number | null>;
export type OfficerScore = { officerId: string | null; officerName: string; dossiers: number; indicators: Indicators; total: number | null; classification: string | null; ratings: RatingCounts };
export type Scores = { level: string; unit: { dossiers: number; indicators: Indicators; total: number | null; classification: string | null }; officers: OfficerScore[] };
export type Period = { from: string; to: string };
export type FeedbackItem = {
  id: string;
  unitId: string;
  dossierId: string;
  dossierCode: string | null;
  officerName: string;
  comment: string;
  status: 'open' | 'answered';
  openedAt: string;
  dueAt: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  version: number;
};
export type Kiosk = { id: string; unitId: string; officerName: string; label: string; createdAt: string };

export const ratingsApi = {
  figures: (unitId: string, period: Period, signal?: AbortSignal) => api.get<UnitFigures>(`/reports/units/${unitId}/figures`, { query: period, signal }),
  monthly: (unitId: string, period: Period, signal?: AbortSignal) => api.get<{ months: MonthFigures[] }>(`/reports/units/${unitId}/monthly`, { query: period, signal }),
  scores: (unitId: string, period: Period, signal?: AbortSignal) => api.get<Scores>('/ratings/scores', { query: { unitId, ...period }, signal }),
  feedback: (query: { unitId: string; status?: string; page: number; pageSize: number }, signal?: AbortSignal) => api.get<Page<FeedbackItem>>('/feedback', { query, signal }),
  answer: (item: FeedbackItem, answer: string) => api.post<FeedbackItem>(`/feedback/${item.id}/answer`, { answer }, { headers: ifMatch(item.version) }),
  kiosks: (unitId: string, signal?: AbortSignal) => api.get<{ items: Kiosk[] }>('/ratings/kiosks', { query: { unitId }, signal }),
  pairKiosk: (unitId: string, label: string) => api.post<Kiosk & { path: string }>('/ratings/kiosks', { unitId, label }),
  revokeKiosk: (id: string) => api.delete<void>(`/ratings/kiosks/${id}`),
};
