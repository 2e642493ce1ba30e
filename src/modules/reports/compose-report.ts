/**
 * A report's content from the registry: the unit's figures for the period (and for the same
 * period a year before, when it has records), each template sentence written from them, the free
 * text as the unit wrote it, declared figures printed as declared, and the annex tables.
 */
import type { FreeText, ReportContent, ReportParagraph, ReportSection } from '../../contracts/report-documents.js';
import type { Declaration, ReportKind, ResolvedPeriod } from '../../contracts/report-runs.js';
import type { Queryable } from '../../platform/db/types.js';
import { findSuccessorNames, getAgencyProfile, getUnitRow, type AgencyProfile } from '../org/index.js';
import { computeFigures, type FigureValues } from './figures/compute.js';
import { figureDefinition, figureRegistry } from './figures/registry.js';
import { previousYearOf } from './periods.js';
import { listDeclarations } from './reports.repository.js';
import { decimalsOf, formatFigure, formatNumber, renderSentence } from './sentences.js';
import { queryOf, type FigureSource } from './figures/definition.js';
import { reportTemplate, type TemplateItem } from './templates/templates.js';

const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** "Xã Minh Cường (nay là xã Thường Tín)" for a unit out of operation at `on`. */
export async function printedUnitName(db: Queryable, unitId: string, on: string): Promise<string> {
  const unit = await getUnitRow(db, unitId);
  if (!unit.validTo || unit.validTo >= on) return unit.name;
  const successors = await findSuccessorNames(db, unitId);
  if (successors.length === 0) return unit.name;
  const shown = successors.slice(0, 4).map((name) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1));
  return `${unit.name} (nay là ${shown.join(', ')}${successors.length > 4 ? ', …' : ''})`;
}

function declaredText(declaration: Declaration): string {
  const value = formatNumber(declaration.value, 2);
  const range = `từ ${dmy(declaration.from)} đến ${dmy(declaration.to)}`;
  if (declaration.kind === 'opening') {
    const definition = declaration.figureId ? figureDefinition(declaration.figureId) : null;
    const word = definition && definition.unitWord !== '%' ? ` ${definition.unitWord}` : definition ? '%' : '';
    return `Số liệu kê khai đầu kỳ (trước khi sử dụng phần mềm, ${range}): ${definition?.labelVi ?? declaration.label} ${value}${word}.`;
  }
  const word = declaration.unitWord ?? '';
  const amount =
    declaration.denominator !== null
      ? `${value}/${formatNumber(declaration.denominator, 2)}${word ? ` ${word}` : ''}`
      : word === '%'
        ? `đạt ${value}%`
        : `${value}${word ? ` ${word}` : ''}`;
  return `${declaration.label}: ${amount} (số liệu do đơn vị kê khai, ${range}).`;
}

const promptFigures = [
  'dossiers.inProgressOverdue',
  'dossiers.late',
  'settlements.late',
  'settlements.pending',
  'reception.answersLate',
  'commitments.overdue',
  'democracy.notDisclosed',
  'legalAid.assignedLate',
];

function paragraphsOf(
  item: TemplateItem,
  values: FigureValues,
  previous: FigureValues | null,
  freeText: FreeText,
  declared: Declaration[],
): ReportParagraph[] {
  if ('sentence' in item) {
    const sentence = renderSentence(item.sentence, values, previous);
    return sentence.text ? [{ ...sentence, origin: 'generated' }] : [];
  }
  if ('free' in item)
    return freeText[item.free]
      .split(/\n\s*\n/)
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ text, figureIds: [], origin: 'free' }));
  if ('declared' in item)
    return declared
      .filter((declaration) => declaration.kind === item.declared)
      .map((declaration) => ({
        text: declaredText(declaration),
        figureIds: declaration.figureId ? [declaration.figureId] : [],
        origin: 'declared',
      }));
  const shown = promptFigures.filter((id) => (values[id] ?? 0) > 0);
  if (shown.length === 0) return [];
  return [
    {
      text: `Gợi ý đánh giá (không in): ${shown.map((id) => `${figureDefinition(id).labelVi.toLocaleLowerCase('vi')}: ${formatFigure(id, values[id] ?? null)}`).join('; ')}.`,
      figureIds: shown,
      origin: 'prompt',
    },
  ];
}

const designations = new Set(['TỈNH', 'THÀNH', 'HUYỆN', 'QUẬN', 'THỊ', 'XÃ', 'PHƯỜNG', 'ĐẶC']);

