import type { z } from 'zod';
import type { Conference, ConferenceInput } from '../../../contracts/supervision.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { requireNotFuture } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { communityConferences } from '../democracy.tables.js';

/** A village's year-end community conference (art. 33), once a year. */
export async function recordConference(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof ConferenceInput>,
  now = new Date(),
): Promise<z.infer<typeof Conference>> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  const unit = await getUnitRow(db, input.unitId);
  if (unit.type !== 'village') throw new DomainError(CommunityError.NOT_A_VILLAGE);
  requireNotFuture({ heldOn: input.heldOn }, now);
  const year = Number(input.heldOn.slice(0, 4));
  const row = await runCommand(db, context, async (tx, audit) => {
    const [made] = await tx
      .insert(communityConferences)
      .values({ unitId: input.unitId, year, heldOn: input.heldOn, attendees: input.attendees, minutesRef: input.minutesRef ?? null })
      .onConflictDoNothing()
      .returning();
    if (!made) throw new DomainError(DemocracyError.CONFERENCE_HELD);
    audit.record({ action: 'community.conference_record', entity: 'community_conference', entityId: made.id, after: { year } });
    return made;
  });
  return { id: row.id, unitId: row.unitId, year: row.year, heldOn: row.heldOn, attendees: row.attendees, minutesRef: row.minutesRef };
}
