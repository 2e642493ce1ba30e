import type { MediationCase, MediationStep } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { advanceCase, stepInstant } from '../../cases/index.js';
import { CommunityPermission } from '../community.policy.js';
import { getCase, getCaseRow } from '../community.repository.js';
import { mediationStore } from '../mediation-type.js';

const outcomeEvents = { success: 'succeeded', failure: 'failed', stopped: 'stopped' } as const;

/**
 * A mediation moves on: started (late when after its third day), a session held, ended in success
 * (with the written agreement if the parties want one), failure or stopped (art. 23), then the
 * agreement's performance followed up (art. 26). A step is never before the case or in the future.
 */
export async function recordMediationStep(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { caseId: string; version: number; step: MediationStep },
  now: Date = new Date(),
): Promise<MediationCase> {
  const { db, access } = deps;
  const row = await getCaseRow(db, input.caseId);
  await access.require(principal, CommunityPermission['community.manage'], row.unitId);
  const step = input.step;
  const at = stepInstant('at', step.at, now, { at: Date.parse(row.receivedAt), what: 'lúc nhận vụ việc / the case’s receipt' });
  const event =
    step.step === 'start'
      ? 'started'
      : step.step === 'session'
        ? 'session_held'
        : step.step === 'end'
          ? outcomeEvents[step.outcome]
          : 'followed_up';
  const changes =
    step.step === 'start'
      ? { startedAt: at.toISOString() }
      : step.step === 'end'
        ? { endedAt: at.toISOString(), agreementRef: step.agreementRef ?? null }
        : {};
  const { step: _kind, at: _at, ...data } = step;
  await runCommand(db, context, (tx, audit) =>
    advanceCase(tx, audit, context, mediationStore, {
      caseId: row.id,
      from: { status: row.status, version: input.version },
      event,
      at,
      data,
      audit: { action: `community.mediation_${step.step}` },
      changes,
    }),
  );
  return getCase(db, row.id);
}
