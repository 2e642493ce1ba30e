import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import {
  addWorkingDays,
  calendarFor,
  getDueAt,
  getStatutoryDueAt,
  pauseClock,
  rescheduleClock,
  resumeClock,
  type DeadlineClock,
} from '../../calendar/index.js';
import { checkDeliveryRecord, DeliveryRecord, storedDeliveryRecord } from '../delivery-record.js';
import { appendDossierEvent } from '../dossier-events.js';
import { actionEvents, nationalStatusCode, type DossierEventType, type DossierStatus } from '../dossier-states.js';
import { loadActionGrants, mayAct } from '../dossier-permissions.js';
import { DossierError } from '../dossiers.errors.js';
import { getDossierRow } from '../dossiers.repository.js';
import { dossiers } from '../dossiers.tables.js';
import { findActiveTask, handOver, hasWaitingStepAfterActive, returnToStep } from '../dossier-tasks.js';
import { classifyOutcome } from '../outcome.js';
import { notifyApplicant } from '../notifications.js';
import { isoDateTime } from '../../../platform/http/dates.js';

export const DossierAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('request_supplement'), reason: z.string().trim().min(5).max(2000), missingDocuments: z.array(z.string().trim().min(1).max(300)).min(1).max(30) }),
  z.object({ action: z.literal('receive_supplement') }),
  z.object({ action: z.literal('hand_over'), note: z.string().trim().max(2000).optional() }),
  z.object({ action: z.literal('return_to_step'), stepIndex: z.number().int().min(0).max(30), reason: z.string().trim().min(5).max(2000) }),
  z.object({ action: z.literal('reschedule'), reason: z.string().trim().min(5).max(2000), newDueAt: isoDateTime }),
  z.object({ action: z.literal('approve'), note: z.string().trim().max(2000).optional() }),
  z.object({ action: z.literal('stop'), reason: z.string().trim().min(5).max(2000) }),
  z.object({ action: z.literal('withdraw'), reason: z.string().trim().max(2000).optional() }),
  z.object({
    action: z.literal('return'),
    delivery: z.enum(['counter', 'post', 'home', 'electronic']),
    note: z.string().trim().max(2000).optional(),
    /** Required for home and post delivery: who received it, where, when, and who delivered it or the postal receipt number. */
    deliveryRecord: DeliveryRecord.optional(),
  }),
]);
export type DossierAction = z.infer<typeof DossierAction>;

const eventOf: Record<DossierAction['action'], DossierEventType> = actionEvents;

