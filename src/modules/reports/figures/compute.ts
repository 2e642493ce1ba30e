/**
 * Every figure of the registry for a unit and a period: each source queried once over the unit's
 * lineage (its subtree, re-aggregated through the 2025 successions), then counts read from the
 * answers, totals added up and rates worked out from their numerator and denominator.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { procedureFigures } from '../../catalog/index.js';
import { democracyFigures, legalAidFigures, mediationFigures, modelFigures } from '../../community/index.js';
import { countHomeDeliveries } from '../../dossiers/index.js';
import { lineageScopeUnitIds } from '../../org/index.js';
import { dialogueFigures, petitionFigures, receptionFigures, settlementFigures } from '../../petitions/index.js';
import { reportOver } from '../unit-figures.js';
import type { FigureSource } from './definition.js';
import { figureRegistry } from './registry.js';

export type FigureValues = Record<string, number | null>;
export type FigureRequest = { unitId: string; from: string; to: string };

/** A rate in percent, rounded to the figure's precision; null when nothing was counted ("—"). */
export function rateOf(numerator: number | null, denominator: number | null, precision: number): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const scale = 10 ** precision;
  return Math.round((numerator / denominator) * 100 * scale) / scale;
}

function valueAt(answer: unknown, path: string): number | null {
  let value: unknown = answer;
  for (const key of path.split('.'))
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' ? value : value === undefined ? 0 : null;
}

/** The units a figure of `unitId` counts over, as ids. */
export async function lineageIds(db: Queryable, unitId: string): Promise<string[]> {
  return rowsOf<{ id: string }>(await db.execute(sql`select id from (${lineageScopeUnitIds(unitId)}) s`)).map((row) => row.id);
}

async function sourceAnswers(db: Queryable, request: FigureRequest, now: Date): Promise<Record<FigureSource, unknown>> {
  const units = lineageScopeUnitIds(request.unitId);
  const scope = { ...request, units };
  const ids = await lineageIds(db, request.unitId);
  const period = { unitIds: ids, from: request.from, to: request.to };
  const [oneStop, homeDeliveries, procedures, petitions, settlements, reception, dialogues, mediation, legalAid, models, democracy] =
    await Promise.all([
      reportOver(db, ids, request, now),
      countHomeDeliveries(db, period),
      procedureFigures(db, request.to),
      petitionFigures(db, scope),
      settlementFigures(db, scope),
      receptionFigures(db, scope),
      dialogueFigures(db, scope),
      mediationFigures(db, scope),
      legalAidFigures(db, scope),
      modelFigures(db, scope),
      democracyFigures(db, scope),
    ]);
  const { early, onTime, inProgress, inProgressOverdue } = oneStop.dossiers;
  return {
    oneStop: {
      ...oneStop,
      dossiers: { ...oneStop.dossiers, homeDeliveries, timelyHandled: early + onTime + inProgress - inProgressOverdue },
    },
    procedures,
    petitions,
    settlements,
    reception,
    dialogues,
    mediation: { ...mediation, mediated: mediation.received - mediation.referred },
    legalAid,
    models,
    democracy,
  };
}

/** The value of every figure in the registry, and when unfinished work was judged. */
export async function computeFigures(
  db: Queryable,
  request: FigureRequest,
  now = new Date(),
): Promise<{ values: FigureValues; asOf: string }> {
  const answers = await sourceAnswers(db, request, now);
  const values: FigureValues = {};
  for (const definition of figureRegistry)
    if (definition.kind === 'count') values[definition.id] = valueAt(answers[definition.source], definition.path);
  for (const definition of figureRegistry)
    if (definition.kind === 'sum') values[definition.id] = definition.parts.reduce<number>((total, part) => total + (values[part] ?? 0), 0);
  for (const definition of figureRegistry)
    if (definition.kind === 'rate')
      values[definition.id] = rateOf(values[definition.numerator] ?? null, values[definition.denominator] ?? null, definition.precision);
  const oneStop = answers.oneStop as { asOf: string };
  return { values, asOf: oneStop.asOf };
}
