import { and, asc, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { DossierListQuery } from '../../../contracts/dossiers.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { addWorkingDaysOfTime, calendarFor } from '../../calendar/index.js';
import { dossierReach, waitingForUser } from '../dossier-permissions.js';
import { subtreeUnitIds } from '../../org/index.js';
import { searchCondition, selectDossiers } from '../dossiers.repository.js';
import { dossiers } from '../dossiers.tables.js';
import { DossierPermission } from '../dossiers.policy.js';

/** "Due soon": the appointment falls within this many working days of working time from now. */
export const dueSoonWorkingDays = 2;

export { DossierListQuery } from '../../../contracts/dossiers.js';

/**
 * A page of the dossiers in the user's reach, every filter in SQL. Deadlines count only while the
 * clock runs (status processing: a dossier waiting for a supplement is paused). "Soon" is measured
 * in working time on the working calendar of the chosen unit (of the deployment when none is chosen):
 * 16 working hours from now, so a Friday afternoon sees Monday and Tuesday's appointments.
 * Deadline lists come most urgent first; the others newest first.
 */
export async function listDossiers(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  query: DossierListQuery,
  now: Date = new Date(),
) {
  const { db, access } = deps;
  let due: SQL | undefined;
  if (query.due === 'overdue') {
    due = and(eq(dossiers.status, 'processing'), lt(dossiers.dueAt, now.toISOString()));
  } else if (query.due === 'soon') {
    const calendar = await calendarFor(db, query.unitId ?? null);
    const until = addWorkingDaysOfTime(calendar, now, dueSoonWorkingDays);
    due = and(
      eq(dossiers.status, 'processing'),
      gte(dossiers.dueAt, now.toISOString()),
      lte(dossiers.dueAt, new Date(until).toISOString()),
    );
  }
  // The reach is implied, and not checked row by row, when the list is what waits for the user (read
  // at its units by construction) or a unit the user reads at (which covers its whole subtree).
  const isWithinReach =
    query.assignedTo === 'me' ||
    (query.unitId !== undefined && (await access.can(principal, DossierPermission['dossiers.read'], query.unitId)));
  const where = and(
    isWithinReach ? undefined : dossierReach(access, principal, db),
    // A unit filter covers the unit's subtree: a province's supervisor sees its communes' dossiers.
    query.unitId ? sql`${dossiers.receivingUnitId} in (${subtreeUnitIds(query.unitId)})` : undefined,
    query.status ? eq(dossiers.status, query.status) : undefined,
    query.assignedTo === 'me' ? waitingForUser(access, principal, db) : undefined,
    due,
    searchCondition(query.q),
  );
  const orderBy = query.due ? [asc(dossiers.dueAt), desc(dossiers.submittedAt)] : [desc(dossiers.submittedAt)];
  const { items, total } = await selectDossiers(db, { where, orderBy, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