/**
 * One step of a dossier's life, guarded by its version (If-Match) and by the transition
 * table; the event, the dossier's columns, the clock and the audit row change together.
 * Legal limits: one supplement request, one reschedule issued at least one working day
 * before the appointment (Decree 61/2018 art. 11, 19).
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
  return runCommand(deps.db, context, async (tx, audit) => {
    const dossier = await getDossierRow(tx, input.dossierId, { forUpdate: true });
    if (dossier.version !== input.expectedVersion) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: dossier.version });
    const status = dossier.status as DossierStatus;
    if (command.action === 'return' && status === 'returned') throw new DomainError(DossierError.DOSSIER_ALREADY_RETURNED);
    let clock = dossier.clock as DeadlineClock | null;
    const changes: Partial<typeof dossiers.$inferInsert> = {};
    const data: Record<string, unknown> = {};
    const at = now.getTime();
    switch (command.action) {
      case 'request_supplement':
        if (dossier.supplementCount >= 1) throw new DomainError(DossierError.DOSSIER_SUPPLEMENT_LIMIT);
        if (clock) clock = pauseClock(clock, at);
        changes.supplementCount = dossier.supplementCount + 1;
        Object.assign(data, { reason: command.reason, missingDocuments: command.missingDocuments });
        break;
      case 'receive_supplement':
        if (clock) {
          clock = resumeClock(calendar, clock, at);
          // The time waiting for the applicant does not count: the appointment moves by that working time.
          changes.dueAt = new Date(getDueAt(calendar, clock, at)).toISOString();
          data.dueAt = changes.dueAt;
        }
        break;
      case 'hand_over': {
        if (status !== 'processing') break;
        const { finished, next } = await handOver(tx, { dossierId: dossier.id, calendar, now: at, actorName: context.actor.name, note: command.note });
        if (!next) throw new DomainError(DossierError.DOSSIER_NO_NEXT_STEP);
        Object.assign(data, { fromStep: finished?.stepIndex ?? null, fromUnitId: finished?.unitId ?? null, toStep: next.stepIndex, toUnitId: next.unitId, task: next.name, stepDueAt: next.dueAt, outcome: finished?.outcome ?? null, note: command.note });
        break;
      }
      case 'return_to_step': {
        if (status !== 'processing') break;
        const { from, to } = await returnToStep(tx, { dossierId: dossier.id, stepIndex: command.stepIndex, calendar, now: at, actorName: context.actor.name, reason: command.reason });
        Object.assign(data, { fromStep: from.stepIndex, fromUnitId: from.unitId, toStep: to.stepIndex, toUnitId: to.unitId, reason: command.reason });
        break;
      }
      case 'reschedule': {
        if (dossier.rescheduleCount >= 1 || !clock) throw new DomainError(DossierError.DOSSIER_RESCHEDULE_LIMIT);
        const dueAt = getDueAt(calendar, clock, at);
        if (addWorkingDays(calendar, at, 1) > dueAt) {
          throw new DomainError(DossierError.DOSSIER_RESCHEDULE_TOO_LATE, { dueAt: new Date(dueAt).toISOString() });
        }
        const newDueAt = Date.parse(command.newDueAt);
        if (newDueAt <= dueAt) {
          throw validationError([{ field: 'newDueAt', code: 'not_later', message: { vi: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.', en: 'Must be after the current appointment.' } }]);
        }
        clock = rescheduleClock(calendar, clock, { newDueAt, at });
        changes.rescheduleCount = dossier.rescheduleCount + 1;
        changes.dueAt = new Date(newDueAt).toISOString();
        Object.assign(data, { reason: command.reason, previousDueAt: dossier.dueAt, newDueAt: changes.dueAt });
        break;
      }
      case 'approve':
      case 'stop':
      case 'withdraw': {
        changes.finishedAt = now.toISOString();
        if (status === 'processing' || status === 'supplement_requested') {
          // Approval hands the dossier to the step that returns the result (when the process has one);
          // a stop or a withdrawal ends every step.
          const returnStepFollows = command.action === 'approve' && (await hasWaitingStepAfterActive(tx, dossier.id));
          await handOver(tx, { dossierId: dossier.id, calendar, now: at, actorName: context.actor.name, isFinal: !returnStepFollows });
        }
        if (clock && command.action !== 'withdraw') {
          const statutoryDueAt = getStatutoryDueAt(calendar, clock, at);
          changes.outcome = dossier.supplementCount > 1 ? 'late' : classifyOutcome(at, statutoryDueAt);
        }
        Object.assign(data, 'reason' in command ? { reason: command.reason } : {}, 'note' in command ? { note: command.note } : {});
        break;
      }
      case 'return': {
        if (status === 'result_ready' || status === 'stopped') {
          const problems = checkDeliveryRecord({ delivery: command.delivery, record: command.deliveryRecord, resultReadyAt: dossier.finishedAt, now });
          if (problems.length > 0) throw validationError(problems);
          await handOver(tx, { dossierId: dossier.id, calendar, now: at, actorName: context.actor.name, isFinal: true });
        }
        const record = command.deliveryRecord ? storedDeliveryRecord(command.deliveryRecord) : undefined;
        // Delivered at home or by post, the result reached the applicant when the record says.
        changes.returnedAt = record?.deliveredAt ?? now.toISOString();
        changes.delivery = command.delivery;
        Object.assign(data, { delivery: command.delivery, note: command.note }, record ? { deliveryRecord: record } : {});
        break;
      }
      default: {
        const unreachable: never = command;
        throw new Error(`unknown action ${String(unreachable)}`);
      }
    }
    const next = await appendDossierEvent(tx, context, { dossierId: dossier.id, status, type: eventOf[command.action], at: now, data });
    await tx
      .update(dossiers)
      .set({ ...changes, clock, status: next, nationalStatus: nationalStatusCode[next], version: dossier.version + 1, updatedAt: new Date() })
      .where(eq(dossiers.id, dossier.id));
    const notice = command.action === 'request_supplement' ? 'supplement_requested' : command.action === 'reschedule' ? 'rescheduled' : command.action === 'approve' ? 'result_ready' : undefined;
    if (notice && dossier.code) {
      await notifyApplicant(tx, {
        notice,
        dossierId: dossier.id,
        code: dossier.code,
        procedureName: dossier.procedureName,
        applicant: dossier.applicant,
        dueAt: changes.dueAt ?? dossier.dueAt,
        ...('reason' in command && command.reason ? { reason: command.reason } : {}),
        publicUrl: deps.config?.publicUrl ?? '',
        trackingSecret: dossier.trackingSecret,
      });
    }
    audit.record({ action: `dossier.${command.action}`, entity: 'dossier', entityId: dossier.id, before: { status, version: dossier.version }, after: { status: next, ...data } });
    return getDossierRow(tx, dossier.id);
  });
}
