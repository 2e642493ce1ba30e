import type { MediationCase, teamProblems } from '@contracts/community';
import type { ModelView } from './api/modelsApi';
import type { LegalAidView } from './api/legalAidApi';
import type { DisclosureProblem, ReminderView } from './api/disclosuresApi';
import type { MatterStatus } from './api/mattersApi';
import type { ConsultationView, FindingStatus } from './api/supervisionApi';
import { useI18n } from '../../platform/i18n/useI18n';
import { communityEn } from './text/community.en';
import { communityVi, type CommunityMessages } from './text/community.vi';

const catalogues = { vi: communityVi, en: communityEn } as const;

/** The community pages' text in the interface's language (Vietnamese first, English second). */
export function useCommunityText(): CommunityMessages {
  const { locale } = useI18n();
  return catalogues[locale];
}

/** The menu's labels for the community pages, by language. */
export const communityNavLabels = { vi: communityVi.nav, en: communityEn.nav } as const;

export const mediationStatusColours: Record<MediationCase['status'], string> = {
  received: 'blue',
  in_progress: 'gold',
  success: 'green',
  failure: 'red',
  stopped: 'orange',
  referred: 'purple',
};

export const legalAidStatusColours: Record<LegalAidView['status'], string> = {
  accepted: 'blue',
  in_progress: 'gold',
  completed: 'green',
  stopped: 'default',
};

export const modelStatusColours: Record<ModelView['status'], string> = {
  registered: 'blue',
  launched: 'gold',
  recognised: 'green',
  discontinued: 'default',
};

/** What a team lacks by law: the missing mediators in red, the review in orange. */
export const teamProblemColours: Record<(typeof teamProblems)[number], string> = {
  fewer_than_three: 'red',
  no_woman: 'volcano',
  no_ethnic_minority: 'volcano',
  no_leader: 'orange',
  review_overdue: 'orange',
  village_ended: 'purple',
};

export const matterStatusColours: Record<MatterStatus, string> = {
  collecting: 'blue',
  open: 'gold',
  ballot_required: 'orange',
  passed: 'green',
  not_passed: 'red',
};

/** What a disclosure's timing lacks: not made public or late in red, a short or missing channel in orange. */
export const disclosureProblemColours: Record<DisclosureProblem, string> = {
  not_disclosed: 'red',
  late: 'red',
  posting_missing: 'volcano',
  posting_short: 'orange',
  permanent_taken_down: 'volcano',
  loudspeaker_missing: 'orange',
  loudspeaker_short: 'orange',
  no_evidence: 'gold',
};

export const reminderColours: Record<ReminderView['kind'], string> = {
  due_soon: 'gold',
  overdue: 'red',
  posting_day_29: 'orange',
  loudspeaker_running: 'blue',
};

export const consultationStatusColours: Record<ConsultationView['status'], string> = {
  open: 'blue',
  awaiting_answer: 'orange',
  answered: 'green',
};

export const findingStatusColours: Record<FindingStatus, string> = { open: 'orange', answered: 'blue', closed: 'green' };

/** The first day of the year and today, in Vietnam: the figures' default period. */
export function yearToDate(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The page paths of the community pages and their records. */
export const communityPaths = {
  cases: '/community/mediation',
  mediationCase: (id: string) => `/community/mediation/cases/${id}`,
  teams: '/community/mediation/teams',
  team: (id: string) => `/community/mediation/teams/${id}`,
  legalAidList: '/community/legal-aid',
  legalAid: (id: string) => `/community/legal-aid/${id}`,
  models: '/community/models',
  model: (id: string) => `/community/models/${id}`,
  contest: (id: string) => `/community/contests/${id}`,
  figures: '/community/figures',
  disclosures: '/community/disclosures',
  disclosure: (id: string) => `/community/disclosures/${id}`,
  quarterly: '/community/disclosures/quarterly',
  matters: '/community/resident-matters',
  matter: (id: string) => `/community/resident-matters/${id}`,
  supervision: '/community/supervision',
  imports: '/community/imports',
} as const;
