import { and, between, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { FeedbackStatus, RatingLevel } from '../../contracts/ratings.js';
import type { DossierStatus } from '../../contracts/dossiers.js';
import type { Queryable } from '../../platform/db/types.js';
import {
  findCounterTransaction,
  selectRecentCounterTransactions,
  type CounterTransaction,
  type CounterTransactionKind,
} from '../dossiers/index.js';
import { feedbackItems, ratingKiosks, ratings } from './ratings.tables.js';

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());
type Paging = { page: number; pageSize: number };

/** The kiosks paired at a unit and not revoked, newest first. */
export async function selectKiosks(db: Queryable, unitId: string) {
  const rows = await db
    .select()
    .from(ratingKiosks)
    .where(and(eq(ratingKiosks.unitId, unitId), isNull(ratingKiosks.revokedAt)))
    .orderBy(desc(ratingKiosks.createdAt))
    .limit(200);
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unitId,
    officerName: row.officerName,
    label: row.label,
    createdAt: iso(row.createdAt)!,
  }));
}

/** A page of the ratings given at some units in a period of Vietnam days, newest first. */
export async function selectRatings(
  db: Queryable,
  options: Paging & { unitIds: string[]; from: string; to: string; level?: RatingLevel | undefined },
) {
  const where = and(
    inArray(ratings.unitId, options.unitIds),
    between(sql`vietnam_day(${ratings.ratedAt})`, options.from, options.to),
    options.level ? eq(ratings.level, options.level) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(ratings)
      .where(where)
      .orderBy(desc(ratings.ratedAt))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(ratings).where(where),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    dossierId: row.dossierId,
    transaction: row.transaction,
    officerName: row.officerName,
    procedureCode: row.procedureCode,
    channel: row.channel,
    level: row.level,
    attitude: row.attitude,
    timeliness: row.timeliness,
    comment: row.comment,
    ratedAt: iso(row.ratedAt)!,
  }));
  return { items, total: total?.n ?? 0, page: options.page, pageSize: options.pageSize };
}

export const feedbackView = (row: typeof feedbackItems.$inferSelect) => ({
  ...row,
  openedAt: iso(row.openedAt)!,
  dueAt: iso(row.dueAt)!,
  answeredAt: iso(row.answeredAt),
});

/** A page of the feedback items of some units, the most urgent first. */
export async function selectFeedback(db: Queryable, options: Paging & { unitIds: string[]; status?: FeedbackStatus | undefined }) {
  const where = and(inArray(feedbackItems.unitId, options.unitIds), options.status ? eq(feedbackItems.status, options.status) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(feedbackItems)
      .where(where)
      .orderBy(feedbackItems.dueAt)
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(feedbackItems).where(where),
  ]);
  return { items: rows.map(feedbackView), total: total?.n ?? 0, page: options.page, pageSize: options.pageSize };
}

/**
 * What the portal offers a citizen to rate online (the tracking page's link and the rating form):
 * the latest transaction of a dossier, the return once returned, else the intake — unless it is
 * rated already. A dossier its applicant withdrew offers nothing to rate.
 */
export function rateableKind(
  dossier: { status: DossierStatus; returned: boolean; received: boolean },
  rated: readonly string[],
): CounterTransactionKind | undefined {
  if (dossier.status === 'withdrawn') return undefined;
  const latest = dossier.returned ? 'return' : dossier.received ? 'intake' : undefined;
  return latest === undefined || rated.includes(latest) ? undefined : latest;
}

/** The transactions of a dossier rated already, as an SQL column over the dossier's id (for a query that reads the dossier). */
export const ratedTransactionsOf = (dossierId: SQL): SQL<string[]> =>
  sql<string[]>`coalesce((select array_agg(r.transaction) from ${ratings} r where r.dossier_id = ${dossierId}), '{}')`;

/** The transaction `rateableKind` offers, with who served the citizen in it. */
export async function findRateableTransaction(
  db: Queryable,
  dossier: { id: string; status: DossierStatus },
): Promise<CounterTransaction | undefined> {
  if (dossier.status === 'withdrawn') return undefined;
  const [done, returned, received] = await Promise.all([
    db.select({ transaction: ratings.transaction }).from(ratings).where(eq(ratings.dossierId, dossier.id)),
    findCounterTransaction(db, dossier.id, 'return'),
    findCounterTransaction(db, dossier.id, 'intake'),
  ]);
  const kind = rateableKind(
    { status: dossier.status, returned: returned !== undefined, received: received !== undefined },
    done.map((row) => row.transaction),
  );
  return kind === 'return' ? returned : kind === 'intake' ? received : undefined;
}

/** The officer's latest transaction at a unit since an instant that has not been rated yet (what a kiosk offers). */
export async function findPendingKioskTransaction(
  db: Queryable,
  kiosk: { officerId: string; unitId: string },
  since: Date,
): Promise<CounterTransaction | undefined> {
  const recent = (await selectRecentCounterTransactions(db, kiosk.officerId, since.toISOString())).filter(
    (t) => t.receivingUnitId === kiosk.unitId,
  );
  if (recent.length === 0) return undefined;
  const rated = await db
    .select({ dossierId: ratings.dossierId, transaction: ratings.transaction })
    .from(ratings)
    .where(
      inArray(
        ratings.dossierId,
        recent.map((t) => t.dossierId),
      ),
    );
  return recent.find((t) => !rated.some((r) => r.dossierId === t.dossierId && r.transaction === t.kind));
}

/** A feedback item as other modules see it (a reflection opened from it): its unit, its comment, the dossier it is about. */
export async function findFeedbackItem(db: Queryable, id: string) {
  const [row] = await db
    .select({
      id: feedbackItems.id,
      unitId: feedbackItems.unitId,
      comment: feedbackItems.comment,
      dossierCode: feedbackItems.dossierCode,
      openedAt: feedbackItems.openedAt,
    })
    .from(feedbackItems)
    .where(eq(feedbackItems.id, id));
  return row;
}
