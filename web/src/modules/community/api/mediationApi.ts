import type {
  HouseholdCount,
  HouseholdCountInput,
  MediationCase,
  MediationCaseInput,
  MediationFigures,
  MediationReferral,
  MediationStep,
  mediationStatuses,
  MediatorInput,
  Team,
  TeamInput,
} from '@contracts/community';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';

export type TeamBody = z.input<typeof TeamInput>;
export type MediatorBody = z.input<typeof MediatorInput>;
export type CaseBody = z.input<typeof MediationCaseInput>;
export type StepBody = z.input<typeof MediationStep>;
export type ReferralBody = z.input<typeof MediationReferral>;
export type HouseholdBody = z.input<typeof HouseholdCountInput>;
export type HouseholdView = z.infer<typeof HouseholdCount>;
export type MediationFiguresView = z.infer<typeof MediationFigures>;
export type MediationStatus = (typeof mediationStatuses)[number];
export type Referred = { target: 'petition' | 'land_dispute' | 'legal_aid'; id: string };
export type Period = { from: string; to: string };

export type TeamQuery = { unitId?: string; page?: number; pageSize?: number };
export type CaseQuery = { unitId?: string; teamId?: string; status?: MediationStatus; q?: string; page?: number; pageSize?: number };

const base = '/community';
const teamPath = (id: string) => `${base}/mediation-teams/${encodeURIComponent(id)}`;
const casePath = (id: string) => `${base}/mediation-cases/${encodeURIComponent(id)}`;

/** Mediation teams with their mediators, the villages' households, mediation cases and their figures. */
export const mediationApi = {
  teams: (query: TeamQuery, signal?: AbortSignal) => api.get<Page<Team>>(`${base}/mediation-teams`, { query, signal }),
  team: (id: string, signal?: AbortSignal) => api.get<Team>(teamPath(id), { signal }),
  createTeam: (body: TeamBody) => api.post<Team>(`${base}/mediation-teams`, body),
  addMediator: (teamId: string, body: MediatorBody) => api.post<Team>(`${teamPath(teamId)}/mediators`, body),
  /** A team of a merged village moved to the village that continues it. */
  transfer: (teamId: string, version: number, body: { unitId: string; on: string }) =>
    api.post<Team>(`${teamPath(teamId)}/transfer`, body, { headers: ifMatch(version) }),
  households: (unitId: string, signal?: AbortSignal) =>
    api.get<HouseholdView[]>(`${base}/villages/${encodeURIComponent(unitId)}/households`, { signal }),
  recordHouseholds: (unitId: string, body: HouseholdBody) =>
    api.put<HouseholdView>(`${base}/villages/${encodeURIComponent(unitId)}/households`, body),
  cases: (query: CaseQuery, signal?: AbortSignal) => api.get<Page<MediationCase>>(`${base}/mediation-cases`, { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<MediationCase>(casePath(id), { signal });
    return { data, version: version ?? data.version };
  },
  open: (body: CaseBody, idempotencyKey: string) =>
    api.post<MediationCase>(`${base}/mediation-cases`, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  /** Start, a session, the end with its outcome, a follow-up: sent with the version shown. */
  step: (id: string, version: number, body: StepBody) =>
    api.post<MediationCase>(`${casePath(id)}/steps`, body, { headers: ifMatch(version) }),
  /** A failed or stopped case handed on with the parties' consent: a petition or a legal-aid request. */
  refer: (id: string, version: number, body: ReferralBody) =>
    api.post<Referred>(`${casePath(id)}/referral`, body, { headers: ifMatch(version) }),
  figures: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<MediationFiguresView>(`${base}/mediation/figures`, { query: { unitId, ...period }, signal }),
};
