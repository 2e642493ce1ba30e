import { and, gte, inArray, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ModelFigures } from '../../../contracts/mobilisation-models.js';
import type { Queryable } from '../../../platform/db/types.js';
import { scopeUnitIds, type FigureScope } from '../../org/index.js';
import { contestEntries, contests, mobilisationModels } from '../community.tables.js';
import { highestLevel } from '../models.repository.js';

/**
 * "Dân vận khéo" figures of a unit and the units under it for a period: models registered, models
 * recognised in the period counted once at the highest level reached by its end (seed 004: 5 city,
 * 137 district, 259 grassroots), replications, contests and their entries (384).
 */
export async function modelFigures(db: Queryable, period: FigureScope): Promise<z.infer<typeof ModelFigures>> {
  const inUnits = sql`${mobilisationModels.unitId} in (${scopeUnitIds(period)})`;
  const models = await db
    .select({
      registeredOn: mobilisationModels.registeredOn,
      recognitions: mobilisationModels.recognitions,
      replicatesId: mobilisationModels.replicatesId,
    })
    .from(mobilisationModels)
    .where(and(inUnits, lte(mobilisationModels.registeredOn, period.to)));
  const byLevel = { grassroots: 0, district: 0, province: 0 };
  for (const model of models) {
    if (!model.recognitions.some((r) => r.on >= period.from && r.on <= period.to)) continue;
    const level = highestLevel(model.recognitions, period.to);
    if (level) byLevel[level] += 1;
  }
  const held = await db
    .select({ id: contests.id })
    .from(contests)
    .where(
      and(sql`${contests.unitId} in (${scopeUnitIds(period)})`, lte(contests.opensOn, period.to), gte(contests.closesOn, period.from)),
    );
  const [entries] = held.length
    ? await db
        .select({ n: sql<number>`count(*)::int` })
        .from(contestEntries)
        .where(
          and(
            inArray(
              contestEntries.contestId,
              held.map((c) => c.id),
            ),
            gte(contestEntries.submittedOn, period.from),
            lte(contestEntries.submittedOn, period.to),
          ),
        )
    : [{ n: 0 }];
  return {
    unitId: period.unitId,
    from: period.from,
    to: period.to,
    registered: models.filter((m) => m.registeredOn >= period.from).length,
    byLevel,
    replicated: models.filter((m) => m.replicatesId !== null && m.registeredOn >= period.from).length,
    contests: held.length,
    entries: Number(entries?.n ?? 0),
  };
}
