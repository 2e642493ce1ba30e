import type {
  ClassificationFacts,
  ClassificationSuggestions,
  DuplicateCandidate,
  IdentityRead,
  Petition,
  PetitionClassification,
  PetitionHandling,
  PetitionIntake,
  PetitionListQuery,
} from '@contracts/petitions';
import type { PetitionClock } from '@contracts/petition-records';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export type PetitionClockView = z.infer<typeof PetitionClock>;
export type Suggestions = z.infer<typeof ClassificationSuggestions>;
export type Candidate = z.infer<typeof DuplicateCandidate>;
export type IdentityReadResult = z.infer<typeof IdentityRead>;
export type LetterFormat = 'pdf' | 'docx';

const path = (id: string) => `/petitions/${encodeURIComponent(id)}`;

export const petitionsApi = {
  list: (query: Partial<PetitionListQuery>, signal?: AbortSignal) => api.get<Page<Petition>>('/petitions', { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<Petition>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  record: (body: PetitionIntake) => api.post<Petition>('/petitions', body),
  clock: (id: string, signal?: AbortSignal) => api.get<PetitionClockView>(`${path(id)}/clock`, { signal }),
  /** What the rules say of the petition from the facts given; changes nothing. */
  suggest: (id: string, facts: ClassificationFacts, signal?: AbortSignal) =>
    api.post<Suggestions>(`${path(id)}/classification-suggestions`, facts, { signal }),
  classify: (id: string, version: number, body: PetitionClassification) =>
    api.post<Petition>(`${path(id)}/classification`, body, { headers: ifMatch(version) }),
  handle: (id: string, version: number, body: PetitionHandling) =>
    api.post<Petition>(`${path(id)}/handling`, body, { headers: ifMatch(version) }),
  duplicateCandidates: (id: string, signal?: AbortSignal) =>
    api.get<{ items: Candidate[] }>(`${path(id)}/duplicate-candidates`, { signal }),
  linkDuplicate: (id: string, version: number, originalId: string) =>
    api.post<Petition>(`${path(id)}/duplicate-of`, { originalId }, { headers: ifMatch(version) }),
  /** The identity behind the clearance; the read is logged with its purpose. */
  readIdentity: (id: string, purpose: string) => api.post<IdentityReadResult>(`${path(id)}/identity-reads`, { purpose }),
  letter: (petition: Pick<Petition, 'id' | 'year' | 'bookNo'>, format: LetterFormat) =>
    downloadFile(`${path(petition.id)}/letter`, `don-${petition.year}-${petition.bookNo}.${format}`, { format }),
};
