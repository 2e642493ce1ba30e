import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import type { CounterIntakeRequest, DocumentReceived, IntakeResult } from '../../../contracts/dossiers.js';
import { calendarFor } from '../../calendar/index.js';
import { openCase } from '../../cases/index.js';
import { findVersionInForce } from '../../catalog/index.js';
import { getAgencyProfile, getUnitRow, requireUnitInOperation } from '../../org/index.js';
import { newDossierRow, dossierStore } from '../dossier-store.js';
import { planTasks } from '../dossier-tasks.js';
import { DossierError } from '../dossiers.errors.js';
import { DossierPermission } from '../dossiers.policy.js';
import { receiveDossier } from './receive-dossier.js';

export { timeLimitOf } from './receive-dossier.js';
export type { IntakeResult };

/**
 * Counter intake. A complete dossier is received (receiveDossier: its code, its appointment, its
 * steps), under the procedure version in force today. An incomplete one gets a guidance slip
 * listing what is missing, and no code; a refused one, the reason.
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
  await requireUnitInOperation(deps.db, unit, today);
  const version = await findVersionInForce(deps.db, input.procedureCode, today);
  if (!version || !version.data.isPublished)
    throw new DomainError(DossierError.PROCEDURE_NOT_AVAILABLE, { code: input.procedureCode, date: today });
  const checklist = version.data.documents;
  const badIndex = input.documents.findIndex((document) => document.index > checklist.length);
  if (badIndex >= 0) {
    throw validationError([
      {
        field: `documents.${badIndex}.index`,
        code: 'not_in_checklist',
        message: { vi: 'Không có giấy tờ này trong thành phần hồ sơ.', en: "Not in the procedure's checklist." },
      },
    ]);
  }
  if (!version.data.deliveryOptions.includes(input.delivery)) {
    throw validationError([
      {
        field: 'delivery',
        code: 'not_offered',
        message: { vi: 'Thủ tục không có hình thức trả kết quả này.', en: 'The procedure does not offer this delivery.' },
      },
    ]);
  }
  const received = new Map(input.documents.map((document) => [document.index, document.count]));
  const documents: DocumentReceived[] = checklist.flatMap((item, position) =>
    received.has(position + 1)
      ? [{ index: position + 1, name: item.name, form: item.form, count: received.get(position + 1)!, isRequired: item.isRequired }]
      : [],
  );
  const missingDocuments: DocumentReceived[] = checklist.flatMap((item, position) =>
    item.isRequired && !received.has(position + 1)
      ? [{ index: position + 1, name: item.name, form: item.form, count: item.count, isRequired: true }]
      : [],
  );
  const outcome = input.refusalReason ? 'refused' : missingDocuments.length > 0 ? 'guided' : 'received';
  const row = newDossierRow({
    unitId: unit.id,
    version,
    channel: 'counter',
    applicant: input.applicant,
    documents,
    setCount: input.setCount,
    delivery: input.delivery,
    submittedAt: now,
    receivedBy: context.actor.id,
  });
  const calendar = outcome === 'received' ? await calendarFor(deps.db, unit.id) : undefined;
  const { codePrefix } = await getAgencyProfile(deps.db, unit.id);
  // Reads happen before the transaction, which then holds the unit's code counter only for its writes.
  const tasks = calendar
    ? await planTasks(deps.db, { dossierId: row.id, steps: version.data.steps, receiving: unit, calendar, startMs: now.getTime() })
    : [];

  return runCommand(deps.db, context, async (tx, trail) => {
    if (outcome !== 'received') {
      const event = outcome === 'refused' ? 'refused_at_intake' : 'guided';
      const data = outcome === 'refused' ? { reason: input.refusalReason } : { missingDocuments };
      await openCase(tx, trail, context, dossierStore, {
        row: { ...row, finishedAt: now.toISOString() },
        event,
        at: now,
        data,
        audit: { action: `dossier.${outcome}`, after: { procedureCode: version.code } },
      });
      return { dossierId: row.id, outcome, code: null, dueAt: null, missingDocuments, provisionalDays: [] };
    }
    const audit = { action: 'dossier.receive', after: { procedureCode: version.code, procedureVersion: version.version } };
    const { code, dueAt, provisionalDays } = await receiveDossier(tx, trail, context, {
      dossier: row,
      unit,
      codePrefix,
      version,
      calendar: calendar!,
      tasks,
      now,
      publicUrl: deps.config?.publicUrl ?? '',
      audit,
    });
    return { dossierId: row.id, outcome, code, dueAt, missingDocuments: [], provisionalDays };
  });
}
