/**
 * Sentences written from figures. A sentence is a template bound to figure ids: its clauses print
 * each figure in Vietnamese number format with its own counting word ("29 ngày, với 786 lượt công
 * dân"), a clause whose figures are all zero prints its zero wording or nothing, a sentence whose
 * figures are all zero prints "không phát sinh", and a comparison with the same period of the
 * previous year is added only when that period has records.
 *
 * Placeholders: `{id}` the figure with its word ("1.838 hồ sơ", "81,4%"); `{id:n}` the number
 * alone ("96/{mediation.mediated}" → "96/118 vụ").
 */
import type { FigureValues } from './figures/compute.js';
import { figureDefinition } from './figures/registry.js';

/** "1.838", "81,4", "99,97": thousands with a dot, decimals with a comma, no trailing zero decimals. */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${grouped},${trimmed}` : grouped;
}

export const decimalsOf = (id: string) => {
  const definition = figureDefinition(id);
  return definition.kind === 'rate' ? definition.precision : definition.countUnit === 'percent' ? 2 : 0;
};

/** A figure as a sentence prints it: "1.838 hồ sơ", "81,4%"; "—" when it cannot be worked out. */
export function formatFigure(id: string, value: number | null, withWord = true): string {
  if (value === null) return '—';
  const definition = figureDefinition(id);
  const number = formatNumber(value, decimalsOf(id));
  if (!withWord) return number;
  return definition.unitWord === '%' ? `${number}%` : `${number} ${definition.unitWord}`;
}

export type Clause = { text: string; zero?: string };
export type SentenceTemplate = {
  id: string;
  prefix?: string;
  clauses: Clause[];
  /** Between clauses; the last two are joined by `last` (", " and " và " by default). */
  separator?: string;
  last?: string;
  suffix?: string;
  /** The whole sentence when every figure in it is zero. */
  zero: string;
  /** The figure compared with the same period of the previous year. */
  compare?: string;
};

const placeholder = /\{([a-zA-Z0-9_.]+)(:n)?\}/g;

export const figureIdsIn = (text: string): string[] => [...text.matchAll(placeholder)].map((match) => match[1] ?? '');

/** A count is zero when nothing was counted; a rate only when it cannot be worked out (0% is a fact). */
const isZero = (id: string, value: number | null | undefined) =>
  value === null || value === undefined || (value === 0 && figureDefinition(id).kind !== 'rate');

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

function fill(text: string, values: FigureValues): string {
  return text.replace(placeholder, (_, id: string, bare?: string) => formatFigure(id, values[id] ?? null, !bare));
}

/**
 * "tăng 12 đơn (3,1%) so với cùng kỳ năm trước"; null when there is nothing to compare with. A rate
 * moves by percentage points; a figure that was 0 a year before has no percentage.
 */
export function comparisonOf(id: string, now: number | null, previous: number | null): string | null {
  if (now === null || previous === null) return null;
  const definition = figureDefinition(id);
  const delta = now - previous;
  if (delta === 0) return 'bằng cùng kỳ năm trước';
  const direction = delta > 0 ? 'tăng' : 'giảm';
  const amount =
    definition.unitWord === '%' ? `${formatNumber(Math.abs(delta), decimalsOf(id))} điểm phần trăm` : formatFigure(id, Math.abs(delta));
  if (definition.unitWord === '%' || previous === 0) return `${direction} ${amount} so với cùng kỳ năm trước`;
  return `${direction} ${amount} (${formatNumber((Math.abs(delta) / previous) * 100, 1)}%) so với cùng kỳ năm trước`;
}

const join = (parts: string[], separator: string, last: string) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(separator)}${last}${parts[parts.length - 1] ?? ''}`;

/**
 * The sentence and the figure ids it prints, in order; an empty text when the sentence says nothing
 * (every figure zero and no zero wording). The comparison names the figure it is about.
 */
export function renderSentence(
  template: SentenceTemplate,
  values: FigureValues,
  previous: FigureValues | null,
): { text: string; figureIds: string[] } {
  const ids = template.clauses.flatMap((clause) => figureIdsIn(clause.text));
  if (ids.every((id) => isZero(id, values[id]))) return { text: template.zero, figureIds: ids };
  const parts = template.clauses.flatMap((clause) => {
    const own = figureIdsIn(clause.text);
    if (own.length > 0 && own.every((id) => isZero(id, values[id]))) return clause.zero ? [clause.zero] : [];
    return [fill(clause.text, values)];
  });
  const compared = template.compare;
  const comparison = compared && previous ? comparisonOf(compared, values[compared] ?? null, previous[compared] ?? null) : null;
  const body = capitalised(`${template.prefix ?? ''}${join(parts, template.separator ?? ', ', template.last ?? ' và ')}`);
  const label = compared ? figureDefinition(compared).labelVi : '';
  const about = label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
  const text = `${body}${comparison ? `; ${about} ${comparison}` : ''}${template.suffix ?? '.'}`;
  return { text, figureIds: [...ids, ...(comparison && compared && !ids.includes(compared) ? [compared] : [])] };
}
