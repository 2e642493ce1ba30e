import type { z } from 'zod';
import type { ResidentVote, ResidentVoteInput } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { householdsOn } from '../community.repository.js';
import { residentVotes } from '../community.tables.js';
import { judgeVote } from '../vote-rules.js';

type Vote = z.infer<typeof ResidentVote>;

export function toVote(row: typeof residentVotes.$inferSelect, basis: string): Vote {
  return {
    id: row.id,
    unitId: row.unitId,
    item: row.item,
    title: row.title,
    form: row.form,
    heldAt: new Date(row.heldAt).toISOString(),
    householdsTotal: row.householdsTotal,
    present: row.present,
    absent: row.householdsTotal - row.present,
    yes: row.yes,
    no: row.no,
    threshold: row.threshold,
    needed: row.needed,
    passed: row.passed,
    ballotRequired: row.ballotRequired,
    basis,
  };
}

/** A vote judged on the village's households on the day; refuses more present than households. */
export function judgeAgainstHouseholds(input: {
  item: number;
  form: Vote['form'];
  households: number | undefined;
  present: number;
  yes: number;
}) {
  const { households } = input;
  if (households === undefined) throw new DomainError(CommunityError.HOUSEHOLDS_UNKNOWN);
  if (input.present > households) {
    throw validationError([
      {
        field: 'present',
        in: 'body',
        code: 'too_many',
        message: { vi: `Nhiều hơn số hộ của thôn (${households}).`, en: `More than the village’s ${households} households.` },
      },
    ]);
  }
  return { households, ...judgeVote({ item: input.item, households, form: input.form, yes: input.yes }) };
}

/**
 * A village's vote on a matter residents decide, judged against all its households on the day in
 * the register (never against those present): passed or not, and whether a meeting that fell short
 * must now go to a ballot to each household.
 */
export async function recordResidentVote(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof ResidentVoteInput>,
  now: Date = new Date(),
): Promise<Vote> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  const unit = await getUnitRow(db, input.unitId);
  if (unit.type !== 'village') throw new DomainError(CommunityError.NOT_A_VILLAGE);
  const heldAt = new Date(input.heldAt);
  if (heldAt.getTime() > now.getTime() + 5 * 60_000) {
    throw validationError([{ field: 'heldAt', in: 'body', code: 'in_future', message: { vi: 'Chưa diễn ra.', en: 'Not yet held.' } }]);
  }
  const households = await householdsOn(db, input.unitId, todayInVietnam(heldAt));
  const judged = judgeAgainstHouseholds({ ...input, households });
  const row = await runCommand(db, context, async (tx, audit) => {
    const [made] = await tx
      .insert(residentVotes)
      .values({
        unitId: input.unitId,
        item: input.item,
        title: input.title,
        form: input.form,
        heldAt: heldAt.toISOString(),
        householdsTotal: judged.households,
        present: input.present,
        yes: input.yes,
        no: input.no,
        threshold: judged.threshold,
        needed: judged.needed,
        passed: judged.passed,
        ballotRequired: judged.ballotRequired,
      })
      .returning();
    audit.record({ action: 'community.resident_vote', entity: 'resident_vote', entityId: made!.id, after: { passed: judged.passed } });
    return made!;
  });
  return toVote(row, judged.legalBasis);
}
