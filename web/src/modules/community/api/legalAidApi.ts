import type {
  LegalAidCase,
  LegalAidFigures,
  LegalAidInput,
  LegalAidRefusal,
  LegalAidRefusalInput,
  legalAidRefusalReasons,
  LegalAidStep,
  legalAidStatuses,
} from '@contracts/legal-aid';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import type { Period } from './mediationApi';

export type LegalAidView = z.infer<typeof LegalAidCase>;
export type LegalAidBody = z.input<typeof LegalAidInput>;
export type LegalAidStepBody = z.input<typeof LegalAidStep>;
export type LegalAidFiguresView = z.infer<typeof LegalAidFigures>;
export type LegalAidStatus = (typeof legalAidStatuses)[number];
export type LegalAidQuery = { unitId?: string; status?: LegalAidStatus; page?: number; pageSize?: number };
export type ImmediateGround = NonNullable<LegalAidView['immediateGround']>;
export type RefusalBody = z.input<typeof LegalAidRefusalInput>;
export type RefusalView = z.infer<typeof LegalAidRefusal>;
export type RefusalReason = (typeof legalAidRefusalReasons)[number];
export type RefusalQuery = { unitId?: string; page?: number; pageSize?: number };

const base = '/community/legal-aid';
const path = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** Legal-aid cases with their clocks and steps, the requests refused at once, and their figures. */
export const legalAidApi = {
  list: (query: LegalAidQuery, signal?: AbortSignal) => api.get<Page<LegalAidView>>(base, { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<LegalAidView>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  accept: (body: LegalAidBody, idempotencyKey: string) =>
    api.post<LegalAidView>(base, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  step: (id: string, version: number, body: LegalAidStepBody) =>
    api.post<LegalAidView>(`${path(id)}/steps`, body, { headers: ifMatch(version) }),
  /** A request answered at once with a refusal and its reason (art. 30(3)). */
  refuse: (body: RefusalBody, idempotencyKey: string) =>
    api.post<RefusalView>(`${base}/refusals`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  refusals: (query: RefusalQuery, signal?: AbortSignal) => api.get<Page<RefusalView>>(`${base}/refusals`, { query, signal }),
  figures: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<LegalAidFiguresView>(`${base}/figures`, { query: { unitId, ...period }, signal }),
};