/**
 * The issuing body as a report's heading prints it: a People's Committee in full on two lines
 * ("ỦY BAN NHÂN DÂN" / "XÃ BẮC MÊ") with no superior body above it, symbol "UBND"; another agency
 * under its superior, its symbol the initials of its name before its territory ("TTPVHCC").
 */
function issuerOf(profile: AgencyProfile): ReportContent['issuer'] {
  if (profile.committeeOf)
    return { superior: null, agency: `ỦY BAN NHÂN DÂN\n${profile.committeeOf}`, place: profile.placeName, symbol: 'UBND' };
  const words = profile.heading.split(/\s+/).filter(Boolean);
  const at = words.findIndex((word) => designations.has(word));
  const symbol = (at > 0 ? words.slice(0, at) : words).map((word) => word.charAt(0)).join('');
  return { superior: profile.superiorHeading, agency: profile.heading, place: profile.placeName, symbol };
}

const stocks = new Set(['procedure', 'team', 'member']);

/** The source a figure is counted from (a total's or a rate's from its first part). */
function sourceOf(id: string): FigureSource {
  const definition = figureDefinition(id);
  if (definition.kind === 'count') return definition.source;
  return sourceOf(definition.kind === 'rate' ? definition.numerator : (definition.parts[0] ?? ''));
}

/** The sources that recorded something in a period (stocks such as teams and procedures do not count as records). */
const sourcesWithRecords = (values: FigureValues) =>
  new Set(
    figureRegistry
      .filter((definition) => definition.kind === 'count' && !stocks.has(definition.countUnit) && (values[definition.id] ?? 0) > 0)
      .map((definition) => sourceOf(definition.id)),
  );

const asList = (values: FigureValues) => Object.entries(values).map(([id, value]) => ({ id, value }));

export async function composeReport(
  db: Queryable,
  run: { unitId: string; kind: ReportKind; period: ResolvedPeriod; freeText: FreeText },
  now = new Date(),
): Promise<ReportContent> {
  const template = reportTemplate(run.kind);
  const { period } = run;
  const lastYear = previousYearOf(period);
  const [profile, unitName, current, before, declared] = await Promise.all([
    getAgencyProfile(db, run.unitId),
    printedUnitName(db, run.unitId, period.to),
    computeFigures(db, { unitId: run.unitId, from: period.from, to: period.to }, now),
    lastYear.to >= period.from ? null : computeFigures(db, { unitId: run.unitId, from: lastYear.from, to: lastYear.to }, now),
    listDeclarations(db, { unitId: run.unitId, from: period.from, to: period.to }),
  ]);
  // "Cùng kỳ" only for a period that does not overlap its own year before, and only for a figure whose
  // source recorded something then (a unit that began its petition book this year compares no petitions).
  const recorded = before ? sourcesWithRecords(before.values) : new Set<FigureSource>();
  const previousFor = (id: string | undefined) => (before && id && recorded.has(sourceOf(id)) ? before.values : null);
  const previous = before && recorded.size > 0 ? before.values : null;
  const sections: ReportSection[] = template.sections.map((section) => ({
    heading: section.heading,
    paragraphs: section.items.flatMap((item) =>
      paragraphsOf(item, current.values, 'sentence' in item ? previousFor(item.sentence.compare) : null, run.freeText, declared),
    ),
  }));
  return {
    title: 'BÁO CÁO',
    subject: `${template.subject} ${period.label}`,
    issuer: issuerOf(profile),
    unitName,
    period,
    range: `Số liệu tính từ ngày ${dmy(period.from)} đến ngày ${dmy(period.to)}.`,
    asOf: current.asOf,
    sections,
    annexes: template.annexes.map((annex) => ({
      code: annex.code,
      title: annex.title,
      identities: annex.identities,
      rows: annex.figureIds.map((id) => ({
        figureId: id,
        label: figureDefinition(id).labelVi,
        unitWord: figureDefinition(id).unitWord,
        decimals: decimalsOf(id),
        value: current.values[id] ?? null,
        previous: previousFor(id)?.[id] ?? null,
      })),
    })),
    figures: asList(current.values),
    previousYear: previous ? { from: lastYear.from, to: lastYear.to, figures: asList(previous) } : null,
    declared,
    definitions: figureRegistry
      .filter((definition) => definition.id in current.values)
      .map((definition) => ({
        id: definition.id,
        labelVi: definition.labelVi,
        unitWord: definition.unitWord,
        decimals: decimalsOf(definition.id),
        legalBasis: definition.legalBasis ?? null,
        query: queryOf(definition),
      })),
  };
}
