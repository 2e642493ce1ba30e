/**
 * Open work of the petitions module by its legal due date, as of now, for the operations
 * dashboard: petitions not handled and settlements not closed by bucket (overdue, within 3 working
 * days, within 10, later — the worklists' buckets), reception answers still owed, commitments
 * past their day; and the matters with several petitions in a period (hot spots), never a name.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DueBucket } from '../../../contracts/petitions.js';
import { rowsOf, type Db, type Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate, todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { dueBucketWhere } from '../due-buckets.js';
import { commitments } from '../dialogues.tables.js';
import { petitions } from '../petitions.tables.js';
import { receptionVisits } from '../reception.tables.js';
import { settlements } from '../settlements.tables.js';

export type Buckets = { overdue: number; within3: number; within10: number; later: number };
const buckets: [keyof Buckets, DueBucket][] = [
  ['overdue', 'overdue'],
  ['within3', 'within_3_days'],
  ['within10', 'within_10_days'],
  ['later', 'later'],
];

async function countBuckets(db: Db, table: typeof petitions | typeof settlements, open: SQL, units: SQL): Promise<Buckets> {
  const parts = await Promise.all(buckets.map(async ([, bucket]) => (await dueBucketWhere(db, table.dueAt, open, bucket)) ?? sql`false`));
  const [row] = rowsOf<Record<keyof Buckets, number>>(
    await db.execute(
      sql`select ${sql.join(
        buckets.map(([key], index) => sql`count(*) filter (where ${parts[index]})::int as ${sql.identifier(key)}`),
        sql`, `,
      )} from ${table} where ${table.unitId} in (${units})`,
    ),
  );
  return {
    overdue: Number(row?.overdue ?? 0),
    within3: Number(row?.within3 ?? 0),
    within10: Number(row?.within10 ?? 0),
    later: Number(row?.later ?? 0),
  };
}

export async function petitionClockBoard(db: Db, units: SQL) {
  const today = todayInVietnam();
  const [petitionBuckets, settlementBuckets, [answers], [overdue]] = await Promise.all([
    countBuckets(db, petitions, sql`${petitions.handledAt} is null`, units),
    countBuckets(db, settlements, sql`${settlements.closedAt} is null`, units),
    db
      .execute(
        sql`select count(*)::int as n from ${receptionVisits} where ${receptionVisits.unitId} in (${units})
      and ${receptionVisits.answerDueAt} is not null and ${receptionVisits.answeredAt} is null`,
      )
      .then((result) => rowsOf<{ n: number }>(result)),
    db
      .execute(
        sql`select count(*)::int as n from ${commitments} where ${commitments.ownerUnitId} in (${units})
      and ${commitments.status} in ('open', 'in_progress') and ${commitments.dueOn} < ${today}`,
      )
      .then((result) => rowsOf<{ n: number }>(result)),
  ]);
  return {
    petitions: petitionBuckets,
    settlements: settlementBuckets,
    receptionAnswersOpen: Number(answers?.n ?? 0),
    commitmentsOverdue: Number(overdue?.n ?? 0),
  };
}

/** Matters with at least two petitions received in the period (a petition and its repeats), most first. */
export async function hotMatters(db: Queryable, units: SQL, period: { from: string; to: string }, limit = 10) {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const rows = rowsOf<{ matter_id: string; petitions: number; kinds: string[]; last_received_at: string }>(
    await db.execute(sql`select coalesce(p.duplicate_of, p.id)::text as matter_id, count(*)::int as petitions,
        array_agg(distinct p.kind) as kinds, max(p.received_at) as last_received_at
      from ${petitions} p where p.unit_id in (${units}) and p.received_at >= ${start} and p.received_at < ${end}
      group by coalesce(p.duplicate_of, p.id) having count(*) >= 2
      order by count(*) desc, max(p.received_at) desc limit ${limit}`),
  );
  return rows.map((row) => ({
    matterId: row.matter_id,
    petitions: Number(row.petitions),
    kinds: row.kinds,
    lastReceivedAt: new Date(Date.parse(row.last_received_at)).toISOString(),
  }));
}
