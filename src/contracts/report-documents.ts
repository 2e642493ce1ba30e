/**
 * A report run and its content: sections of sentences written from figures (each paragraph names
 * the figure ids it prints), the free text the unit writes, the annex tables, and the figures of
 * the period and of the same period a year before. A signed run is frozen.
 */
import { z } from 'zod';
import { Declaration, FigureValue, ReportPeriodInput, ResolvedPeriod, reportKinds } from './report-runs.js';

const text = (max: number) => z.string().trim().max(max);

export const freeTextKeys = ['direction', 'assessment', 'tasks', 'recommendations'] as const;
export const FreeText = z.object({
  /** I. Leadership and direction. */
  direction: text(20_000).default(''),
  /** The assessment: results, limits and their causes. */
  assessment: text(20_000).default(''),
  /** Tasks ahead. */
  tasks: text(20_000).default(''),
  /** Recommendations to the superior body. */
  recommendations: text(20_000).default(''),
});
export type FreeText = z.infer<typeof FreeText>;
/** An edit of some of the free text: the parts not given stay as they are (no defaults here). */
export const FreeTextEdit = z.object({
  direction: text(20_000).optional(),
  assessment: text(20_000).optional(),
  tasks: text(20_000).optional(),
  recommendations: text(20_000).optional(),
});

export const ReportParagraph = z.object({
  text: z.string(),
  figureIds: z.array(z.string()),
  origin: z.enum(['generated', 'free', 'declared', 'prompt']),
});
export type ReportParagraph = z.infer<typeof ReportParagraph>;
export const ReportSection = z.object({ heading: z.string(), paragraphs: z.array(ReportParagraph) });
export type ReportSection = z.infer<typeof ReportSection>;

export const AnnexRow = z.object({
  figureId: z.string(),
  label: z.string(),
  unitWord: z.string(),
  /** Decimals the value is printed with ("81,4" has 1). */
  decimals: z.number().int(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
});
export const AnnexTable = z.object({
  code: z.string(),
  title: z.string(),
  rows: z.array(AnnexRow),
  /** Identities the rows satisfy, by figure id: "petitions.total = petitions.carriedOver + petitions.received". */
  identities: z.array(z.string()),
});
export type AnnexTable = z.infer<typeof AnnexTable>;

export const ReportContent = z.object({
  title: z.string(),
  subject: z.string(),
  /** The issuing body: its superior, its name as headed (lines split by "\n"), its place, its symbol in "Số: …/BC-UBND". */
  issuer: z.object({ superior: z.string().nullable(), agency: z.string(), place: z.string(), symbol: z.string() }),
  /** The unit as of the period's end, "(nay là …)" when it has been merged since. */
  unitName: z.string(),
  period: ResolvedPeriod,
  /** "Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026." */
  range: z.string(),
  asOf: z.string(),
  sections: z.array(ReportSection),
  annexes: z.array(AnnexTable),
  figures: z.array(FigureValue),
  previousYear: z.object({ from: z.string(), to: z.string(), figures: z.array(FigureValue) }).nullable(),
  declared: z.array(Declaration),
  /** The definitions of the figures as they were when the content was composed: a signed report keeps them. */
  definitions: z.array(
    z.object({
      id: z.string(),
      labelVi: z.string(),
      unitWord: z.string(),
      decimals: z.number().int(),
      legalBasis: z.string().nullable(),
      query: z.string(),
    }),
  ),
});
export type ReportContent = z.infer<typeof ReportContent>;

export const reportStatuses = ['draft', 'signed', 'sent'] as const;
export const ReportRunInput = z.object({ unitId: z.uuid(), kind: z.enum(reportKinds), period: ReportPeriodInput });
export const ReportRunUpdate = z.object({
  /** "12/BC-UBND"; blank is printed while it is empty. A signed report takes its number once, and nothing else. */
  number: z.string().trim().max(40).optional(),
  signerTitle: z.string().trim().min(1).max(100).optional(),
  signerName: z.string().trim().max(100).optional(),
  recipients: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  freeText: FreeTextEdit.optional(),
});
export const ReportRunSummary = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  kind: z.enum(reportKinds),
  period: ResolvedPeriod,
  status: z.enum(reportStatuses),
  number: z.string().nullable(),
  createdAt: z.string(),
  signedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  version: z.number().int(),
});
export type ReportRunSummary = z.infer<typeof ReportRunSummary>;
export const ReportRun = ReportRunSummary.extend({
  signerTitle: z.string(),
  signerName: z.string().nullable(),
  recipients: z.array(z.string()),
  freeText: FreeText,
  signedBy: z.string().nullable(),
  sentTo: z.array(z.string()),
  content: ReportContent,
});
export type ReportRun = z.infer<typeof ReportRun>;
export const ReportRunList = z.object({ items: z.array(ReportRunSummary), total: z.number().int() });
export const ReportRunListQuery = z.object({
  unitId: z.uuid().optional(),
  status: z.enum(reportStatuses).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const ReportSendInput = z.object({ sentTo: z.array(z.string().trim().min(1).max(200)).min(1).max(20) });

/** An issued report against the figures of today: what moved since, and the records changed after the signature. */
export const ReportComparison = z.object({
  runId: z.uuid(),
  signedAt: z.string(),
  figures: z.array(
    z.object({ id: z.string(), labelVi: z.string(), issued: z.number().nullable(), now: z.number().nullable(), changed: z.boolean() }),
  ),
  changesSince: z.array(
    z.object({ at: z.string(), action: z.string(), entity: z.string(), entityId: z.string().nullable(), actorName: z.string() }),
  ),
});
export type ReportComparison = z.infer<typeof ReportComparison>;
