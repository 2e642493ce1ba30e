import type { Dialogue, DialogueFigures, DialogueInput, DialogueKind, DialogueMinutes, DialogueStatus } from '@contracts/dialogues';
import type { Period } from '@contracts/period';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import type { FileFormat } from './receptionApi';

export type DialogueBody = z.input<typeof DialogueInput>;
export type MinutesBody = z.input<typeof DialogueMinutes>;
export type DialogueFiguresView = z.infer<typeof DialogueFigures>;
export type DialogueLetter = 'invitation' | 'minutes';
export type DialogueQuery = { unitId?: string; kind?: DialogueKind; status?: DialogueStatus; page?: number; pageSize?: number };

const path = (id: string) => `/dialogues/${encodeURIComponent(id)}`;

/** Dialogues with their minutes and letters, and their figures. */
export const dialoguesApi = {
  list: (query: DialogueQuery, signal?: AbortSignal) => api.get<Page<Dialogue>>('/dialogues', { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<Dialogue>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  plan: (body: DialogueBody) => api.post<Dialogue>('/dialogues', body),
  minutes: (id: string, version: number, body: MinutesBody) =>
    api.post<Dialogue>(`${path(id)}/minutes`, body, { headers: ifMatch(version) }),
  letter: (dialogue: Pick<Dialogue, 'id' | 'plannedAt'>, letter: DialogueLetter, format: FileFormat) =>
    downloadFile(`${path(dialogue.id)}/letters/${letter}`, `doi-thoai-${dialogue.plannedAt.slice(0, 10)}-${letter}.${format}`, { format }),
  figures: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<DialogueFiguresView>('/dialogues/figures', { query: { unitId, ...period }, signal }),
};
