import { and, eq } from 'drizzle-orm';
import type { AccessPolicy } from '../../platform/auth/access.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db } from '../../platform/db/types.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import type { DossierDetail, DossierSummary } from '../../contracts/dossiers.js';
import { allowedActionsFor, dossierReach, intakeDecisionsFor, loadActionGrants } from './dossier-permissions.js';
import { dossiers } from './dossiers.tables.js';
import { selectTasks } from './dossier-tasks.js';
import { getDossierRow, selectEvents, type DossierRow } from './dossiers.repository.js';
import { findStaffContacts } from '../org/index.js';

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** A dossier as lists show it. */
export function summariseDossier(row: DossierRow): DossierSummary {
  return {
    id: row.id,
    code: row.code,
    procedureCode: row.procedureCode,
    procedureVersion: row.procedureVersion,
    procedureName: row.procedureName,
    applicantName: row.applicantName,
    channel: row.channel,
    status: row.status,
    nationalStatus: row.nationalStatus,
    submittedAt: iso(row.submittedAt)!,
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    finishedAt: iso(row.finishedAt),
    returnedAt: iso(row.returnedAt),
    outcome: row.outcome,
    version: row.version,
  };
}

/** Refuses (403) unless the user may read the dossier: received in their reach, or handed to a unit in their reach. */
export async function requireDossierReach(deps: { db: Db; access: AccessPolicy }, principal: Principal, dossierId: string): Promise<void> {
  const [row] = await deps.db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(and(eq(dossiers.id, dossierId), dossierReach(deps.access, principal, deps.db)));
  if (!row) throw new DomainError(PlatformError.FORBIDDEN);
}

/** A dossier with its history, its steps and what the user may do with it now. */
export async function getDossierDetail(deps: { db: Db; access: AccessPolicy }, principal: Principal, id: string): Promise<DossierDetail> {
  const row = await getDossierRow(deps.db, id);
  const [events, tasks] = await Promise.all([selectEvents(deps.db, id), selectTasks(deps.db, id)]);
  // People are shown by their full names: one query for everyone who acted.
  const people = await findStaffContacts(deps.db, [
    ...events.map((event) => event.actorId),
    ...tasks.flatMap((task) => [task.handedOverById, task.finishedById]),
  ]);
  const fullName = (id: string | null) => (id === null ? null : (people.get(id)?.fullName ?? null));
  const activeTask = tasks.find((task) => task.status === 'active');
  const grants = await loadActionGrants(deps.access, principal, { receivingUnitId: row.receivingUnitId, activeTask });
  return {
    ...summariseDossier(row),
    receivingUnitId: row.receivingUnitId,
    applicant: row.applicant,
    documents: row.documents,
    setCount: row.setCount,
    delivery: row.delivery,
    originalDueAt: iso(row.originalDueAt),
    supplementCount: row.supplementCount,
    rescheduleCount: row.rescheduleCount,
    allowedActions: allowedActionsFor(
      {
        status: row.status,
        supplementCount: row.supplementCount,
        rescheduleCount: row.rescheduleCount,
        hasClock: row.clock !== null,
        tasks,
      },
      grants,
    ),
    intakeDecisions: intakeDecisionsFor(row, grants),
    events: events.map((event) => ({
      seq: event.seq,
      type: event.type,
      at: new Date(event.at).toISOString(),
      actorName: event.actorName,
      actorFullName: fullName(event.actorId),
      data: event.data,
    })),
    tasks: tasks.map((task) => ({
      id: task.id,
      stepIndex: task.stepIndex,
      name: task.name,
      unitId: task.unitId,
      role: task.role,
      status: task.status,
      startedAt: iso(task.startedAt),
      dueAt: iso(task.dueAt),
      finishedAt: iso(task.finishedAt),
      outcome: task.outcome,
      handedOverBy: task.handedOverBy,
      finishedBy: task.finishedBy,
      handedOverByFullName: fullName(task.handedOverById),
      finishedByFullName: fullName(task.finishedById),
    })),
  };
}
