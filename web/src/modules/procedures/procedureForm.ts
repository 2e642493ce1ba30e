import { todayInVietnam } from '../../platform/format/dates';
import type { Fee, ProcedureDetail, ProcedureInput, ProcessStep, RequiredDocument, SaveProcedureRequest } from '@contracts/catalog';

/** What the procedure form holds: the rules with line lists as text, plus the version fields. */
export type ProcedureFormValues = Omit<ProcedureInput, 'legalBasis' | 'results' | 'fieldCode' | 'fees' | 'documents' | 'steps'> & {
  fieldCode?: string | null;
  legalBasis: string;
  results: string;
  fees: Partial<Fee>[];
  documents: Partial<RequiredDocument>[];
  steps: Partial<ProcessStep>[];
  effectiveFrom: string;
  changeNote?: string;
};

export const newStep: Partial<ProcessStep> = { name: '', handlerUnitType: 'commune', role: 'specialist', budgetHours: 0 };
export const newDocument: Partial<RequiredDocument> = { name: '', form: 'original', count: 1, isRequired: true };
export const newFee: Partial<Fee> = { kind: 'charge', name: '', amountVnd: 0 };

const blank: ProcedureFormValues = {
  code: '',
  name: '',
  sectorName: '',
  fieldCode: '',
  fieldName: '',
  levels: ['commune'],
  processingTime: { unit: 'working_days', value: 1 },
  legalBasis: '',
  fees: [],
  documents: [newDocument],
  steps: [
    { ...newStep, handlerUnitType: 'service_centre', role: 'counter_officer', budgetHours: 1 },
    { ...newStep, budgetHours: 7 },
  ],
  onlineLevel: 'partial',
  deliveryOptions: ['counter'],
  canPauseForSupplement: true,
  results: '',
  applicants: ['individual'],
  retentionYears: null,
  whereToSubmit: '',
  isPublished: false,
  isSample: false,
  effectiveFrom: '',
  changeNote: '',
};

/** A new version takes effect today at the earliest, and never before the current one. */
export function toFormValues(detail: ProcedureDetail | null | undefined): ProcedureFormValues {
  const today = todayInVietnam();
  if (!detail) return { ...blank, effectiveFrom: today };
  const { procedure } = detail;
  return {
    ...procedure,
    fieldCode: procedure.fieldCode ?? '',
    legalBasis: procedure.legalBasis.join('\n'),
    results: procedure.results.join('\n'),
    effectiveFrom: detail.effectiveFrom > today ? detail.effectiveFrom : today,
    changeNote: '',
  };
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const optional = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
const trimmed = (text: string | null | undefined) => text?.trim() ?? '';

/** The body of POST /procedures and POST /procedures/:code/versions. */
export function toSaveBody(values: ProcedureFormValues): SaveProcedureRequest {
  const unit = values.processingTime.unit;
  const procedure: ProcedureInput = {
    code: trimmed(values.code),
    name: trimmed(values.name),
    sectorName: trimmed(values.sectorName),
    fieldCode: optional(values.fieldCode),
    fieldName: trimmed(values.fieldName),
    levels: values.levels ?? [],
    processingTime: { unit, value: unit === 'on_the_spot' ? 0 : Number(values.processingTime.value ?? 0) },
    legalBasis: lines(values.legalBasis),
    fees: (values.fees ?? []).map((fee) => ({
      kind: fee.kind ?? 'charge',
      name: trimmed(fee.name),
      amountVnd: Number(fee.amountVnd ?? 0),
      per: optional(fee.per),
      exemptions: optional(fee.exemptions),
    })),
    documents: (values.documents ?? []).map((document) => ({
      name: trimmed(document.name),
      form: document.form ?? 'original',
      count: Number(document.count ?? 1),
      isRequired: document.isRequired ?? false,
      templateName: optional(document.templateName),
      note: optional(document.note),
    })),
    steps: (values.steps ?? []).map((step) => ({
      name: trimmed(step.name),
      handlerUnitType: step.handlerUnitType ?? null,
      handlerUnitCode: optional(step.handlerUnitCode),
      role: step.role ?? 'specialist',
      budgetHours: Number(step.budgetHours ?? 0),
    })),
    onlineLevel: values.onlineLevel,
    deliveryOptions: values.deliveryOptions ?? [],
    canPauseForSupplement: values.canPauseForSupplement ?? false,
    results: lines(values.results),
    applicants: values.applicants ?? [],
    retentionYears: values.retentionYears ?? null,
    whereToSubmit: trimmed(values.whereToSubmit),
    isPublished: values.isPublished ?? false,
    isSample: values.isSample ?? false,
  };
  return { effectiveFrom: values.effectiveFrom, changeNote: optional(values.changeNote), procedure };
}

const textListFields = new Set(['legalBasis', 'results']);

/** A server field ('procedure.steps.1.budgetHours', 'rows[0]…', 'legalBasis.2') → the form field that shows it. */
export function toFormField(field: string): string {
  const path = field.replace(/\[(\d+)\]/g, '.$1').replace(/^procedure\./, '');
  const top = path.split('.')[0] ?? path;
  return textListFields.has(top) ? top : path;
}
