import type { z } from 'zod';
import type { Matter, MatterInput } from '../../../contracts/resident-matters.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { requireNotFuture } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { residentMatters } from '../democracy.tables.js';
import { getMatter } from '../matters.repository.js';

const communeTypes = new Set(['commune', 'ward', 'special_zone']);

/**
 * A matter put to residents (art. 16): for a village, or for the whole commune when it is an item
 * 1–2 decided village by village; a citizen initiative collects the households' consent first.
 */
export async function proposeMatter(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof MatterInput>,
  now: Date = new Date(),
): Promise<Matter> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  const unit = await getUnitRow(db, input.unitId);
  const scope = unit.type === 'village' ? 'village' : communeTypes.has(unit.type) ? 'commune' : undefined;
  if (!scope) throw new DomainError(CommunityError.NOT_A_VILLAGE);
  if (scope === 'commune' && input.item > 2) throw new DomainError(DemocracyError.COMMUNE_WIDE_ITEM);
  if (scope === 'commune' && input.proposer !== 'chairman') {
    throw validationError([
      {
        field: 'proposer',
        in: 'body',
        code: 'invalid',
        message: { vi: 'Nội dung toàn xã do Chủ tịch UBND xã đề xuất.', en: 'A commune-wide matter is proposed by the commune chairman.' },
      },
    ]);
  }
  requireNotFuture({ proposedOn: input.proposedOn }, now);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(residentMatters).values({ id, scope, ...input });
    audit.record({ action: 'community.matter_propose', entity: 'resident_matter', entityId: id, after: { item: input.item, scope } });
  });
  return getMatter(db, id, now);
}
