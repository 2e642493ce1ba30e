import type {
  DuplicateQueueItem,
  Matter,
  PetitionFile,
  PetitionFileKind,
  ProtectionDecision,
  ProtectionRequest,
  ProtectionRequestInput,
  SyncBatch,
  SyncOverview,
} from '@contracts/petition-records';
import type { IdentityAccess, Petition, PetitionFigures } from '@contracts/petitions';
import type { SettlementFigures } from '@contracts/settlements';
import type { Period } from '@contracts/period';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile, downloadFromPost } from '../../../platform/api/download';

export type QueueItem = z.infer<typeof DuplicateQueueItem>;
export type AccessEntry = z.infer<typeof IdentityAccess>;
export type ProtectionAsk = z.input<typeof ProtectionRequestInput>;
export type SyncState = z.infer<typeof SyncOverview>;
export type Batch = z.infer<typeof SyncBatch>;
export type BatchFormat = 'json' | 'xlsx';

const path = (id: string) => `/petitions/${encodeURIComponent(id)}`;

/** What surrounds a petition: its scans, its matter, the denouncer's protection, the identity access log. */
export const recordsApi = {
  files: (petitionId: string, signal?: AbortSignal) => api.get<{ items: PetitionFile[] }>(`${path(petitionId)}/files`, { signal }),
  /** Multipart with `kind` before `file`, as the server reads the fields before it streams the file. */
  attach: (petitionId: string, kind: PetitionFileKind, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return api.upload<PetitionFile>(`${path(petitionId)}/files`, form);
  },
  /** A file's content as a download; a protected petition's with the purpose, logged like an identity read. */
  read: (petitionId: string, file: Pick<PetitionFile, 'id' | 'name'>, purpose?: string) =>
    downloadFromPost(`${path(petitionId)}/files/${encodeURIComponent(file.id)}/reads`, purpose ? { purpose } : {}, file.name),
  matter: (petitionId: string, signal?: AbortSignal) => api.get<Matter>(`${path(petitionId)}/matter`, { signal }),
  protections: (petitionId: string, signal?: AbortSignal) =>
    api.get<{ items: ProtectionRequest[] }>(`${path(petitionId)}/protection-requests`, { signal }),
  requestProtection: (petitionId: string, body: ProtectionAsk) =>
    api.post<ProtectionRequest>(`${path(petitionId)}/protection-requests`, body),
  decideProtection: (requestId: string, body: ProtectionDecision) =>
    api.post<ProtectionRequest>(`/protection-requests/${encodeURIComponent(requestId)}/decision`, body),
  identityReads: (petitionId: string, signal?: AbortSignal) =>
    api.get<{ items: AccessEntry[] }>(`${path(petitionId)}/identity-reads`, { signal }),
};

/** The duplicate review queue: open petitions with candidates nobody has reviewed. */
export const queueApi = {
  list: (query: { unitId?: string; page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<QueueItem>>('/petitions/duplicate-queue', { query, signal }),
  link: (petition: Pick<Petition, 'id' | 'version'>, originalId: string) =>
    api.post<Petition>(`${path(petition.id)}/duplicate-of`, { originalId }, { headers: ifMatch(petition.version) }),
  notDuplicate: (petitionId: string, candidateId: string) =>
    api.post<unknown>(`${path(petitionId)}/duplicate-reviews`, { candidateId, decision: 'not_duplicate' }),
};

/** A unit's figures for a period, and its national-database outbox. */
export const figuresApi = {
  petitions: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<PetitionFigures>('/petitions/figures', { query: { unitId, ...period }, signal }),
  settlements: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<SettlementFigures>('/settlements/figures', { query: { unitId, ...period }, signal }),
  sync: (unitId: string, signal?: AbortSignal) => api.get<SyncState>('/petition-sync', { query: { unitId }, signal }),
  exportBatch: (unitId: string) => api.post<Batch>('/petition-sync/batches', { unitId }),
  downloadBatch: (batch: Pick<Batch, 'id' | 'createdAt'>, format: BatchFormat) =>
    downloadFile(`/petition-sync/batches/${encodeURIComponent(batch.id)}`, `dong-bo-${batch.createdAt.slice(0, 10)}.${format}`, {
      format,
    }),
  acknowledge: (batchId: string) => api.post<Batch>(`/petition-sync/batches/${encodeURIComponent(batchId)}/acknowledge`, {}),
};
