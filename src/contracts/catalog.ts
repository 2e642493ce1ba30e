/**
 * The catalogue contract shared by the server (routes, OpenAPI) and the officer app: a
 * procedure's rules as one version stores them, the listing, the version history, the
 * differences between versions and the import.
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import type { Role } from './auth.js';
import { deliveries } from './dossiers.js';
import type { UnitType } from './org.js';

/** Procedure code of the national procedure database: one digit, a dot, six digits (e.g. 1.001193). */
export const procedureCodePattern = /^\d\.\d{6}$/;

/**
 * The units a procedure's time limit is published in: working days (ngày làm việc, the default),
 * working hours, calendar days (ngày: Civil Code arts. 144–148, counted from the next day, a last
 * day on a day off moving to the next working day), the same day (trong ngày: after the cut-off, the
 * next working day), or on the spot.
 */
export const processingTimeUnits = ['working_days', 'working_hours', 'calendar_days', 'same_day', 'on_the_spot'] as const;
export type ProcessingTimeUnit = (typeof processingTimeUnits)[number];
export const onlineLevels = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];
/** How the result may reach the applicant: the dossier's deliveries. */
export const deliveryOptions = deliveries;
export const documentForms = ['original', 'certified_copy', 'copy', 'original_or_certified_copy', 'copy_with_original'] as const;
export type DocumentForm = (typeof documentForms)[number];
export const handlingLevels = ['province', 'commune'] as const;
export type HandlingLevel = (typeof handlingLevels)[number];
export const handlerUnitTypes = [
  'province',
  'commune',
  'ward',
  'special_zone',
  'department',
  'service_centre',
] as const satisfies readonly UnitType[];
export type HandlerUnitType = (typeof handlerUnitTypes)[number];
/** The roles that handle a step. */
export const stepRoles = ['counter_officer', 'specialist', 'leader'] as const satisfies readonly Role[];
export type StepRole = (typeof stepRoles)[number];
export const applicantKinds = ['individual', 'organisation'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
export const feeKinds = ['fee', 'charge'] as const;
export type FeeKind = (typeof feeKinds)[number];
export const procedureFileFormats = ['json', 'xlsx'] as const;
export type ProcedureFileFormat = (typeof procedureFileFormats)[number];

export const ProcessingTime = z.object({
  unit: z.enum(processingTimeUnits),
  /** Working days, working hours or calendar days; 0 for the same day and on the spot. */
  value: z.number().min(0).max(365),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

/** Working hours in a working day, as the steps' budgets count them (08:00–12:00, 13:00–17:00). */
export const HOURS_PER_WORKING_DAY = 8;

/**
 * The working hours the steps' budgets must fill. Working days, working hours and on the spot
 * are exact. A limit in calendar days holds a varying number of working days, so the budgets may
 * use at most the working days of its whole weeks (5 in 7); the same day, at most one working day.
 */
export function stepBudgetOf(time: { unit?: ProcessingTimeUnit | undefined; value?: number | undefined } | undefined): {
  hours: number;
  isExact: boolean;
} {
  const value = Number(time?.value ?? 0) || 0;
  switch (time?.unit) {
    case 'working_days':
      return { hours: value * HOURS_PER_WORKING_DAY, isExact: true };
    case 'working_hours':
      return { hours: value, isExact: true };
    case 'calendar_days':
      return { hours: Math.floor((value * 5) / 7) * HOURS_PER_WORKING_DAY, isExact: false };
    case 'same_day':
      return { hours: HOURS_PER_WORKING_DAY, isExact: false };
    default:
      return { hours: 0, isExact: true };
  }
}

/** Whether the steps' budgets fit the processing time (stepBudgetOf). */
export function budgetsFit(sum: number, time: Parameters<typeof stepBudgetOf>[0]): boolean {
  const budget = stepBudgetOf(time);
  return budget.isExact ? Math.abs(sum - budget.hours) < 1e-9 : sum > 0 && sum <= budget.hours + 1e-9;
}

export const Fee = z.object({
  kind: z.enum(feeKinds),
  name: z.string().trim().min(1).max(300),
  /** Integer VND. */
  amountVnd: z.number().int().min(0).max(1_000_000_000),
  /** e.g. "mỗi bản", "mỗi trang từ trang thứ 3" */
  per: z.string().trim().max(120).nullish(),
  exemptions: z.string().trim().max(1000).nullish(),
});
export type Fee = z.infer<typeof Fee>;

export const RequiredDocument = z.object({
  name: z.string().trim().min(1).max(500),
  form: z.enum(documentForms),
  count: z.number().int().min(1).max(20),
  isRequired: z.boolean(),
  /** A form template the citizen can download, by its official name (e.g. "Tờ khai đăng ký khai sinh"). */
  templateName: z.string().trim().max(300).nullish(),
  note: z.string().trim().max(500).nullish(),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

export const ProcessStep = z.object({
  name: z.string().trim().min(1).max(300),
  /** Who handles the step: a unit type relative to the receiving unit, or a named unit code. */
  handlerUnitType: z.enum(handlerUnitTypes).nullish(),
  handlerUnitCode: z.string().trim().max(40).nullish(),
  role: z.enum(stepRoles),
  /** Time budget in working hours; the budgets of all steps add up to the processing time. */
  budgetHours: z
    .number()
    .min(0)
    .max(365 * 8)
    .multipleOf(0.5),
});
export type ProcessStep = z.infer<typeof ProcessStep>;

export const ProcedureInput = z.object({
  code: z.string().trim().regex(procedureCodePattern, 'D.DDDDDD, e.g. 1.001193'),
  name: z.string().trim().min(3).max(500),
  /** Sector (ngành) and field (lĩnh vực) in the Government Office catalogue's words. */
  sectorName: z.string().trim().min(1).max(200),
  fieldCode: z.string().trim().max(40).nullish(),
  fieldName: z.string().trim().min(1).max(200),
  levels: z.array(z.enum(handlingLevels)).min(1),
  processingTime: ProcessingTime,
  legalBasis: z.array(z.string().trim().min(1).max(500)).min(1),
  fees: z.array(Fee).max(20),
  documents: z.array(RequiredDocument).min(1).max(60),
  steps: z.array(ProcessStep).min(1).max(30),
  onlineLevel: z.enum(onlineLevels),
  deliveryOptions: z.array(z.enum(deliveryOptions)).min(1),
  /** May the clock stop while the applicant supplements the dossier? */
  canPauseForSupplement: z.boolean(),
  /** The results the procedure can end with (e.g. "Giấy khai sinh (bản chính)"). */
  results: z.array(z.string().trim().min(1).max(300)).min(1),
  /** Who may apply (individuals, organisations). */
  applicants: z.array(z.enum(applicantKinds)).min(1),
  retentionYears: z.number().int().min(0).max(100).nullish(),
  /** Where to submit, as shown on the portal. */
  whereToSubmit: z.string().trim().max(500),
  isPublished: z.boolean(),
  /** Marks data not yet checked against the national procedure database. */
  isSample: z.boolean().default(false),
});
export type ProcedureInput = z.infer<typeof ProcedureInput>;

/** One line of the procedure list: the version shown (newest, or in force on a date). */
export const ProcedureSummary = z.object({
  code: z.string(),
  name: z.string(),
  sectorName: z.string(),
  fieldName: z.string(),
  levels: z.array(z.enum(handlingLevels)),
  processingTime: z.object({ unit: z.enum(processingTimeUnits), value: z.number() }),
  totalHours: z.number(),
  onlineLevel: z.enum(onlineLevels),
  isPublished: z.boolean(),
  isSample: z.boolean(),
  version: z.number(),
  latestVersion: z.number(),
  effectiveFrom: z.string(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcedureDetail = z.object({
  code: z.string(),
  version: z.number(),
  latestVersion: z.number(),
  effectiveFrom: z.string(),
  changeNote: z.string().nullable(),
  procedure: ProcedureInput,
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

export const VersionInfo = z.object({
  version: z.number(),
  effectiveFrom: z.string(),
  name: z.string(),
  isPublished: z.boolean(),
  changeNote: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type VersionInfo = z.infer<typeof VersionInfo>;

/** GET /procedures/:code: the newest version and the history of versions. */
export const ProcedureWithHistory = ProcedureDetail.extend({ versions: z.array(VersionInfo) });
export type ProcedureWithHistory = z.infer<typeof ProcedureWithHistory>;

/** A new procedure or a new version: the rules and the date they take effect. */
export const SaveProcedureRequest = z.object({
  effectiveFrom: isoDate,
  changeNote: z.string().trim().max(1000).nullish(),
  procedure: ProcedureInput,
});
export type SaveProcedureRequest = z.infer<typeof SaveProcedureRequest>;

export const ProcedureListQuery = z.object({
  q: z.string().max(200).optional(),
  field: z.string().max(200).optional(),
  level: z.enum(handlingLevels).optional(),
  onlineLevel: z.enum(onlineLevels).optional(),
  published: z.enum(['true', 'false']).optional(),
  at: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuery>;

export const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

export const ProcedureDiff = z.object({ from: z.number(), to: z.number(), changes: z.array(FieldChange) });
export type ProcedureDiff = z.infer<typeof ProcedureDiff>;

export const ProcedureExportQuery = z.object({ format: z.enum(procedureFileFormats).default('json') });
export type ProcedureExportQuery = z.infer<typeof ProcedureExportQuery>;

export const ProcedureImportRequest = z.object({
  format: z.enum(procedureFileFormats),
  content: z
    .string()
    .min(1)
    .max(30 * 1024 * 1024),
  dryRun: z.boolean().default(false),
});
export type ProcedureImportRequest = z.infer<typeof ProcedureImportRequest>;

export const ProcedureImportResult = z.object({ created: z.number(), revised: z.number(), unchanged: z.number(), dryRun: z.boolean() });
export type ProcedureImportResult = z.infer<typeof ProcedureImportResult>;
