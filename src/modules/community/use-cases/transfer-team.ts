import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Team, TeamTransfer } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { rowsOf, type Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { getUnitRow, lineageUnitIds } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { getTeam, getTeamRow } from '../community.repository.js';
import { mediationTeams } from '../community.tables.js';

/**
 * After villages merge, a team of a merged village moves to the village that continues it; the
 * village it served stays in its history, and its mediators, cases and figures stay with it.
 */
export async function transferTeam(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { teamId: string; version: number; transfer: z.infer<typeof TeamTransfer> },
): Promise<Team> {
  const { db, access } = deps;
  const team = await getTeamRow(db, input.teamId);
  await access.require(principal, CommunityPermission['community.manage'], team.unitId);
  await access.require(principal, CommunityPermission['community.manage'], input.transfer.unitId);
  const target = await getUnitRow(db, input.transfer.unitId);
  if (target.type !== 'village') throw new DomainError(CommunityError.NOT_A_VILLAGE);
  const [linked] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from (${lineageUnitIds(team.unitId)}) l where l.id = ${target.id}`),
  );
  if (!linked || target.id === team.unitId) throw new DomainError(CommunityError.NOT_A_SUCCESSOR);
  const until = (await getUnitRow(db, team.unitId)).validTo ?? input.transfer.on;
  if (team.version !== input.version) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(team.version) });
  await runCommand(db, context, async (tx, audit) => {
    const moved = await tx
      .update(mediationTeams)
      .set({ unitId: target.id, previousUnits: [...team.previousUnits, { unitId: team.unitId, until }], version: team.version + 1 })
      .where(and(eq(mediationTeams.id, team.id), eq(mediationTeams.version, team.version)))
      .returning({ id: mediationTeams.id });
    if (moved.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(team.version) });
    audit.record({
      action: 'community.team_transfer',
      entity: 'mediation_team',
      entityId: team.id,
      after: { from: team.unitId, to: target.id },
    });
  });
  return getTeam(db, team.id);
}
