/**
 * The periodic report and the figure registry as the server and the officer app share them:
 * periods as data, figures with their definitions, declared figures (a unit's programme indicators
 * and opening balances, never mixed with counted ones), and report runs from draft to signed
 * (frozen) and sent.
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import { bilingual } from '../platform/i18n/locale.js';
import { isOrderedPeriod, periodOrder } from './period.js';

const line = (max: number) => z.string().trim().min(1).max(max);

export const reportKinds = ['dan_van', 'reception_petitions', 'community'] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportKindLabels: Record<ReportKind, { vi: string; en: string }> = {
  dan_van: { vi: 'Kết quả công tác dân vận chính quyền', en: 'Mass mobilisation by the administration' },
  reception_petitions: {
    vi: 'Công tác tiếp công dân, xử lý đơn thư, giải quyết khiếu nại, tố cáo',
    en: 'Reception, petitions, complaints and denunciations',
  },
  community: {
    vi: 'Công tác hòa giải ở cơ sở, trợ giúp pháp lý và thực hiện dân chủ ở cơ sở',
    en: 'Mediation, legal aid and grassroots democracy',
  },
};

export const periodKinds = ['month', 'quarter', 'half_year', 'nine_months', 'year', 'custom'] as const;
export const cutOffRules = ['calendar', 'day_14'] as const;

const issue = (context: z.RefinementCtx, path: string, vi: string, en: string) =>
  context.addIssue({ code: 'custom', path: [path], message: bilingual({ vi, en }) });

export const ReportPeriodInput = z
  .object({
    kind: z.enum(periodKinds),
    /** calendar: natural months; day_14: from the 15th of the month before to the 14th (Decree 09/2019). */
    cutOffRule: z.enum(cutOffRules).default('calendar'),
    year: z.number().int().min(1902).max(2100).optional(),
    /** The month (1–12), the quarter (1–4) or the half (1–2). */
    number: z.number().int().min(1).max(12).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((value, context) => {
    if (value.kind === 'custom') {
      if (!value.from) issue(context, 'from', 'Nhập ngày bắt đầu.', 'Give the first day.');
      if (!value.to) issue(context, 'to', 'Nhập ngày kết thúc.', 'Give the last day.');
      if (value.from && value.to && !isOrderedPeriod({ from: value.from, to: value.to }))
        context.addIssue({ code: 'custom', ...periodOrder });
      return;
    }
    if (value.year === undefined) issue(context, 'year', 'Nhập năm của kỳ báo cáo.', 'Give the year.');
    const max = { month: 12, quarter: 4, half_year: 2 }[value.kind as 'month' | 'quarter' | 'half_year'];
    if (max !== undefined && (value.number === undefined || value.number > max))
      issue(context, 'number', `Nhập số của kỳ, từ 1 đến ${max}.`, `Give the period's number, 1 to ${max}.`);
  });
export type ReportPeriodInput = z.infer<typeof ReportPeriodInput>;

export const ResolvedPeriod = z.object({
  kind: z.enum(periodKinds),
  cutOffRule: z.enum(cutOffRules),
  year: z.number().int().optional(),
  number: z.number().int().optional(),
  from: z.string(),
  to: z.string(),
  /** "quý I năm 2026" */
  label: z.string(),
});
export type ResolvedPeriod = z.infer<typeof ResolvedPeriod>;

export const FigureDefinitionView = z.object({
  id: z.string(),
  labelVi: z.string(),
  labelEn: z.string(),
  countUnit: z.string(),
  unitWord: z.string(),
  kind: z.enum(['count', 'rate', 'sum']),
  legalBasis: z.string().nullable(),
  query: z.string(),
  seed: z.string().nullable(),
  drillDown: z.boolean(),
});
export type FigureDefinitionView = z.infer<typeof FigureDefinitionView>;

export const FigureValue = z.object({ id: z.string(), value: z.number().nullable() });
export type FigureValue = z.infer<typeof FigureValue>;

export const declarationKinds = ['indicator', 'opening'] as const;
export const DeclarationInput = z
  .object({
    unitId: z.uuid(),
    /** indicator: a programme figure the unit enters; opening: a balance for a figure of the registry before the unit used the platform. */
    kind: z.enum(declarationKinds),
    /** For an opening balance: the registry figure it precedes. */
    figureId: z.string().max(80).optional(),
    /** For an indicator: what it measures ("xã đạt chuẩn nông thôn mới"). */
    label: line(300).optional(),
    value: z.number().min(0).max(1e12),
    /** "24/28 xã": the denominator; a percent indicator has none. */
    denominator: z.number().min(0).max(1e12).optional(),
    /** "xã", "%", "tỷ đồng". */
    unitWord: line(40).optional(),
    from: isoDate,
    to: isoDate,
    source: line(500).optional(),
  })
  .refine(isOrderedPeriod, periodOrder)
  .superRefine((value, context) => {
    if (value.kind === 'indicator' && !value.label) issue(context, 'label', 'Nhập tên chỉ tiêu.', 'Name the indicator.');
    if (value.kind === 'opening' && !value.figureId)
      issue(context, 'figureId', 'Chọn số liệu được kê khai.', 'Choose the figure declared.');
  });
export const Declaration = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  kind: z.enum(declarationKinds),
  figureId: z.string().nullable(),
  label: z.string(),
  value: z.number(),
  denominator: z.number().nullable(),
  unitWord: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  source: z.string().nullable(),
  declaredBy: z.string(),
  declaredAt: z.string(),
});
export type Declaration = z.infer<typeof Declaration>;
export const DeclarationList = z.object({ items: z.array(Declaration) });
export const DeclarationQuery = z.object({ unitId: z.uuid(), from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);

/** A unit's figures for a period, from the registry, with the declared figures beside them. */
export const FigureSet = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  figures: z.array(FigureValue),
  declared: z.array(Declaration),
});
export type FigureSet = z.infer<typeof FigureSet>;
export const FigureSetQuery = z.object({ from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);
