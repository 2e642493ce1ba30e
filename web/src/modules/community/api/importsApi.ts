import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const importRegisters = ['households', 'mediators'] as const;
export type ImportRegister = (typeof importRegisters)[number];
export type ImportBody = { register: ImportRegister; unitId: string; content: string; dryRun: boolean };
/** `rows`: the valid rows read; `imported`: those written (0 on a dry run). */
export type ImportResult = { register: ImportRegister; rows: number; imported: number; dryRun: boolean };

/** Paper registers typed into the XLSX template and imported, all rows or none. */
export const importsApi = {
  template: (register: ImportRegister) => downloadFile('/community/imports/template', `${register}.xlsx`, { register }),
  send: (body: ImportBody) => api.post<ImportResult>('/community/imports', body),
};
