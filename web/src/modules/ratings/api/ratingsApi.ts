import type { Feedback, FeedbackAnswerRequest, FeedbackListQuery, Kiosk, PairedKiosk, Scores } from '@contracts/ratings';
import type { MonthlyFigures, Period, UnitFigures } from '@contracts/reports';
import { api, ifMatch, type Page } from '../../../platform/api/client';

export const ratingsApi = {
  figures: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<UnitFigures>(`/reports/units/${unitId}/figures`, { query: period, signal }),
  monthly: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<MonthlyFigures>(`/reports/units/${unitId}/monthly`, { query: period, signal }),
  scores: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<Scores>('/ratings/scores', { query: { unitId, ...period }, signal }),
  feedback: (query: FeedbackListQuery, signal?: AbortSignal) => api.get<Page<Feedback>>('/feedback', { query, signal }),
  answer: (item: Feedback, body: FeedbackAnswerRequest) =>
    api.post<Feedback>(`/feedback/${item.id}/answer`, body, { headers: ifMatch(item.version) }),
  kiosks: (unitId: string, signal?: AbortSignal) => api.get<{ items: Kiosk[] }>('/ratings/kiosks', { query: { unitId }, signal }),
  pairKiosk: (unitId: string, label: string) => api.post<PairedKiosk>('/ratings/kiosks', { unitId, label }),
  revokeKiosk: (id: string) => api.delete<void>(`/ratings/kiosks/${id}`),
};
