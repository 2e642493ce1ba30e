import type { z } from 'zod';
import type { LegalAidCase, LegalAidStep } from '../../../contracts/legal-aid.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { advanceCase, stepInstant } from '../../cases/index.js';
import { CommunityPermission } from '../community.policy.js';
import { legalAidStore } from '../legal-aid-type.js';
import { getLegalAid, getLegalAidRow } from '../legal-aid.repository.js';

/** The proof received, the lawyer or legal-aid officer assigned, the case completed with its quality score, or stopped with a notice (If-Match). */
export async function recordLegalAidStep(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { caseId: string; version: number; step: z.infer<typeof LegalAidStep> },
  now: Date = new Date(),
): Promise<z.infer<typeof LegalAidCase>> {
  const { db, access } = deps;
  const row = await getLegalAidRow(db, input.caseId);
  await access.require(principal, CommunityPermission['community.manage'], row.unitId);
  const { step } = input;
  const at = stepInstant('at', step.at, now, { at: Date.parse(row.acceptedAt), what: 'lúc thụ lý / the acceptance' });
  const changes =
    step.step === 'proof_received'
      ? { proofReceivedAt: at.toISOString() }
      : step.step === 'assigned'
        ? { assignedAt: at.toISOString(), assignee: step.assignee }
        : step.step === 'completed'
          ? { qualityScore: step.qualityScore }
          : {};
  const { step: event, at: _at, ...data } = step;
  await runCommand(db, context, (tx, audit) =>
    advanceCase(tx, audit, context, legalAidStore, {
      caseId: row.id,
      from: { status: row.status, version: input.version },
      event,
      at,
      data,
      audit: { action: `community.legal_aid_${event}` },
      changes,
    }),
  );
  return getLegalAid(db, row.id);
}
