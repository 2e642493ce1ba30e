import type {
  Contest,
  ContestEntryInput,
  ContestInput,
  Model,
  ModelFigures,
  ModelInput,
  ModelStep,
  RecognitionLevel,
} from '@contracts/mobilisation-models';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import type { Period } from './mediationApi';

export type ModelBody = z.input<typeof ModelInput>;
export type ModelStepBody = z.input<typeof ModelStep>;
export type ContestBody = z.input<typeof ContestInput>;
export type EntryBody = z.input<typeof ContestEntryInput>;
export type ModelView = z.infer<typeof Model>;
export type ContestView = z.infer<typeof Contest>;
export type ModelFiguresView = z.infer<typeof ModelFigures>;
export type ModelQuery = { unitId?: string; level?: RecognitionLevel; q?: string; page?: number; pageSize?: number };

const base = '/community';
const modelPath = (id: string) => `${base}/models/${encodeURIComponent(id)}`;
const contestPath = (id: string) => `${base}/contests/${encodeURIComponent(id)}`;

/** "Dân vận khéo" models with their lifecycle, the contests with their entries, and their figures. */
export const modelsApi = {
  list: (query: ModelQuery, signal?: AbortSignal) => api.get<Page<ModelView>>(`${base}/models`, { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<ModelView>(modelPath(id), { signal });
    return { data, version: version ?? data.version };
  },
  register: (body: ModelBody) => api.post<ModelView>(`${base}/models`, body),
  step: (id: string, version: number, body: ModelStepBody) =>
    api.post<ModelView>(`${modelPath(id)}/steps`, body, { headers: ifMatch(version) }),
  contest: (id: string, signal?: AbortSignal) => api.get<ContestView>(contestPath(id), { signal }),
  createContest: (body: ContestBody) => api.post<ContestView>(`${base}/contests`, body),
  addEntry: (contestId: string, body: EntryBody) => api.post<ContestView>(`${contestPath(contestId)}/entries`, body),
  figures: (unitId: string, period: Period, signal?: AbortSignal) =>
    api.get<ModelFiguresView>(`${base}/models/figures`, { query: { unitId, ...period }, signal }),
};
