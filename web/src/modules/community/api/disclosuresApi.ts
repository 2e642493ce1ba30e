import type {
  ChannelEnd,
  ChannelInput,
  Disclosure,
  DisclosureInput,
  DisclosureReminder,
  QuarterlyList,
  disclosureChannels,
  disclosureProblems,
  evidenceKinds,
} from '@contracts/disclosures';
import type { z } from 'zod';
import { api, ifMatch, type Page } from '../../../platform/api/client';

export type DisclosureView = Disclosure;
export type ChannelView = DisclosureView['channels'][number];
export type DisclosureBody = z.input<typeof DisclosureInput>;
export type ChannelBody = z.input<typeof ChannelInput>;
export type ChannelEndBody = z.input<typeof ChannelEnd>;
export type QuarterlyView = z.infer<typeof QuarterlyList>;
export type ReminderView = z.infer<typeof DisclosureReminder>;
export type ChannelKind = (typeof disclosureChannels)[number];
export type EvidenceKind = (typeof evidenceKinds)[number];
export type DisclosureProblem = (typeof disclosureProblems)[number];
export type DisclosureViewFilter = 'current' | 'archive' | 'all';
export type DisclosureQuery = {
  unitId?: string;
  item?: number;
  view?: DisclosureViewFilter;
  q?: string;
  page?: number;
  pageSize?: number;
};

const base = '/community/disclosures';
const path = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** The commune's disclosure register: items, channels with evidence, the quarterly list and the reminders. */
export const disclosuresApi = {
  list: (query: DisclosureQuery, signal?: AbortSignal) => api.get<Page<DisclosureView>>(base, { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<DisclosureView>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  enter: (body: DisclosureBody) => api.post<DisclosureView>(base, body),
  addChannel: (id: string, version: number, body: ChannelBody) =>
    api.post<DisclosureView>(`${path(id)}/channels`, body, { headers: ifMatch(version) }),
  endChannel: (id: string, channelId: string, version: number, body: ChannelEndBody) =>
    api.post<DisclosureView>(`${path(id)}/channels/${encodeURIComponent(channelId)}/end`, body, { headers: ifMatch(version) }),
  quarterly: (query: { unitId: string; year: number; quarter: number }, signal?: AbortSignal) =>
    api.get<QuarterlyView>(`${base}/quarterly`, { query, signal }),
  reminders: (unitId: string, signal?: AbortSignal) => api.get<ReminderView[]>(`${base}/reminders`, { query: { unitId }, signal }),
};
