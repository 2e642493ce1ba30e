import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ChannelEnd, ChannelInput, Disclosure } from '../../../contracts/disclosures.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { CommunityPermission } from '../community.policy.js';
import { requireNotFuture } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { disclosureChannels, disclosures } from '../democracy.tables.js';
import { getDisclosure, getDisclosureRow, openChannel } from '../disclosures.repository.js';

type Deps = { db: Db; access: AccessPolicy };
type Change = { kind: 'add'; channel: z.infer<typeof ChannelInput> } | { kind: 'end'; channelId: string; end: z.infer<typeof ChannelEnd> };

/** A channel the item went out by, or the end of a running one (a posting taken down, a broadcast over) with its evidence. */
export async function recordDisclosureChannel(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { disclosureId: string; version: number; change: Change },
  now: Date = new Date(),
): Promise<Disclosure> {
  const { db, access } = deps;
  const row = await getDisclosureRow(db, input.disclosureId);
  await access.require(principal, CommunityPermission['community.manage'], row.unitId);
  const { change } = input;
  if (change.kind === 'add') {
    requireNotFuture({ startedOn: change.channel.startedOn, endedOn: change.channel.endedOn }, now);
    if (change.channel.startedOn < row.documentDate) {
      throw new DomainError(DemocracyError.CHANNEL_BEFORE_DOCUMENT, { documentDate: row.documentDate });
    }
  } else {
    requireNotFuture({ endedOn: change.end.endedOn }, now);
  }
  await runCommand(db, context, async (tx, audit) => {
    const bumped = await tx
      .update(disclosures)
      .set({ version: sql`${disclosures.version} + 1` })
      .where(sql`${disclosures.id} = ${row.id} and ${disclosures.version} = ${input.version}`)
      .returning({ id: disclosures.id });
    if (bumped.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
    if (change.kind === 'add') {
      await tx.insert(disclosureChannels).values({
        disclosureId: row.id,
        kind: change.channel.kind,
        place: change.channel.place ?? null,
        startedOn: change.channel.startedOn,
        endedOn: change.channel.endedOn ?? null,
        evidence: change.channel.evidence,
      });
    } else {
      const [channel] = await tx.select().from(disclosureChannels).where(openChannel(row.id, change.channelId));
      if (!channel) throw new DomainError(DemocracyError.CHANNEL_NOT_OPEN);
      if (change.end.endedOn < channel.startedOn) {
        throw validationError([
          { field: 'endedOn', in: 'body', code: 'before_start', message: { vi: 'Trước ngày bắt đầu.', en: 'Before the start.' } },
        ]);
      }
      await tx
        .update(disclosureChannels)
        .set({ endedOn: change.end.endedOn, evidence: [...channel.evidence, ...change.end.evidence] })
        .where(eq(disclosureChannels.id, channel.id));
    }
    audit.record({ action: `community.disclosure_channel_${change.kind}`, entity: 'disclosure', entityId: row.id });
  });
  return getDisclosure(db, row.id, now);
}
