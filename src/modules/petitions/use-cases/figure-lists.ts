import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../../platform/time/vietnam-time.js';
import { petitionEvents, petitions } from '../petitions.tables.js';

/**
 * The petitions behind "received in the period": book number, day received, kind, field, status
 * and due day. Never the petitioner, nor the content (officers often write names into it).
 */
export async function listReceivedPetitions(
  db: Queryable,
  units: SQL,
  period: { from: string; to: string },
  page: { limit: number; offset: number },
) {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const e = petitionEvents;
  // The same petitions the figure counts: a petition split by content by the period's end as its parts.
  const where = sql`${petitions.unitId} in (${units}) and ${petitions.receivedAt} >= ${start} and ${petitions.receivedAt} < ${end}
    and not exists (select 1 from ${e} where ${e.caseId} = ${petitions.id} and ${e.type} = 'split' and ${e.at} < ${end})
    and (${petitions.splitFrom} is null
      or exists (select 1 from ${e} where ${e.caseId} = ${petitions.splitFrom} and ${e.type} = 'split' and ${e.at} < ${end}))`;
  const [rows, [total]] = await Promise.all([
    db.execute(sql`select ${petitions.year} || '/' || ${petitions.bookNo} as book_no, vietnam_day(${petitions.receivedAt})::text as received_on,
        ${petitions.kind} as kind, ${petitions.field} as field, ${petitions.status} as status, vietnam_day(${petitions.dueAt})::text as due_on
      from ${petitions} where ${where} order by ${petitions.receivedAt}, ${petitions.id} limit ${page.limit} offset ${page.offset}`),
    db.execute(sql`select count(*)::int as n from ${petitions} where ${where}`).then((result) => rowsOf<{ n: number }>(result)),
  ]);
  return { rows: rowsOf<Record<string, string | number | null>>(rows), total: Number(total?.n ?? 0) };
}
