import type {
  ConsentsInput,
  DecisionDocumentInput,
  Matter,
  MatterInput,
  MatterVoteInput,
  RecognitionInput,
  matterStatuses,
} from '@contracts/resident-matters';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';

export type MatterView = Matter;
export type MatterVoteView = MatterView['votes'][number];
export type MatterBody = z.input<typeof MatterInput>;
export type ConsentsBody = z.input<typeof ConsentsInput>;
export type VoteBody = z.input<typeof MatterVoteInput>;
export type DocumentBody = z.input<typeof DecisionDocumentInput>;
export type RecognitionBody = z.input<typeof RecognitionInput>;
export type MatterStatus = (typeof matterStatuses)[number];
export type MatterQuery = { unitId?: string; item?: number; q?: string; page?: number; pageSize?: number };

const base = '/community/resident-matters';
const path = (id: string) => `${base}/${encodeURIComponent(id)}`;
const votePath = (id: string, voteId: string) => `${path(id)}/votes/${encodeURIComponent(voteId)}`;

/** Matters residents decide: proposals, initiative consents, votes, decision documents and recognition. */
export const mattersApi = {
  list: (query: MatterQuery, signal?: AbortSignal) => api.get<Page<MatterView>>(base, { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<MatterView>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  propose: (body: MatterBody) => api.post<MatterView>(base, body),
  consents: (id: string, version: number, body: ConsentsBody) =>
    api.post<MatterView>(`${path(id)}/consents`, body, { headers: ifMatch(version) }),
  vote: (id: string, version: number, body: VoteBody) => api.post<MatterView>(`${path(id)}/votes`, body, { headers: ifMatch(version) }),
  /** Sent with the vote's version, not the matter's. */
  document: (id: string, vote: MatterVoteView, body: DocumentBody) =>
    api.post<MatterView>(`${votePath(id, vote.id)}/document`, body, { headers: ifMatch(vote.version) }),
  recognition: (id: string, vote: MatterVoteView, body: RecognitionBody) =>
    api.post<MatterView>(`${votePath(id, vote.id)}/recognition`, body, { headers: ifMatch(vote.version) }),
};
