import crypto from 'node:crypto';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { calendarFor, computeDueAt, startClock, type TimeLimit } from '../../calendar/index.js';
import { findVersionInForce, type ProcedureVersion } from '../../catalog/index.js';
import { getUnitRow, todayInVietnam } from '../../org/index.js';
import { insertTasks, planTasks } from '../dossier-tasks.js';
import { notifyApplicant } from '../notifications.js';
import { takeDossierCode } from '../dossier-code.js';
import { appendDossierEvent } from '../dossier-events.js';
import { firstStatus, nationalStatusCode } from '../dossier-states.js';
import { DossierError } from '../dossiers.errors.js';
import { DossierPermission } from '../dossiers.policy.js';
import type { CounterIntakeRequest } from '../dossiers.schemas.js';
import { dossiers, type DocumentReceived } from '../dossiers.tables.js';

export type IntakeResult = {
  dossierId: string;
  outcome: 'received' | 'guided' | 'refused';
  code: string | null;
  dueAt: string | null;
  missingDocuments: DocumentReceived[];
};

/** The legal time limit of a procedure version as the calendar counts it. */
export function timeLimitOf(version: ProcedureVersion): TimeLimit {
  const time = version.data.processingTime;
  if (time.unit === 'working_hours') return { unit: 'working-hours', value: time.value };
  return { unit: 'working-days', value: time.unit === 'on_the_spot' ? 0 : time.value };
}

/**
 * Counter intake. A complete dossier is received: it gets the next code of the unit and day and
 * its appointment from the calendar, under the procedure version in force today. An incomplete
 * one gets a guidance slip listing what is missing, and no code; a refused one, the reason.
 */
export async function receiveAtCounter(
  deps: { db: Db; access: AccessPolicy; config?: { publicUrl: string } },
  principal: Principal,
  context: CommandContext,
  input: CounterIntakeRequest,
  now: Date = new Date(),
): Promise<IntakeResult> {
  await deps.access.require(principal, DossierPermission['dossiers.receive'], input.receivingUnitId);
  const unit = await getUnitRow(deps.db, input.receivingUnitId);
  const today = todayInVietnam(now);
  const version = await findVersionInForce(deps.db, input.procedureCode, today);
  if (!version || !version.data.isPublished) throw new DomainError(DossierError.PROCEDURE_NOT_AVAILABLE, { code: input.procedureCode, date: today });
  const checklist = version.data.documents;
  const badIndex = input.documents.findIndex((document) => document.index > checklist.length);
  if (badIndex >= 0) {
    throw validationError([{ field: `documents.${badIndex}.index`, code: 'not_in_checklist', message: { vi: 'Không có giấy tờ này trong thành phần hồ sơ.', en: 'Not in the procedure\'s checklist.' } }]);
  }
  if (!version.data.deliveryOptions.includes(input.delivery)) {
    throw validationError([{ field: 'delivery', code: 'not_offered', message: { vi: 'Thủ tục không có hình thức trả kết quả này.', en: 'The procedure does not offer this delivery.' } }]);
  }
  const received = new Map(input.documents.map((document) => [document.index, document.count]));
  const documents: DocumentReceived[] = checklist.flatMap((item, position) =>
    received.has(position + 1) ? [{ index: position + 1, name: item.name, form: item.form, count: received.get(position + 1)!, isRequired: item.isRequired }] : [],
  );
  const missingDocuments: DocumentReceived[] = checklist.flatMap((item, position) =>
    item.isRequired && !received.has(position + 1) ? [{ index: position + 1, name: item.name, form: item.form, count: item.count, isRequired: true }] : [],
  );
  const outcome = input.refusalReason ? 'refused' : missingDocuments.length > 0 ? 'guided' : 'received';
  const id = crypto.randomUUID();
  const calendar = outcome === 'received' ? await calendarFor(deps.db, unit.id) : undefined;
  // Reads happen before the transaction, which then holds the unit's code counter only for its writes.
  const tasks = calendar ? await planTasks(deps.db, { dossierId: id, steps: version.data.steps, receiving: unit, calendar, startMs: now.getTime() }) : [];

  return runCommand(deps.db, context, async (tx, audit) => {
    const at = now.toISOString();
    const base = {
      id,
      trackingSecret: crypto.randomBytes(12).toString('base64url'),
      receivingUnitId: unit.id,
      procedureCode: version.code,
      procedureVersion: version.version,
      procedureName: version.data.name,
      channel: 'counter',
      applicant: input.applicant,
      applicantName: input.applicant.name,
      applicantIdNumber: input.applicant.citizenId ?? input.applicant.taxCode ?? null,
      applicantPhone: input.applicant.phone,
      documents,
      setCount: input.setCount,
      delivery: input.delivery,
      submittedAt: at,
      receivedBy: context.actor.id,
    };
    if (outcome !== 'received') {
      const type = outcome === 'refused' ? 'refused_at_intake' : 'guided';
      const status = firstStatus(type);
      await tx.insert(dossiers).values({ ...base, status, nationalStatus: nationalStatusCode[status], finishedAt: at });
      await appendDossierEvent(tx, context, {
        dossierId: id,
        status: null,
        type,
        at: now,
        data: outcome === 'refused' ? { reason: input.refusalReason } : { missingDocuments },
      });
      audit.record({ action: `dossier.${outcome}`, entity: 'dossier', entityId: id, after: { procedureCode: version.code, status } });
      return { dossierId: id, outcome, code: null, dueAt: null, missingDocuments };
    }
    const code = await takeDossierCode(tx, { unitId: unit.id, agencyCode: unit.code, day: today });
    const limit = timeLimitOf(version);
    const clock = startClock(calendar!, { receivedAt: now, limit });
    const dueAt = new Date(computeDueAt(calendar!, now, limit)).toISOString();
    const status = firstStatus('received');
    await tx.insert(dossiers).values({ ...base, code, status, nationalStatus: nationalStatusCode[status], receivedAt: at, dueAt, originalDueAt: dueAt, clock });
    await appendDossierEvent(tx, context, {
      dossierId: id,
      status: null,
      type: 'received',
      at: now,
      data: { code, dueAt, procedureVersion: version.version, documents: documents.map((d) => d.index) },
    });
    await insertTasks(tx, tasks);
    await notifyApplicant(tx, { notice: 'received', dossierId: id, code, procedureName: version.data.name, applicant: input.applicant, dueAt, publicUrl: deps.config?.publicUrl ?? '', trackingSecret: base.trackingSecret });
    audit.record({ action: 'dossier.receive', entity: 'dossier', entityId: id, after: { code, procedureCode: version.code, procedureVersion: version.version, dueAt, status } });
    return { dossierId: id, outcome, code, dueAt, missingDocuments: [] };
  });
}

