import { sql } from 'drizzle-orm';
import type { matterStatuses } from '../../contracts/resident-matters.js';
import type { voteForms } from '../../contracts/community.js';
import type { Queryable } from '../../platform/db/types.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames, subtreeUnitIds } from '../org/index.js';
import { residentMatters } from './democracy.tables.js';
import { selectMatters, villagesOf } from './matters.repository.js';

/** A village's vote on a matter: the counts judged on all its households, never who voted. */
export type PublicMatterVote = {
  form: (typeof voteForms)[number];
  heldOn: string;
  households: number;
  present: number;
  yes: number;
  no: number;
  needed: number;
  passed: boolean;
  ballotRequired: boolean;
};
/** A village's line on a matter: its votes in order (none yet for a commune-wide matter it has not voted on). */
export type PublicMatterVillage = { unitId: string; name: string; votes: PublicMatterVote[] };

export type PublicMatter = {
  id: string;
  title: string;
  item: number;
  scope: 'village' | 'commune';
  /** The village, or the commune for a commune-wide matter. */
  unitName: string;
  proposer: 'chairman' | 'village_head' | 'citizen_initiative';
  proposedOn: string;
  status: (typeof matterStatuses)[number];
  /** A citizen initiative: households consenting still within 3 months, of those needed (counts only). */
  consents: { valid: number; needed: number | null } | null;
  /** A commune-wide matter: villages that passed it, of how many, and how many are needed. */
  villageCount: { total: number; passed: number; needed: number } | null;
  villages: PublicMatterVillage[];
};

/**
 * The matters residents of a commune and its villages decided or are deciding (Law 10/2022
 * art. 15), newest first, each with every village's result; no household is named or numbered.
 */
export async function publicMatters(
  db: Queryable,
  options: { unitId: string; page: number; pageSize: number },
): Promise<{ items: PublicMatter[]; total: number; page: number; pageSize: number }> {
  const found = await selectMatters(db, sql`${residentMatters.unitId} in (${subtreeUnitIds(options.unitId)})`, {
    page: options.page,
    pageSize: options.pageSize,
  });
  const voters = new Map<string, string[]>();
  for (const matter of found.items)
    voters.set(matter.id, matter.scope === 'commune' ? await villagesOf(db, matter.unitId, matter.proposedOn) : [matter.unitId]);
  const names = await findUnitNames(db, [...voters.values()].flat());
  const items = found.items.map((matter): PublicMatter => {
    const villageIds = [...voters.get(matter.id)!];
    for (const vote of matter.votes) if (!villageIds.includes(vote.unitId)) villageIds.push(vote.unitId);
    return {
      id: matter.id,
      title: matter.title,
      item: matter.item,
      scope: matter.scope,
      unitName: matter.unitName,
      proposer: matter.proposer,
      proposedOn: matter.proposedOn,
      status: matter.status,
      consents: matter.initiative ? { valid: matter.initiative.valid, needed: matter.initiative.needed } : null,
      villageCount: matter.villages,
      villages: villageIds.map((unitId) => ({
        unitId,
        name: names.get(unitId) ?? matter.votes.find((vote) => vote.unitId === unitId)?.unitName ?? '',
        votes: matter.votes
          .filter((vote) => vote.unitId === unitId)
          .map((vote) => ({
            form: vote.form,
            heldOn: todayInVietnam(new Date(vote.heldAt)),
            households: vote.householdsTotal,
            present: vote.present,
            yes: vote.yes,
            no: vote.no,
            needed: vote.needed,
            passed: vote.passed,
            ballotRequired: vote.ballotRequired,
          })),
      })),
    };
  });
  return { items, total: found.total, page: found.page, pageSize: found.pageSize };
}
