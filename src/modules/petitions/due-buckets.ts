import { and, gt, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DueBucket } from '../../contracts/petitions.js';
import type { Db } from '../../platform/db/types.js';
import { addWorkingDays, calendarFor } from '../calendar/index.js';

/**
 * The worklist buckets of cases not finished yet, by their due date counted in working days from
 * now on the national calendar: overdue, within 3 working days, within 10, later.
 */
export async function dueBucketWhere(db: Db, dueAt: AnyPgColumn, open: SQL, bucket: DueBucket): Promise<SQL | undefined> {
  const now = Date.now();
  const calendar = await calendarFor(db);
  const inDays = (days: number) => new Date(addWorkingDays(calendar, now, days)).toISOString();
  const pending = and(open, sql`${dueAt} is not null`);
  const nowIso = new Date(now).toISOString();
  switch (bucket) {
    case 'overdue':
      return and(pending, lt(dueAt, nowIso));
    case 'within_3_days':
      return and(pending, sql`${dueAt} >= ${nowIso}`, lte(dueAt, inDays(3)));
    case 'within_10_days':
      return and(pending, gt(dueAt, inDays(3)), lte(dueAt, inDays(10)));
    case 'later':
      return and(pending, gt(dueAt, inDays(10)));
  }
}
