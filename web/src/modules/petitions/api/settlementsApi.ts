import type { DueBucket } from '@contracts/petitions';
import type {
  Settlement,
  SettlementDetail,
  SettlementKind,
  SettlementOpening,
  SettlementStatus,
  SettlementStep,
} from '@contracts/settlements';
import { api, ifMatch, type Page } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import type { LetterFormat } from './petitionsApi';

export const settlementLetters = ['acceptance_notice', 'notice_to_denounced', 'answer'] as const;
export type SettlementLetter = (typeof settlementLetters)[number];

export type SettlementListQuery = {
  due?: DueBucket;
  status?: SettlementStatus;
  kind?: SettlementKind;
  unitId?: string;
  petitionId?: string;
  page?: number;
  pageSize?: number;
};

const path = (id: string) => `/settlements/${encodeURIComponent(id)}`;

export const settlementsApi = {
  list: (query: SettlementListQuery, signal?: AbortSignal) => api.get<Page<Settlement>>('/settlements', { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<SettlementDetail>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  /** Accepts an accepted petition for settlement (thụ lý). */
  open: (petitionId: string, body: SettlementOpening) =>
    api.post<Settlement>(`/petitions/${encodeURIComponent(petitionId)}/settlement`, body),
  step: (id: string, version: number, body: SettlementStep) =>
    api.post<Settlement>(`${path(id)}/steps`, body, { headers: ifMatch(version) }),
  /** The settlement of a petition, or null. */
  findForPetition: async (petition: { id: string }, signal?: AbortSignal): Promise<Settlement | null> => {
    const found = await settlementsApi.list({ petitionId: petition.id, pageSize: 1 }, signal);
    return found.items[0] ?? null;
  },
  letter: (settlement: Pick<Settlement, 'id' | 'petitionYear' | 'petitionBookNo'>, letter: SettlementLetter, format: LetterFormat) =>
    downloadFile(
      `${path(settlement.id)}/letters/${letter}`,
      `giai-quyet-${settlement.petitionYear}-${settlement.petitionBookNo}-${letter}.${format}`,
      { format },
    ),
};
