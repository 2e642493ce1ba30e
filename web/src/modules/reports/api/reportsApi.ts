import type { Dashboard, DrillDown } from '@contracts/dashboard';
import type {
  ReportComparison,
  ReportRun,
  ReportRunInput,
  ReportRunSummary,
  ReportRunUpdate,
  reportStatuses,
} from '@contracts/report-documents';
import type { Declaration, DeclarationInput, FigureDefinitionView } from '@contracts/report-runs';
import type { z } from 'zod';
import { api, ifMatch } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import type { Period } from '../reportFormat';

export type RunStatus = (typeof reportStatuses)[number];
export type RunBody = z.input<typeof ReportRunInput>;
export type RunUpdateBody = z.input<typeof ReportRunUpdate>;
export type DeclarationBody = z.input<typeof DeclarationInput>;
export type RunQuery = { unitId?: string; status?: RunStatus; page?: number; pageSize?: number };
export type RunList = { items: ReportRunSummary[]; total: number };
export type DrillFormat = 'csv' | 'xlsx';
export type RunFileFormat = 'docx' | 'pdf' | 'xlsx';

const base = '/reports';
const unitPath = (unitId: string) => `${base}/units/${encodeURIComponent(unitId)}`;
const runPath = (id: string) => `${base}/runs/${encodeURIComponent(id)}`;
const idempotent = (key: string) => ({ headers: { 'Idempotency-Key': key } });

/** The figure registry, a unit's dashboard and the lists behind its figures, declared figures, and periodic reports from draft to sent. */
export const reportsApi = {
  figures: (signal?: AbortSignal) => api.get<{ items: FigureDefinitionView[] }>(`${base}/figures`, { signal }),
  dashboard: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<Dashboard>(`${unitPath(unitId)}/dashboard`, { query: period, signal }),
  drillDown: (unitId: string, figureId: string, query: Period & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<DrillDown>(`${unitPath(unitId)}/figures/${encodeURIComponent(figureId)}/items`, {
      query: { ...query, format: 'json' },
      signal,
    }),
  downloadDrillDown: (unitId: string, figureId: string, period: Period, format: DrillFormat) =>
    downloadFile(
      `${unitPath(unitId)}/figures/${encodeURIComponent(figureId)}/items`,
      `${figureId.replace(/\./g, '-')}-${period.from}-${period.to}.${format}`,
      { ...period, format },
    ),

  declarations: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<{ items: Declaration[] }>(`${base}/declarations`, { query: { unitId, ...period }, signal }),
  declare: (body: DeclarationBody, idempotencyKey: string) =>
    api.post<Declaration>(`${base}/declarations`, body, idempotent(idempotencyKey)),
  withdraw: (id: string) => api.delete<void>(`${base}/declarations/${encodeURIComponent(id)}`),

  runs: (query: RunQuery, signal?: AbortSignal) => api.get<RunList>(`${base}/runs`, { query, signal }),
  draft: (body: RunBody, idempotencyKey: string) => api.post<ReportRun>(`${base}/runs`, body, idempotent(idempotencyKey)),
  run: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<ReportRun>(runPath(id), { signal });
    return { data, version: version ?? data.version };
  },
  update: (id: string, version: number, body: RunUpdateBody) => api.patch<ReportRun>(runPath(id), body, { headers: ifMatch(version) }),
  sign: (id: string, version: number) => api.post<ReportRun>(`${runPath(id)}/sign`, undefined, { headers: ifMatch(version) }),
  send: (id: string, version: number, sentTo: string[]) =>
    api.post<ReportRun>(`${runPath(id)}/send`, { sentTo }, { headers: ifMatch(version) }),
  comparison: (id: string, signal?: AbortSignal) => api.get<ReportComparison>(`${runPath(id)}/comparison`, { signal }),
  download: (run: Pick<ReportRun, 'id' | 'kind' | 'period'>, format: RunFileFormat) =>
    downloadFile(
      `${runPath(run.id)}/report.${format}`,
      `bao-cao-${run.kind.replace(/_/g, '-')}-${run.period.from}-${run.period.to}.${format}`,
    ),
};
