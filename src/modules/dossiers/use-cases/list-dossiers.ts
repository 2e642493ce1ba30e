import { and, asc, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { addWorkingTime, calendarFor } from '../../calendar/index.js';
import { dossierStatuses } from '../dossier-states.js';
import { waitingForUser } from '../dossier-permissions.js';
import { DossierPermission } from '../dossiers.policy.js';
import { searchCondition, selectDossiers } from '../dossiers.repository.js';
import { dossiers } from '../dossiers.tables.js';

/** "Due soon": the appointment falls within this many working days of working time from now. */
export const dueSoonWorkingDays = 2;

export const DossierListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(dossierStatuses).optional(),
  /** Only the dossiers received by this unit. */
  unitId: z.uuid().optional(),
  /** soon: in processing, due within the next 2 working days; overdue: in processing, past the appointment. */
  due: z.enum(['soon', 'overdue']).optional(),
  /** me: waiting for the signed-in user (a step of their role at their units, an intake, a supplement or a result to return). */
  assignedTo: z.enum(['me']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;

/**
 * A page of the dossiers in the user's reach, every filter in SQL. Deadlines count only while the
 * clock runs (status processing: a dossier waiting for a supplement is paused). "Soon" is measured
 * in working time on the working calendar of the chosen unit (of the deployment when none is chosen):
 * 16 working hours from now, so a Friday afternoon sees Monday and Tuesday's appointments.
 * Deadline lists come most urgent first; the others newest first.
 */
export async function listDossiers(deps: { db: Db; access: AccessPolicy }, principal: Principal, query: DossierListQuery, now: Date = new Date()) {
  const { db, access } = deps;
  let due: SQL | undefined;
  if (query.due === 'overdue') {
    due = and(eq(dossiers.status, 'processing'), lt(dossiers.dueAt, now.toISOString()));
  } else if (query.due === 'soon') {
    const calendar = await calendarFor(db, query.unitId ?? null);
    const until = addWorkingTime(calendar, now, dueSoonWorkingDays * calendar.workingHours.dayLengthMs);
    due = and(eq(dossiers.status, 'processing'), gte(dossiers.dueAt, now.toISOString()), lte(dossiers.dueAt, new Date(until).toISOString()));
  }
  const where = and(
    access.unitScope(principal, DossierPermission['dossiers.read'], dossiers.receivingUnitId),
    query.unitId ? eq(dossiers.receivingUnitId, query.unitId) : undefined,
    query.status ? eq(dossiers.status, query.status) : undefined,
    query.assignedTo === 'me' ? waitingForUser(access, principal, db) : undefined,
    due,
    searchCondition(query.q),
  );
  const orderBy = query.due ? [asc(dossiers.dueAt), desc(dossiers.submittedAt)] : [desc(dossiers.submittedAt)];
  const { items, total } = await selectDossiers(db, { where, orderBy, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
