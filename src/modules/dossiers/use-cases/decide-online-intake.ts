import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import type { OnlineIntakeDecision } from '../../../contracts/dossiers.js';
import { calendarFor } from '../../calendar/index.js';
import { advanceCase } from '../../cases/index.js';
import { getVersion } from '../../catalog/index.js';
import { getAgencyProfile, getUnitRow, requireUnitInOperation } from '../../org/index.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { dossierStore } from '../dossier-store.js';
import { planTasks } from '../dossier-tasks.js';
import { DossierPermission } from '../dossiers.policy.js';
import { getDossierRow } from '../dossiers.repository.js';
import { receiveDossier } from './receive-dossier.js';

export { OnlineIntakeDecision } from '../../../contracts/dossiers.js';

/**
 * An officer checks an online submission and receives it (receiveDossier: code, appointment
 * counted from this receipt — after hours, from the next working time — and the steps begin),
 * guides the applicant once with everything missing, or refuses it with the reason.
 */
export async function decideOnlineIntake(
  deps: { db: Db; access: AccessPolicy; config?: { publicUrl: string } },
  principal: Principal,
  context: CommandContext,
  input: { dossierId: string; expectedVersion: number; decision: OnlineIntakeDecision },
  now: Date = new Date(),
) {
  const current = await getDossierRow(deps.db, input.dossierId);
  await deps.access.require(principal, DossierPermission['dossiers.receive'], current.receivingUnitId);
  const unit = await getUnitRow(deps.db, current.receivingUnitId);
  if (input.decision.decision === 'receive') await requireUnitInOperation(deps.db, unit, todayInVietnam(now));
  const { codePrefix } = await getAgencyProfile(deps.db, unit.id);
  const version = await getVersion(deps.db, current.procedureCode, current.procedureVersion);
  const calendar = await calendarFor(deps.db, unit.id);
  // Reads before the transaction, as at the counter: it then holds the unit's code counter only for its writes.
  const tasks =
    input.decision.decision === 'receive'
      ? await planTasks(deps.db, { dossierId: current.id, steps: version.data.steps, receiving: unit, calendar, startMs: now.getTime() })
      : [];
  return runCommand(deps.db, context, async (tx, trail) => {
    const dossier = await getDossierRow(tx, input.dossierId, { forUpdate: true });
    if (dossier.version !== input.expectedVersion) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: dossier.version });
    const { decision } = input;
    if (decision.decision === 'receive') {
      const audit = { action: 'dossier.online_receive' };
      await receiveDossier(tx, trail, context, {
        dossier,
        submitted: { status: dossier.status, version: dossier.version },
        unit,
        codePrefix,
        version,
        calendar,
        tasks,
        now,
        publicUrl: deps.config?.publicUrl ?? '',
        audit,
      });
    } else {
      const event = decision.decision === 'guide' ? 'guided' : 'refused_at_intake';
      const data =
        decision.decision === 'guide'
          ? { reason: decision.reason, missingDocuments: decision.missingDocuments }
          : { reason: decision.reason };
      const from = { status: dossier.status, version: dossier.version };
      await advanceCase(tx, trail, context, dossierStore, {
        caseId: dossier.id,
        from,
        event,
        at: now,
        data,
        changes: { finishedAt: now.toISOString() },
        audit: { action: `dossier.online_${decision.decision}`, after: data },
      });
    }
    return getDossierRow(tx, dossier.id);
  });
}
