import type { z } from 'zod';
import type { LegalAidRefusal, LegalAidRefusalInput } from '../../../contracts/legal-aid.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { validationError } from '../../../platform/errors/errors.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityPermission } from '../community.policy.js';
import { legalAidRefusals } from '../community.tables.js';

export const refusalBasis = 'Luật Trợ giúp pháp lý 2017, khoản 3 Điều 30 và Điều 27';
type Row = typeof legalAidRefusals.$inferSelect;

export const toRefusal = (row: Row): z.infer<typeof LegalAidRefusal> => ({
  id: row.id,
  unitId: row.unitId,
  answeredAt: new Date(row.answeredAt).toISOString(),
  requester: { fullName: row.requester.fullName, address: row.requester.address ?? null },
  summary: row.summary,
  reason: row.reason as z.infer<typeof LegalAidRefusal>['reason'],
  explanation: row.explanation,
  basis: refusalBasis,
});

/** A request answered at once with a refusal and its reason (art. 30(3)): never a case, counted apart. */
export async function refuseLegalAid(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof LegalAidRefusalInput>,
  now: Date = new Date(),
): Promise<z.infer<typeof LegalAidRefusal>> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await getUnitRow(db, input.unitId);
  const answeredAt = input.answeredAt ? new Date(input.answeredAt) : now;
  if (answeredAt.getTime() > now.getTime() + 5 * 60_000) {
    throw validationError([
      { field: 'answeredAt', in: 'body', code: 'in_future', message: { vi: 'Chưa đến thời điểm này.', en: 'Not yet.' } },
    ]);
  }
  const row = await runCommand(db, context, async (tx, audit) => {
    const [made] = await tx
      .insert(legalAidRefusals)
      .values({
        unitId: input.unitId,
        answeredAt: answeredAt.toISOString(),
        requester: input.requester,
        summary: input.summary,
        reason: input.reason,
        explanation: input.explanation,
      })
      .returning();
    audit.record({
      action: 'community.legal_aid_refuse',
      entity: 'legal_aid_refusal',
      entityId: made!.id,
      after: { reason: input.reason },
    });
    return made!;
  });
  return toRefusal(row);
}
