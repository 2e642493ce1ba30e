import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { actionEvents, type DossierAction } from '../../../contracts/dossiers.js';
import { calendarFor } from '../../calendar/index.js';
import { advanceCase, type DeadlineClock } from '../../cases/index.js';
import { loadActionGrants, mayAct } from '../dossier-permissions.js';
import { dossierStore } from '../dossier-store.js';
import { findActiveTask } from '../dossier-tasks.js';
import { getDossierRow } from '../dossiers.repository.js';
import { notifyApplicant } from '../notifications.js';
import { dossierActions, type ActionHandler } from './actions/index.js';

export { DossierAction } from '../../../contracts/dossiers.js';

/**
 * One step of a dossier's life, guarded by its version (If-Match), by the roles of the user at the
 * units concerned and by the transition table. The action (one file each, in actions/) decides
 * what changes; the case core writes the event, the status, the version and the audit entry
 * together; the applicant is told when the action says so.
 */
export async function actOnDossier(
  deps: { db: Db; access: AccessPolicy; config?: { publicUrl: string } },
  principal: Principal,
  context: CommandContext,
  input: { dossierId: string; expectedVersion: number; command: DossierAction },
  now: Date = new Date(),
) {
  const { command } = input;
  const current = await getDossierRow(deps.db, input.dossierId);
  const activeTask = await findActiveTask(deps.db, current.id);
  const grants = await loadActionGrants(deps.access, principal, { receivingUnitId: current.receivingUnitId, activeTask });
  if (!mayAct(command.action, grants, activeTask)) throw new DomainError(PlatformError.FORBIDDEN);
  const calendar = await calendarFor(deps.db, current.receivingUnitId);
  return runCommand(deps.db, context, async (tx, trail) => {
    const dossier = await getDossierRow(tx, input.dossierId, { forUpdate: true });
    if (dossier.version !== input.expectedVersion) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: dossier.version });
    // The transition table first: an action the status does not allow changes nothing.
    dossierStore.type.requireNext(dossier.status, actionEvents[command.action]);
    const clock = dossier.clock as DeadlineClock | null;
    const act = dossierActions[command.action] as ActionHandler<DossierAction>;
    const outcome = await act({ tx, actor: context.actor, dossier, calendar, clock, now }, command);
    await advanceCase(tx, trail, context, dossierStore, {
      caseId: dossier.id,
      from: { status: dossier.status, version: dossier.version },
      event: actionEvents[command.action],
      at: now,
      data: outcome.data,
      changes: { ...outcome.changes, ...(outcome.clock !== undefined ? { clock: outcome.clock } : {}) },
      audit: { action: `dossier.${command.action}`, after: outcome.data },
    });
    if (outcome.notice && dossier.code) {
      await notifyApplicant(tx, {
        notice: outcome.notice,
        dossierId: dossier.id,
        code: dossier.code,
        procedureName: dossier.procedureName,
        applicant: dossier.applicant,
        dueAt: outcome.changes?.dueAt ?? dossier.dueAt,
        ...noticeReason(command),
        publicUrl: deps.config?.publicUrl ?? '',
        trackingSecret: dossier.trackingSecret,
      });
    }
    return getDossierRow(tx, dossier.id);
  });
}

/** What the applicant's message explains: the reason given, or the obligation to fulfil. */
function noticeReason(command: DossierAction): { reason?: string } {
  if ('reason' in command && command.reason) return { reason: command.reason };
  if ('obligation' in command) return { reason: command.obligation };
  return {};
}
