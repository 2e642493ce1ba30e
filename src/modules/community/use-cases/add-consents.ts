import type { z } from 'zod';
import type { ConsentsInput, Matter } from '../../../contracts/resident-matters.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { validationError } from '../../../platform/errors/errors.js';
import { CommunityPermission } from '../community.policy.js';
import { requireNotFuture } from '../democracy-checks.js';
import { initiativeConsents } from '../democracy.tables.js';
import { bumpMatterVersion, getMatter, getMatterRow } from '../matters.repository.js';

/** Households' consents to a citizen initiative, each valid 3 months (art. 16(3)); the same household and day counts once. */
export async function addConsents(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { matterId: string; version: number; body: z.infer<typeof ConsentsInput> },
  now: Date = new Date(),
): Promise<Matter> {
  const { db, access } = deps;
  const matter = await getMatterRow(db, input.matterId);
  await access.require(principal, CommunityPermission['community.manage'], matter.unitId);
  if (matter.proposer !== 'citizen_initiative') {
    throw validationError([
      {
        field: 'consents',
        in: 'body',
        code: 'not_initiative',
        message: { vi: 'Không phải sáng kiến của công dân.', en: 'Not a citizen initiative.' },
      },
    ]);
  }
  input.body.consents.forEach((consent, index) => requireNotFuture({ [`consents.${index}.consentedOn`]: consent.consentedOn }, now));
  await runCommand(db, context, async (tx, audit) => {
    await bumpMatterVersion(tx, matter, input.version);
    await tx
      .insert(initiativeConsents)
      .values(input.body.consents.map((consent) => ({ matterId: matter.id, villageUnitId: matter.unitId, ...consent })))
      .onConflictDoNothing();
    audit.record({
      action: 'community.initiative_consents',
      entity: 'resident_matter',
      entityId: matter.id,
      after: { added: input.body.consents.length },
    });
  });
  return getMatter(db, matter.id, now);
}
