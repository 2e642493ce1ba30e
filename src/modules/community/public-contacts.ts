import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames, selectChildUnitIdsOfType } from '../org/index.js';
import { selectTeams } from './community.repository.js';
import { mediationTeams } from './community.tables.js';

/** Teams one commune's page lists at most (one or two per village). */
const teamsAtMost = 500;

/** A mediation team as residents reach it: its name and its serving mediators, the leader first. */
export type PublicTeam = { name: string; mediators: { fullName: string; isLeader: boolean }[] };
/** A village (or the commune itself) and its mediation teams. */
export type PublicVillageContacts = { unitId: string; name: string; teams: PublicTeam[] };

/**
 * Whom a resident of a commune can turn to for grassroots mediation: each village in operation,
 * its teams and their serving mediators' names — nothing else about a mediator, nothing of a case.
 */
export async function publicContacts(db: Queryable, options: { unitId: string }, now: Date = new Date()): Promise<PublicVillageContacts[]> {
  const today = todayInVietnam(now);
  const villages = await selectChildUnitIdsOfType(db, options.unitId, 'village', today);
  const unitIds = [...villages, options.unitId];
  const [{ items: teams }, names] = await Promise.all([
    selectTeams(db, inArray(mediationTeams.unitId, unitIds), { page: 1, pageSize: teamsAtMost }),
    findUnitNames(db, unitIds),
  ]);
  return unitIds
    .map((unitId) => ({
      unitId,
      name: names.get(unitId) ?? '',
      teams: teams
        .filter((team) => team.unitId === unitId)
        .map((team) => ({
          name: team.name,
          mediators: team.mediators
            .filter((mediator) => mediator.endedOn === null || mediator.endedOn > today)
            .sort((a, b) => Number(b.isLeader) - Number(a.isLeader))
            .map((mediator) => ({ fullName: mediator.fullName, isLeader: mediator.isLeader })),
        })),
    }))
    .filter((village) => village.unitId !== options.unitId || village.teams.length > 0);
}
