/**
 * What a figure is: an id, a Vietnamese label, the thing it counts and the word printed after it,
 * its legal basis where there is one, and its one query — a source (one module's counting function
 * over a scope and a period) and the field of its answer — or, for a rate, its numerator and
 * denominator figures. The dashboard, the report's sentences, its XLSX tables and the public page
 * read figures through these definitions only.
 */
export const countUnits = [
  'dossier',
  'rating',
  'procedure',
  'day',
  'session',
  'visit',
  'person',
  'matter',
  'group',
  'petition',
  'case',
  'dialogue',
  'commitment',
  'team',
  'member',
  'model',
  'contest',
  'entry',
  'disclosure',
  'consultation',
  'conference',
  'finding',
  'percent',
] as const;
export type CountUnit = (typeof countUnits)[number];

export const figureSources = [
  'oneStop',
  'oneStopQuality',
  'homeDeliveries',
  'procedures',
  'petitions',
  'settlements',
  'reception',
  'dialogues',
  'mediation',
  'legalAid',
  'models',
  'democracy',
] as const;
export type FigureSource = (typeof figureSources)[number];

/** The module function behind each source, for an inspector reading the registry. */
export const sourceQueries: Record<FigureSource, string> = {
  oneStop: 'reports.figuresOver (dossiers.sumDossierCounts, ratings.sumRatingCounts, reports.countUnfinishedAt)',
  oneStopQuality: 'reports.decision766Of (indicator 5.4) over the one-stop figures and ratings.countDossiersWithDislikeOrComplaint',
  homeDeliveries: 'dossiers.countHomeDeliveries',
  procedures: 'catalog.procedureFigures (the versions in force on the last day of the period)',
  petitions: 'petitions.petitionFigures (the petitions’ events before the period’s end)',
  settlements: 'petitions.settlementFigures (the settlements’ events before the period’s end)',
  reception: 'petitions.receptionFigures (reception-counts.ts)',
  dialogues: 'petitions.dialogueFigures',
  mediation: 'community.mediationFigures (each case’s last outcome before the period’s end)',
  legalAid: 'community.legalAidFigures',
  models: 'community.modelFigures (each model at the highest level reached by the period’s end)',
  democracy: 'community.democracyFigures',
};

type Common = {
  id: string;
  labelVi: string;
  labelEn: string;
  countUnit: CountUnit;
  /** The word printed after the number in a sentence: "hồ sơ", "ngày", "lượt công dân". */
  unitWord: string;
  legalBasis?: string;
  /** The seed sentence this figure reproduces, where one does. */
  seed?: string;
};
export type CountDefinition = Common & { kind: 'count'; source: FigureSource; path: string };
export type RateDefinition = Common & { kind: 'rate'; numerator: string; denominator: string; precision: number };
/** A total of other figures, printed as one ("3 đơn khiếu nại, tố cáo"). */
export type SumDefinition = Common & { kind: 'sum'; parts: string[] };
export type FigureDefinition = CountDefinition | RateDefinition | SumDefinition;

export const count = (
  source: FigureSource,
  path: string,
  id: string,
  labelVi: string,
  labelEn: string,
  countUnit: CountUnit,
  unitWord: string,
  extra: { legalBasis?: string; seed?: string } = {},
): CountDefinition => ({ kind: 'count', source, path, id, labelVi, labelEn, countUnit, unitWord, ...extra });

export const rate = (
  id: string,
  labelVi: string,
  labelEn: string,
  numerator: string,
  denominator: string,
  extra: { legalBasis?: string; seed?: string; precision?: number } = {},
): RateDefinition => {
  const { precision = 1, ...rest } = extra;
  return { kind: 'rate', id, labelVi, labelEn, countUnit: 'percent', unitWord: '%', numerator, denominator, precision, ...rest };
};

export const sum = (
  id: string,
  labelVi: string,
  labelEn: string,
  countUnit: CountUnit,
  unitWord: string,
  parts: string[],
  extra: { legalBasis?: string; seed?: string } = {},
): SumDefinition => ({ kind: 'sum', id, labelVi, labelEn, countUnit, unitWord, parts, ...extra });

/** The query of a figure as an inspector reads it. */
export function queryOf(definition: FigureDefinition): string {
  switch (definition.kind) {
    case 'count':
      return `${sourceQueries[definition.source]} → ${definition.path}`;
    case 'rate':
      return `${definition.numerator} / ${definition.denominator} × 100, ${definition.precision} chữ số thập phân`;
    case 'sum':
      return definition.parts.join(' + ');
  }
}
