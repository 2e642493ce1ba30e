import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { dossiers } from './dossiers.tables.js';

export type ListPage = { limit: number; offset: number };
export type FigureList = { rows: Record<string, string | number | null>[]; total: number };

/**
 * The dossiers behind the "received" figures: received on a Vietnam day of the period at one of the
 * units (online only, when asked). Code, procedure and dates; never the applicant.
 */
export async function listReceivedDossiers(
  db: Queryable,
  units: SQL,
  period: { from: string; to: string },
  online: boolean,
  page: ListPage,
): Promise<FigureList> {
  const where = sql`${dossiers.receivingUnitId} in (${units}) and ${dossiers.receivedAt} is not null
    and vietnam_day(${dossiers.receivedAt}) between ${period.from} and ${period.to} ${online ? sql`and ${dossiers.channel} = 'online'` : sql``}`;
  const [rows, [total]] = await Promise.all([
    db.execute(sql`select ${dossiers.code} as code, ${dossiers.procedureName} as procedure, ${dossiers.channel} as channel,
        vietnam_day(${dossiers.receivedAt})::text as received_on, vietnam_day(${dossiers.dueAt})::text as due_on, ${dossiers.status} as status
      from ${dossiers} where ${where} order by ${dossiers.receivedAt}, ${dossiers.id} limit ${page.limit} offset ${page.offset}`),
    db.execute(sql`select count(*)::int as n from ${dossiers} where ${where}`).then((result) => rowsOf<{ n: number }>(result)),
  ]);
  return { rows: rowsOf<Record<string, string | number | null>>(rows), total: Number(total?.n ?? 0) };
}
