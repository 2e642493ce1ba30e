/**
 * The figure registry: every figure the dashboard, the periodic report, its XLSX annex and the
 * public page print, defined once (definition.ts says what a definition holds).
 */
import type { FigureDefinition } from './definition.js';
import { citizenFigures } from './registry-citizens.js';
import { communityFigures } from './registry-community.js';
import { serviceFigures } from './registry-services.js';

export const figureRegistry: readonly FigureDefinition[] = [...serviceFigures, ...citizenFigures, ...communityFigures];

const byId = new Map(figureRegistry.map((definition) => [definition.id, definition]));
if (byId.size !== figureRegistry.length) throw new Error('Two figures share an id in the registry.');
for (const definition of figureRegistry) {
  const refs =
    definition.kind === 'rate' ? [definition.numerator, definition.denominator] : definition.kind === 'sum' ? definition.parts : [];
  for (const ref of refs) if (!byId.has(ref)) throw new Error(`Figure ${definition.id} refers to the unknown figure ${ref}.`);
}

export const isFigureId = (id: string): boolean => byId.has(id);

export function figureDefinition(id: string): FigureDefinition {
  const definition = byId.get(id);
  if (!definition) throw new Error(`No figure ${id} in the registry.`);
  return definition;
}
