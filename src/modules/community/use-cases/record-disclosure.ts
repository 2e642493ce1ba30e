import type { z } from 'zod';
import type { Disclosure, DisclosureInput } from '../../../contracts/disclosures.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { CommunityPermission } from '../community.policy.js';
import { requireCommune, requireNotFuture, workingDaysAfter } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { disclosureChannels, disclosures } from '../democracy.tables.js';
import { getDisclosure } from '../disclosures.repository.js';
import { DISCLOSURE_WORKING_DAYS } from '../disclosure-rules.js';

/**
 * An item the commune must disclose enters the register from its document: due 5 working days
 * later in the commune's calendar, with the channels it already went out by.
 */
export async function recordDisclosure(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof DisclosureInput>,
  now: Date = new Date(),
): Promise<Disclosure> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await requireCommune(db, input.unitId);
  requireNotFuture({ documentDate: input.documentDate }, now);
  input.channels.forEach((channel, index) =>
    requireNotFuture({ [`channels.${index}.startedOn`]: channel.startedOn, [`channels.${index}.endedOn`]: channel.endedOn }, now),
  );
  const early = input.channels.find((channel) => channel.startedOn < input.documentDate);
  if (early) throw new DomainError(DemocracyError.CHANNEL_BEFORE_DOCUMENT, { documentDate: input.documentDate });
  const dueOn = await workingDaysAfter(db, input.unitId, input.documentDate, DISCLOSURE_WORKING_DAYS);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(disclosures).values({
      id,
      unitId: input.unitId,
      item: input.item,
      title: input.title,
      documentRef: input.documentRef ?? null,
      documentDate: input.documentDate,
      dueOn,
    });
    if (input.channels.length > 0) {
      await tx.insert(disclosureChannels).values(
        input.channels.map((channel) => ({
          disclosureId: id,
          kind: channel.kind,
          place: channel.place ?? null,
          startedOn: channel.startedOn,
          endedOn: channel.endedOn ?? null,
          evidence: channel.evidence,
        })),
      );
    }
    audit.record({ action: 'community.disclosure_record', entity: 'disclosure', entityId: id, after: { item: input.item, dueOn } });
  });
  return getDisclosure(db, id, now);
}
