import type {
  CounterIntakeRequest,
  DossierAction,
  DossierDetail,
  DossierFile,
  DossierForm,
  DossierListQuery,
  DossierSummary,
  fileKinds,
  IntakeResult,
  OnlineIntakeDecision,
} from '@contracts/dossiers';
import { api, buildUrl, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

const path = (id: string) => `/dossiers/${encodeURIComponent(id)}`;

export const dossiersApi = {
  list: (query: DossierListQuery, signal?: AbortSignal) => api.get<Page<DossierSummary>>('/dossiers', { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<DossierDetail>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  /** Counter intake; the key makes a repeated submission answer with the first result. */
  intake: (body: CounterIntakeRequest, idempotencyKey: string) =>
    api.post<IntakeResult>('/dossiers/counter-intake', body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  act: (id: string, version: number, action: DossierAction) =>
    api.post<DossierDetail>(`${path(id)}/actions`, action, { headers: ifMatch(version) }),
  decide: (id: string, version: number, decision: OnlineIntakeDecision) =>
    api.post<DossierDetail>(`${path(id)}/intake-decision`, decision, { headers: ifMatch(version) }),
  files: (id: string, signal?: AbortSignal) => api.get<{ items: DossierFile[] }>(`${path(id)}/files`, { signal }),
  attachFile: (id: string, kind: (typeof fileKinds)[number], file: File) => {
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
