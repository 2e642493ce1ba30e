/**
 * The operations dashboard of a unit: the registry's figures grouped by the part of the work they
 * describe (only the parts the reader's roles may see), the legal-clock board, hot spots, and the
 * units under it with their headline figures. Every number comes from the figure registry or from
 * the clocks of the records it counts; a figure id opens the list behind it (drill-down).
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import { isOrderedPeriod, periodOrder } from './period.js';
import { FigureValue } from './report-runs.js';

export const dashboardSections = ['one_stop', 'reception', 'petitions', 'community', 'democracy'] as const;
export type DashboardSection = (typeof dashboardSections)[number];

export const DueBuckets = z.object({
  overdue: z.number().int(),
  within3: z.number().int(),
  within10: z.number().int(),
  later: z.number().int(),
});
export type DueBuckets = z.infer<typeof DueBuckets>;

export const Dashboard = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  sections: z.array(z.object({ key: z.enum(dashboardSections), title: z.string(), figureIds: z.array(z.string()) })),
  figures: z.array(FigureValue),
  /** Open work by its legal due date, as of now (working days on the national calendar). */
  clocks: z.object({
    petitions: DueBuckets.nullable(),
    settlements: DueBuckets.nullable(),
    receptionAnswersOpen: z.number().int().nullable(),
    commitmentsOverdue: z.number().int().nullable(),
    legalAidOverdue: z.number().int().nullable(),
    disclosuresDueSoon: z.number().int().nullable(),
    disclosuresOverdue: z.number().int().nullable(),
  }),
  /** Matters with several petitions in the period (repeats, instances), most first; no petitioner. */
  hotSpots: z.array(
    z.object({ matterId: z.string(), petitions: z.number().int(), kinds: z.array(z.string()), lastReceivedAt: z.string() }),
  ),
  /** Each unit directly under this one, with the headline figures. */
  children: z.array(z.object({ unitId: z.uuid(), name: z.string(), figures: z.array(FigureValue) })),
  /** How many units worked under this one in the period; the first 200 by name are in `children`. */
  childrenTotal: z.number().int(),
});
export type Dashboard = z.infer<typeof Dashboard>;
export const DashboardQuery = z.object({ from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);

/** The list behind a figure: records as anyone with the figure may read them (never a petitioner). */
export const DrillDownQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .refine(isOrderedPeriod, periodOrder);
export const DrillDown = z.object({
  figureId: z.string(),
  labelVi: z.string(),
  value: z.number().nullable(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DrillDown = z.infer<typeof DrillDown>;

/** What each clock of the board rests on, printed beside it. */
export const clockLegalBasis: Record<keyof Dashboard['clocks'], string> = {
  petitions: 'Thông tư 05/2021/TT-TTCP (xử lý đơn: 10 ngày làm việc); Luật Khiếu nại 2011; Luật Tố cáo 2018',
  settlements: 'Luật Khiếu nại 2011, Điều 28, 37; Luật Tố cáo 2018, Điều 30 (thời hạn giải quyết, gia hạn)',
  receptionAnswersOpen: 'Luật Tiếp công dân 2013, khoản 1 Điều 28 (trả lời trong 10 ngày làm việc)',
  commitmentsOverdue: 'Nội dung kết luận tại buổi đối thoại, tiếp công dân (biên bản)',
  legalAidOverdue: 'Luật Trợ giúp pháp lý 2017, Điều 30–31; Thông tư 12/2018/TT-BTP (phân công trong 3 ngày làm việc)',
  disclosuresDueSoon: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 13 (công khai trong 05 ngày làm việc)',
  disclosuresOverdue: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 13 (công khai trong 05 ngày làm việc)',
};
