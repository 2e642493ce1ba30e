import type {
  ProcedureDetail,
  ProcedureDiff,
  ProcedureFileFormat,
  ProcedureImportResult,
  ProcedureListQuery,
  ProcedureSummary,
  ProcedureWithHistory,
  SaveProcedureRequest,
} from '@contracts/catalog';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

const path = (code: string) => `/procedures/${encodeURIComponent(code)}`;

export const proceduresApi = {
  list: (query: ProcedureListQuery, signal?: AbortSignal) => api.get<Page<ProcedureSummary>>('/procedures', { query, signal }),
  get: (code: string, signal?: AbortSignal) => api.get<ProcedureWithHistory>(path(code), { signal }),
  diff: (code: string, from: number, to: number, signal?: AbortSignal) =>
    api.get<ProcedureDiff>(`${path(code)}/diff`, { query: { from, to }, signal }),
  create: (body: SaveProcedureRequest) => api.post<ProcedureDetail>('/procedures', body),
  /** A new version; `latestVersion` is the newest version shown, sent as If-Match. */
  revise: (code: string, latestVersion: number, body: SaveProcedureRequest) =>
    api.post<ProcedureDetail>(`${path(code)}/versions`, body, { headers: ifMatch(latestVersion) }),
  import: (format: ProcedureFileFormat, content: string, dryRun: boolean) =>
    api.post<ProcedureImportResult>('/procedures/import', { format, content, dryRun }),
  export: (format: ProcedureFileFormat) => downloadFile('/procedures/export', `thu-tuc.${format}`, { format }),
};
