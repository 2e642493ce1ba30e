import { z } from 'zod';

/** Procedure code of the national procedure database: one digit, a dot, six digits (e.g. 1.001193). */
export const procedureCodePattern = /^\d\.\d{6}$/;

export const processingTimeUnits = ['working_days', 'working_hours', 'on_the_spot'] as const;
export const onlineLevels = ['full', 'partial', 'none'] as const;
export const deliveryOptions = ['counter', 'post', 'home', 'electronic'] as const;
export const documentForms = ['original', 'certified_copy', 'copy', 'original_or_certified_copy', 'copy_with_original'] as const;
export const handlingLevels = ['province', 'commune'] as const;
export const handlerUnitTypes = ['province', 'commune', 'ward', 'special_zone', 'department', 'service_centre'] as const;

export const ProcessingTime = z.object({
  unit: z.enum(processingTimeUnits),
  /** Working days or working hours; 0 for on the spot. */
  value: z.number().min(0).max(365),
});

export const Fee = z.object({
  kind: z.enum(['fee', 'charge']),
  name: z.string().trim().min(1).max(300),
  /** Integer VND. */
  amountVnd: z.number().int().min(0).max(1_000_000_000),
  /** e.g. "mỗi bản", "mỗi trang từ trang thứ 3" */
  per: z.string().trim().max(120).nullish(),
  exemptions: z.string().trim().max(1000).nullish(),
});

export const RequiredDocument = z.object({
  name: z.string().trim().min(1).max(500),
  form: z.enum(documentForms),
  count: z.number().int().min(1).max(20),
  isRequired: z.boolean(),
  /** A form template the citizen can download, by its official name (e.g. "Tờ khai đăng ký khai sinh"). */
  templateName: z.string().trim().max(300).nullish(),
  note: z.string().trim().max(500).nullish(),
});

export const ProcessStep = z.object({
  name: z.string().trim().min(1).max(300),
  /** Who handles the step: a unit type relative to the receiving unit, or a named unit code. */
  handlerUnitType: z.enum(handlerUnitTypes).nullish(),
  handlerUnitCode: z.string().trim().max(40).nullish(),
  role: z.enum(['counter_officer', 'specialist', 'leader']),
  /** Time budget in working hours; the budgets of all steps add up to the processing time. */
  budgetHours: z.number().min(0).max(365 * 8).multipleOf(0.5),
});

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
  applicants: z.array(z.enum(['individual', 'organisation'])).min(1),
  retentionYears: z.number().int().min(0).max(100).nullish(),
  /** Where to submit, as shown on the portal. */
  whereToSubmit: z.string().trim().max(500),
  isPublished: z.boolean(),
  /** Marks data not yet checked against the national procedure database. */
  isSample: z.boolean().default(false),
});
export type ProcedureInput = z.infer<typeof ProcedureInput>;
