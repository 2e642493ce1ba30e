import type { z } from 'zod';
import type { Contest, ContestEntryInput } from '../../../contracts/mobilisation-models.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { validationError } from '../../../platform/errors/errors.js';
import { CommunityPermission } from '../community.policy.js';
import { contestEntries } from '../community.tables.js';
import { getContest } from '../models.repository.js';

type Deps = { db: Db; access: AccessPolicy };

/** An entry within the contest's period, with its score and prize once judged. */
export async function addContestEntry(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { contestId: string; entry: z.infer<typeof ContestEntryInput> },
): Promise<z.infer<typeof Contest>> {
  const { db, access } = deps;
  const contest = await getContest(db, input.contestId);
  await access.require(principal, CommunityPermission['community.manage'], contest.unitId);
  const { entry } = input;
  if (entry.submittedOn < contest.opensOn || entry.submittedOn > contest.closesOn) {
    throw validationError([
      {
        field: 'submittedOn',
        in: 'body',
        code: 'out_of_range',
        message: {
          vi: `Trong thời gian nhận bài ${contest.opensOn} – ${contest.closesOn}.`,
          en: `Within ${contest.opensOn} – ${contest.closesOn}.`,
        },
      },
    ]);
  }
  await runCommand(db, context, async (tx, audit) => {
    const [made] = await tx
      .insert(contestEntries)
      .values({ contestId: contest.id, ...entry, score: entry.score ?? null, prize: entry.prize ?? null })
      .returning({ id: contestEntries.id });
    audit.record({ action: 'community.contest_entry', entity: 'contest', entityId: contest.id, after: { entryId: made!.id } });
  });
  return getContest(db, contest.id);
}
