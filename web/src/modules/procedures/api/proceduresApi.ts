import { api, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const processingTimeUnits = ['working_days', 'working_hours', 'on_the_spot'] as const;
export const onlineLevels = ['full', 'partial', 'none'] as const;
export const deliveryOptions = ['counter', 'post', 'home', 'electronic'] as const;
export const documentForms = ['original', 'certified_copy', 'copy', 'original_or_certified_copy', 'copy_with_original'] as const;
export const handlingLevels = ['province', 'commune'] as const;
export const handlerUnitTypes = ['province', 'commune', 'ward', 'special_zone', 'department', 'service_centre'] as const;
export const stepRoles = ['counter_officer', 'specialist', 'leader'] as const;
export const applicantKinds = ['individual', 'organisation'] as const;
export const feeKinds = ['fee', 'charge'] as const;

export type ProcessingTimeUnit = (typeof processingTimeUnits)[number];
export type OnlineLevel = (typeof onlineLevels)[number];
export type HandlingLevel = (typeof handlingLevels)[number];

export type ProcessingTime = { unit: ProcessingTimeUnit; value: number };

export type Fee = {
  kind: (typeof feeKinds)[number];
  name: string;
  amountVnd: number;
  per?: string | null;
  exemptions?: string | null;
};

export type RequiredDocument = {
  name: string;
  form: (typeof documentForms)[number];
  count: number;
  isRequired: boolean;
  templateName?: string | null;
  note?: string | null;
};

export type ProcessStep = {
  name: string;
  handlerUnitType?: (typeof handlerUnitTypes)[number] | null;
  handlerUnitCode?: string | null;
  role: (typeof stepRoles)[number];
  budgetHours: number;
};

/** The rules of one version of a procedure (the server's ProcedureInput). */
export type ProcedureInput = {
  code: string;
  name: string;
  sectorName: string;
  fieldCode?: string | null;
  fieldName: string;
  levels: HandlingLevel[];
  processingTime: ProcessingTime;
  legalBasis: string[];
  fees: Fee[];
  documents: RequiredDocument[];
  steps: ProcessStep[];
  onlineLevel: OnlineLevel;
  deliveryOptions: (typeof deliveryOptions)[number][];
  canPauseForSupplement: boolean;
  results: string[];
  applicants: (typeof applicantKinds)[number][];
  retentionYears?: number | null;
  whereToSubmit: string;
  isPublished: boolean;
  isSample: boolean;
};

export type ProcedureSummary = {
  code: string;
  name: string;
  sectorName: string;
  fieldName: string;
  levels: HandlingLevel[];
  processingTime: ProcessingTime;
  totalHours: number;
  onlineLevel: OnlineLevel;
  isPublished: boolean;
  isSample: boolean;
  version: number;
  latestVersion: number;
  effectiveFrom: string;
};

export type VersionInfo = {
  version: number;
  effectiveFrom: string;
  name: string;
  isPublished: boolean;
  changeNote: string | null;
  createdBy: string | null;
  createdAt: string;
};

export type ProcedureDetail = {
  code: string;
  version: number;
  latestVersion: number;
  effectiveFrom: string;
  changeNote: string | null;
  procedure: ProcedureInput;
  versions?: VersionInfo[];
};

export type ProcedureQuery = {
  q?: string;
  field?: string;
  level?: HandlingLevel;
  onlineLevel?: OnlineLevel;
  published?: 'true' | 'false';
  page: number;
  pageSize: number;
};

export type SaveBody = { effectiveFrom: string; changeNote?: string | null; procedure: ProcedureInput };
export type FieldChange = { field: string; before: unknown; after: unknown };
export type ProcedureDiff = { from: number; to: number; changes: FieldChange[] };
export type ImportFormat = 'json' | 'xlsx';
export type ImportReport = { created: number; revised: number; unchanged: number; dryRun: boolean };

const path = (code: string) => `/procedures/${encodeURIComponent(code)}`;

export const proceduresApi = {
  list: (query: ProcedureQuery, signal?: AbortSignal) => api.get<Page<ProcedureSummary>>('/procedures', { query, signal }),
  get: (code: string, signal?: AbortSignal) => api.get<ProcedureDetail>(path(code), { signal }),
  diff: (code: string, from: number, to: number, signal?: AbortSignal) =>
    api.get<ProcedureDiff>(`${path(code)}/diff`, { query: { from, to }, signal }),
  create: (body: SaveBody) => api.post<ProcedureDetail>('/procedures', body),
  /** A new version; `latestVersion` is the newest version shown, sent as If-Match. */
  revise: (code: string, latestVersion: number, body: SaveBody) =>
    api.post<ProcedureDetail>(`${path(code)}/versions`, body, { headers: ifMatch(latestVersion) }),
  import: (format: ImportFormat, content: string, dryRun: boolean) =>
    api.post<ImportReport>('/procedures/import', { format, content, dryRun }),
  export: (format: ImportFormat) => downloadFile('/procedures/export', `thu-tuc.${format}`, { format }),
};
