import type { AuditTrail, CommandContext } from '../../../platform/audit/audit.js';
import type { Queryable } from '../../../platform/db/types.js';
import type { DossierStatus } from '../../../contracts/dossiers.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { computeDueAt, findProvisionalDays, type TimeLimit, type WorkingCalendar } from '../../calendar/index.js';
import { advanceCase, openCase, startClock } from '../../cases/index.js';
import type { ProcedureVersion } from '../../catalog/index.js';
import { takeBookEntry, takeDossierCode } from '../dossier-code.js';
import { dossierStore, type NewDossierRow } from '../dossier-store.js';
import { insertTasks, type TaskInsert } from '../dossier-tasks.js';
import { notifyApplicant } from '../notifications.js';

/** The legal time limit of a procedure version as the calendar counts it. */
export function timeLimitOf(version: ProcedureVersion): TimeLimit {
  const time = version.data.processingTime;
  switch (time.unit) {
    case 'working_hours':
      return { unit: 'working-hours', value: time.value };
    case 'calendar_days':
      return { unit: 'calendar-days', value: time.value };
    case 'same_day':
      return { unit: 'same-day', value: 0 };
    case 'on_the_spot':
      return { unit: 'working-days', value: 0 };
    case 'working_days':
      return { unit: 'working-days', value: time.value };
  }
}

export type ReceiveInput = {
  unit: { id: string };
  /** What the unit's dossier codes begin with: its agency identifier (QCVN 102:2016), else its code. */
  codePrefix: string;
  version: ProcedureVersion;
  calendar: WorkingCalendar;
  /** The steps of the procedure as the dossier's tasks, planned before the transaction. */
  tasks: readonly TaskInsert[];
  now: Date;
  publicUrl: string;
  /** The audit action and what it adds about the receipt. */
  audit: { action: string; after?: Record<string, unknown> };
} & (
  | { dossier: NewDossierRow; submitted?: undefined }
  | {
      dossier: Pick<NewDossierRow, 'id' | 'procedureName' | 'applicant' | 'trackingSecret'>;
      submitted: { status: DossierStatus; version: number };
    }
);

/**
 * Receives a complete dossier, at the counter or when an officer accepts an online submission:
 * the unit's next code for the day, the appointment and the legal clock counted from this
 * receipt, the steps begun, the applicant told — and the `received` event through the case core
 * (a new case at the counter; an online submission moving on from `submitted`). One place for
 * both channels.
 */
export async function receiveDossier(
  tx: Queryable,
  trail: AuditTrail,
  context: CommandContext,
  input: ReceiveInput,
): Promise<{ code: string; dueAt: string; provisionalDays: string[] }> {
  const { version, calendar, now } = input;
  // Refused before the unit's code counter is touched (a second receipt of the same submission).
  if (input.submitted) dossierStore.type.requireNext(input.submitted.status, 'received');
  const day = todayInVietnam(now);
  const code = await takeDossierCode(tx, { prefix: input.codePrefix, day });
  const bookYear = Number(day.slice(0, 4));
  const bookEntry = await takeBookEntry(tx, { unitId: input.unit.id, year: bookYear });
  const limit = timeLimitOf(version);
  const dueAtMs = computeDueAt(calendar, now, limit);
  const dueAt = new Date(dueAtMs).toISOString();
  const received = {
    code,
    receivedAt: now.toISOString(),
    dueAt,
    originalDueAt: dueAt,
    clock: startClock(calendar, { receivedAt: now, limit }),
    receivedBy: context.actor.id,
    bookYear,
    bookEntry,
  };
  const event = {
    event: 'received' as const,
    at: now,
    audit: { action: input.audit.action, after: { code, dueAt, ...input.audit.after } },
  };
  if (input.submitted) {
    const data = { code, dueAt, procedureVersion: version.version, channel: 'online' };
    await advanceCase(tx, trail, context, dossierStore, {
      ...event,
      caseId: input.dossier.id,
      from: input.submitted,
      data,
      changes: received,
    });
  } else {
    const data = { code, dueAt, procedureVersion: version.version, documents: input.dossier.documents.map((d) => d.index) };
    await openCase(tx, trail, context, dossierStore, { ...event, row: { ...input.dossier, ...received }, data });
  }
  await insertTasks(tx, input.tasks);
  await notifyApplicant(tx, {
    notice: 'received',
    dossierId: input.dossier.id,
    code,
    procedureName: input.dossier.procedureName,
    applicant: input.dossier.applicant,
    dueAt,
    publicUrl: input.publicUrl,
    trackingSecret: input.dossier.trackingSecret,
  });
  return { code, dueAt, provisionalDays: findProvisionalDays(calendar, now, dueAtMs) };
}
