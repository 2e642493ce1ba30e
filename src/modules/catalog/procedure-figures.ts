import { sql } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { procedureVersions } from './catalog.tables.js';

export type ProcedureFigures = { province: number; commune: number };

/**
 * Procedures published in the catalogue on a day, by the level that handles them (seed 003:
 * "chuẩn hóa … 99 TTHC cấp xã"; the district level ended on 1/7/2025): the version in force that day of each
 * procedure, counted once per level it is handled at.
 */
export async function procedureFigures(db: Queryable, on: string): Promise<ProcedureFigures> {
  const [row] = rowsOf<ProcedureFigures>(
    await db.execute(sql`with v as (
        select distinct on (${procedureVersions.procedureId}) ${procedureVersions.levels} as levels, ${procedureVersions.isPublished} as published
        from ${procedureVersions} where ${procedureVersions.effectiveFrom} <= ${on} and not ${procedureVersions.isSample}
        order by ${procedureVersions.procedureId}, ${procedureVersions.effectiveFrom} desc, ${procedureVersions.version} desc)
      select count(*) filter (where 'province' = any(levels))::int as province,
        count(*) filter (where 'commune' = any(levels))::int as commune
      from v where published`),
  );
  return { province: Number(row?.province ?? 0), commune: Number(row?.commune ?? 0) };
}
