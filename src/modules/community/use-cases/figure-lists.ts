import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../../platform/time/vietnam-time.js';
import { legalAidCases, mediationCases, mobilisationModels } from '../community.tables.js';

type Page = { limit: number; offset: number };
type Period = { from: string; to: string };
const bounds = (period: Period) => ({
  start: new Date(startOfVietnamDate(period.from)).toISOString(),
  end: new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString(),
});

async function page(db: Queryable, select: SQL, where: SQL, from: SQL, order: SQL, p: Page) {
  const [rows, [total]] = await Promise.all([
    db.execute(sql`select ${select} from ${from} where ${where} order by ${order} limit ${p.limit} offset ${p.offset}`),
    db.execute(sql`select count(*)::int as n from ${from} where ${where}`).then((result) => rowsOf<{ n: number }>(result)),
  ]);
  return { rows: rowsOf<Record<string, string | number | null>>(rows), total: Number(total?.n ?? 0) };
}

/** Mediation cases received in the period: book number, day, status; never the parties. */
export function listMediationCases(db: Queryable, units: SQL, period: Period, p: Page) {
  const { start, end } = bounds(period);
  const c = mediationCases;
  return page(
    db,
    sql`${c.year} || '/' || ${c.bookNo} as book_no, vietnam_day(${c.receivedAt})::text as received_on, ${c.status} as status`,
    sql`${c.unitId} in (${units}) and ${c.receivedAt} >= ${start} and ${c.receivedAt} < ${end}`,
    sql`${c}`,
    sql`${c.receivedAt}, ${c.id}`,
    p,
  );
}

/** Legal-aid cases accepted in the period: code, day, form, group, status; never the requester. */
export function listLegalAidCases(db: Queryable, units: SQL, period: Period, p: Page) {
  const { start, end } = bounds(period);
  const c = legalAidCases;
  return page(
    db,
    sql`${c.code} as code, vietnam_day(${c.acceptedAt})::text as accepted_on, ${c.form} as form, ${c.group} as "group", ${c.status} as status`,
    sql`${c.unitId} in (${units}) and ${c.acceptedAt} >= ${start} and ${c.acceptedAt} < ${end}`,
    sql`${c}`,
    sql`${c.acceptedAt}, ${c.id}`,
    p,
  );
}

/** Models registered in the period. */
export function listRegisteredModels(db: Queryable, units: SQL, period: Period, p: Page) {
  const m = mobilisationModels;
  return page(
    db,
    sql`${m.name} as name, ${m.field} as field, ${m.ownerOrganisation} as owner, ${m.registeredOn}::text as registered_on, ${m.status} as status`,
    sql`${m.unitId} in (${units}) and ${m.registeredOn} between ${period.from} and ${period.to}`,
    sql`${m}`,
    sql`${m.registeredOn}, ${m.id}`,
    p,
  );
}
