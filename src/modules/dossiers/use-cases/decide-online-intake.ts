import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { calendarFor, computeDueAt, startClock } from '../../calendar/index.js';
import { getVersion } from '../../catalog/index.js';
import { getUnitRow, todayInVietnam } from '../../org/index.js';
import { takeDossierCode } from '../dossier-code.js';
import { appendDossierEvent } from '../dossier-events.js';
import { nationalStatusCode, type DossierStatus } from '../dossier-states.js';
import { insertTasks, planTasks } from '../dossier-tasks.js';
import { DossierPermission } from '../dossiers.policy.js';
import { getDossierRow } from '../dossiers.repository.js';
import { dossiers } from '../dossiers.tables.js';
import { notifyApplicant } from '../notifications.js';
import { timeLimitOf } from './receive-at-counter.js';

export const OnlineIntakeDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('receive') }),
  z.object({ decision: z.literal('guide'), reason: z.string().trim().min(5).max(2000), missingDocuments: z.array(z.string().trim().min(1).max(300)).min(1).max(30) }),
  z.object({ decision: z.literal('refuse'), reason: z.string().trim().min(5).max(2000) }),
]);
export type OnlineIntakeDecision = z.infer<typeof OnlineIntakeDecision>;

/**
 * An officer checks an online submission and receives it (code, appointment counted from this
 * receipt — after hours, from the next working time — and the steps begin), guides the applicant
 * once with everything missing, or refuses it with the reason.
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
  const version = await getVersion(deps.db, current.procedureCode, current.procedureVersion);
  const calendar = await calendarFor(deps.db, unit.id);
  // Reads before the transaction, as at the counter: it then holds the unit's code counter only for its writes.
  const tasks = input.decision.decision === 'receive' ? await planTasks(deps.db, { dossierId: current.id, steps: version.data.steps, receiving: unit, calendar, startMs: now.getTime() }) : [];
  return runCommand(deps.db, context, async (tx, audit) => {
    const dossier = await getDossierRow(tx, input.dossierId, { forUpdate: true });
    if (dossier.version !== input.expectedVersion) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: dossier.version });
    const status = dossier.status as DossierStatus;
    const at = now.toISOString();
    const { decision } = input;
    if (decision.decision !== 'receive') {
      const type = decision.decision === 'guide' ? 'guided' : 'refused_at_intake';
      const data = decision.decision === 'guide' ? { reason: decision.reason, missingDocuments: decision.missingDocuments } : { reason: decision.reason };
      const next = await appendDossierEvent(tx, context, { dossierId: dossier.id, status, type, at: now, data });
      await tx.update(dossiers).set({ status: next, nationalStatus: nationalStatusCode[next], finishedAt: at, version: dossier.version + 1, updatedAt: new Date() }).where(eq(dossiers.id, dossier.id));
      audit.record({ action: `dossier.online_${decision.decision}`, entity: 'dossier', entityId: dossier.id, after: { status: next, ...data } });
      return getDossierRow(tx, dossier.id);
    }
    const code = await takeDossierCode(tx, { unitId: unit.id, agencyCode: unit.code, day: todayInVietnam(now) });
    const limit = timeLimitOf(version);
    const dueAt = new Date(computeDueAt(calendar, now, limit)).toISOString();
    const clock = startClock(calendar, { receivedAt: now, limit });
    const next = await appendDossierEvent(tx, context, { dossierId: dossier.id, status, type: 'received', at: now, data: { code, dueAt, procedureVersion: version.version, channel: 'online' } });
    await tx
      .update(dossiers)
      .set({ code, receivedAt: at, dueAt, originalDueAt: dueAt, clock, receivedBy: context.actor.id, status: next, nationalStatus: nationalStatusCode[next], version: dossier.version + 1, updatedAt: new Date() })
      .where(eq(dossiers.id, dossier.id));
    await insertTasks(tx, tasks);
    await notifyApplicant(tx, { notice: 'received', dossierId: dossier.id, code, procedureName: dossier.procedureName, applicant: dossier.applicant, dueAt, publicUrl: deps.config?.publicUrl ?? '', trackingSecret: dossier.trackingSecret });
    audit.record({ action: 'dossier.online_receive', entity: 'dossier', entityId: dossier.id, after: { code, dueAt, status: next } });
    return getDossierRow(tx, dossier.id);
  });
}
