/**
 * Every figure of the registry for a unit and a period: each source queried once over the unit's
 * lineage (its subtree, re-aggregated through the 2025 successions), then counts read from the
 * answers, totals added up and rates worked out from their numerator and denominator.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { procedureFigures } from '../../catalog/index.js';
import { democracyFigures, legalAidFigures, mediationFigures, modelFigures } from '../../community/index.js';
import { countHomeDeliveries } from '../../dossiers/index.js';
import { lineageScopeUnitIds, unitIdList } from '../../org/index.js';
import { dialogueFigures, petitionFigures, receptionFigures, settlementFigures } from '../../petitions/index.js';
import { decision766Of, figuresOver, type Figures } from '../unit-figures.js';
import { countDossiersWithDislikeOrComplaint } from '../../ratings/index.js';
import type { FigureSource } from './definition.js';
import { figureDefinition, figureRegistry } from './registry.js';

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

type Scope = FigureRequest & { units: SQL; ids: string[]; now: Date; oneStop?: Promise<Figures> };

/** The one-stop figures, read once per computation however many sources need them. */
const oneStopOf = (db: Queryable, scope: Scope) => (scope.oneStop ??= figuresOver(db, scope.ids, scope, scope.now));

/** Each source's one query (or the few its module runs), over the unit's lineage. */
const loaders: Record<FigureSource, (db: Queryable, scope: Scope) => Promise<unknown>> = {
  oneStop: async (db, scope) => {
    const figures = await oneStopOf(db, scope);
    const { early, onTime, inProgress, inProgressOverdue } = figures.dossiers;
    return { ...figures, dossiers: { ...figures.dossiers, timelyHandled: early + onTime + inProgress - inProgressOverdue } };
  },
  oneStopQuality: async (db, scope) => {
    const [figures, disliked] = await Promise.all([
      oneStopOf(db, scope),
      countDossiersWithDislikeOrComplaint(db, { unitIds: scope.ids, from: scope.from, to: scope.to }),
    ]);
    return { decision766: decision766Of(figures, disliked) };
  },
  homeDeliveries: async (db, scope) => ({ value: await countHomeDeliveries(db, { unitIds: scope.ids, from: scope.from, to: scope.to }) }),
  procedures: (db, scope) => procedureFigures(db, scope.to),
  petitions: (db, scope) => petitionFigures(db, scope),
  settlements: (db, scope) => settlementFigures(db, scope),
  reception: (db, scope) => receptionFigures(db, scope),
  dialogues: (db, scope) => dialogueFigures(db, scope),
  mediation: async (db, scope) => {
    const mediation = await mediationFigures(db, scope);
    return { ...mediation, mediated: mediation.received - mediation.referred };
  },
  legalAid: (db, scope) => legalAidFigures(db, scope),
  models: (db, scope) => modelFigures(db, scope),
  democracy: (db, scope) => democracyFigures(db, scope),
};

/** The figures a set of figures is worked out from, themselves included. */
function withParts(ids: readonly string[]): Set<string> {
  const wanted = new Set<string>();
  const visit = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    const definition = figureDefinition(id);
    if (definition.kind === 'rate') [definition.numerator, definition.denominator].forEach(visit);
    if (definition.kind === 'sum') definition.parts.forEach(visit);
  };
  ids.forEach(visit);
  return wanted;
}

/**
 * The value of figures of the registry (all, or `only` those), and when unfinished work was judged.
 * Only the sources the asked figures need are queried.
 */
export async function computeFigures(
  db: Queryable,
  request: FigureRequest,
  now = new Date(),
  only?: readonly string[],
): Promise<{ values: FigureValues; asOf: string }> {
  const wanted = only ? withParts(only) : null;
  const definitions = figureRegistry.filter((definition) => wanted === null || wanted.has(definition.id));
  const sources = [...new Set(definitions.flatMap((definition) => (definition.kind === 'count' ? [definition.source] : [])))];
  const ids = await lineageIds(db, request.unitId);
  const scope: Scope = { ...request, units: unitIdList(ids), ids, now };
  const loaded = await Promise.all(sources.map((source) => loaders[source](db, scope)));
  const answers = new Map(sources.map((source, index) => [source, loaded[index]]));
  const values: FigureValues = {};
  for (const definition of definitions)
    if (definition.kind === 'count') values[definition.id] = valueAt(answers.get(definition.source), definition.path);
  for (const definition of definitions)
    if (definition.kind === 'sum') values[definition.id] = definition.parts.reduce<number>((total, part) => total + (values[part] ?? 0), 0);
  for (const definition of definitions)
    if (definition.kind === 'rate')
      values[definition.id] = rateOf(values[definition.numerator] ?? null, values[definition.denominator] ?? null, definition.precision);
  const oneStop = answers.get('oneStop') as { asOf: string } | undefined;
  return { values, asOf: oneStop?.asOf ?? now.toISOString() };
}
