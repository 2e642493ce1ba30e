import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { type z } from 'zod';
import type { ReceptionFigures } from '../../../contracts/reception.js';
import type { Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../../platform/time/vietnam-time.js';
import { scopeUnitIds, type FigureScope } from '../../org/index.js';
import { countReception } from '../reception-counts.js';
import { receptionSessions, receptionVisits } from '../reception.tables.js';

/** A unit's reception figures for a period (with the units under it), every count from the log and the sessions held. */
export async function receptionFigures(
  db: Queryable,
  period: FigureScope,
  now: Date = new Date(),
): Promise<z.infer<typeof ReceptionFigures>> {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const inUnits = (column: typeof receptionVisits.unitId | typeof receptionSessions.unitId) => sql`${column} in (${scopeUnitIds(period)})`;
  const [entries, sessions] = await Promise.all([
    db
      .select({
        kind: receptionVisits.kind,
        groupId: receptionVisits.groupId,
        matterId: receptionVisits.matterId,
        isRepeat: receptionVisits.isRepeat,
        peopleCount: receptionVisits.peopleCount,
        visitedOn: sql<string>`to_char(${receptionVisits.visitedAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`,
        nature: receptionVisits.nature,
        outcome: receptionVisits.outcome,
        answerDueAt: receptionVisits.answerDueAt,
        answeredAt: receptionVisits.answeredAt,
      })
      .from(receptionVisits)
      .where(and(inUnits(receptionVisits.unitId), gte(receptionVisits.visitedAt, start), lt(receptionVisits.visitedAt, end))),
    db
      .select({ kind: receptionSessions.kind, date: receptionSessions.date, delegated: receptionSessions.delegated })
      .from(receptionSessions)
      .where(
        and(
          inUnits(receptionSessions.unitId),
          eq(receptionSessions.status, 'held'),
          ne(receptionSessions.kind, 'regular'),
          gte(receptionSessions.date, period.from),
          sql`${receptionSessions.date} <= ${period.to}`,
        ),
      ),
  ]);
  const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  const due = entries.filter((entry) => entry.answerDueAt !== null);
  const lateAt = (entry: (typeof due)[number]) =>
    new Date(entry.answeredAt ?? now.toISOString()).getTime() > new Date(entry.answerDueAt!).getTime();
  return {
    unitId: period.unitId,
    from: period.from,
    to: period.to,
    ...countReception(entries, sessions),
    byNature: tally(entries.map((entry) => entry.nature)),
    byOutcome: tally(entries.map((entry) => entry.outcome)),
    refused: entries.filter((entry) => entry.outcome === 'refused').length,
    answersDue: due.length,
    answersLate: due.filter(lateAt).length,
  };
}
