import { and, count, gte, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { LegalAidFigures } from '../../../contracts/legal-aid.js';
import type { Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../../platform/time/vietnam-time.js';
import { scopeUnitIds, type FigureScope } from '../../org/index.js';
import { legalAidCases, legalAidRefusals } from '../community.tables.js';

/** Legal-aid cases opened in a period at a unit and those under it (seed 000: "trợ giúp pháp lý cho 19 trường hợp"), by form and group. */
export async function legalAidFigures(db: Queryable, period: FigureScope): Promise<z.infer<typeof LegalAidFigures>> {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const rows = await db
    .select({
      form: legalAidCases.form,
      group: legalAidCases.group,
      status: legalAidCases.status,
      assignDueAt: legalAidCases.assignDueAt,
      assignedAt: legalAidCases.assignedAt,
      source: legalAidCases.source,
    })
    .from(legalAidCases)
    .where(
      and(
        sql`${legalAidCases.unitId} in (${scopeUnitIds(period)})`,
        gte(legalAidCases.acceptedAt, start),
        lt(legalAidCases.acceptedAt, end),
      ),
    );
  const [refused] = await db
    .select({ n: count() })
    .from(legalAidRefusals)
    .where(
      and(
        sql`${legalAidRefusals.unitId} in (${scopeUnitIds(period)})`,
        gte(legalAidRefusals.answeredAt, start),
        lt(legalAidRefusals.answeredAt, end),
      ),
    );
  const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  return {
    unitId: period.unitId,
    from: period.from,
    to: period.to,
    opened: rows.length,
    referred: rows.filter((row) => row.source !== 'direct').length,
    refused: refused?.n ?? 0,
    byForm: tally(rows.map((row) => row.form)),
    byGroup: tally(rows.map((row) => row.group)),
    completed: rows.filter((row) => row.status === 'completed').length,
    stopped: rows.filter((row) => row.status === 'stopped').length,
    assignedLate: rows.filter((row) => row.assignedAt !== null && Date.parse(row.assignedAt) > Date.parse(row.assignDueAt)).length,
  };
}
