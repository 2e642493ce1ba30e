import { newWorkbook } from '../../platform/documents/workbook.js';
import type { FieldError } from '../../platform/errors/errors.js';
import type { ProcedureInput } from '../../contracts/catalog.js';

/**
 * The XLSX layout of the catalogue: one sheet of procedures and one sheet each for the
 * documents, fees and steps, tied to their procedure by its code. Column headers are
 * snake_case English (stable for machines), sheet titles Vietnamese (for people).
 */
export const sheets = {
  procedures: {
    title: 'Thủ tục',
    columns: [
      'code',
      'name',
      'sector_name',
      'field_code',
      'field_name',
      'levels',
      'processing_unit',
      'processing_value',
      'legal_basis',
      'online_level',
      'delivery_options',
      'can_pause_for_supplement',
      'results',
      'applicants',
      'retention_years',
      'where_to_submit',
      'is_published',
      'is_sample',
      'effective_from',
    ],
  },
  documents: { title: 'Thành phần hồ sơ', columns: ['code', 'name', 'form', 'count', 'is_required', 'template_name', 'note'] },
  fees: { title: 'Phí, lệ phí', columns: ['code', 'kind', 'name', 'amount_vnd', 'per', 'exemptions'] },
  steps: { title: 'Quy trình', columns: ['code', 'order', 'name', 'handler_unit_type', 'handler_unit_code', 'role', 'budget_hours'] },
} as const;

export type SheetKey = keyof typeof sheets;
export type ProcedureRecord = { effectiveFrom: string; procedure: ProcedureInput };
type Row = Record<string, string | number | boolean | Date | null>;

const list = (value: unknown, separator: RegExp = /\s*[,;]\s*/) =>
  value === null || value === undefined || value === ''
    ? []
    : String(value)
        .split(separator)
        .map((item) => item.trim())
        .filter(Boolean);
const lines = (value: unknown) => list(value, /\s*(?:\n|;)\s*/);
const bool = (value: unknown) => (typeof value === 'boolean' ? value : /^(true|1|x|có|co|yes)$/i.test(String(value ?? '').trim()));
const num = (value: unknown) => (value === null || value === undefined || value === '' ? Number.NaN : Number(value));
const text = (value: unknown) => (value === null || value === undefined || value === '' ? null : String(value).trim());

export async function writeWorkbook(records: ProcedureRecord[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'motcua';
  const add = (key: SheetKey, rows: Row[]) => {
    const sheet = workbook.addWorksheet(sheets[key].title);
    sheet.addRow([...sheets[key].columns]);
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(sheets[key].columns.map((column) => row[column] ?? null));
    sheet.columns.forEach((column) => (column.width = 22));
  };
  add(
    'procedures',
    records.map(({ effectiveFrom, procedure: p }) => ({
      code: p.code,
      name: p.name,
      sector_name: p.sectorName,
      field_code: p.fieldCode ?? null,
      field_name: p.fieldName,
      levels: p.levels.join(', '),
      processing_unit: p.processingTime.unit,
      processing_value: p.processingTime.value,
      legal_basis: p.legalBasis.join('\n'),
      online_level: p.onlineLevel,
      delivery_options: p.deliveryOptions.join(', '),
      can_pause_for_supplement: p.canPauseForSupplement,
      results: p.results.join('\n'),
      applicants: p.applicants.join(', '),
      retention_years: p.retentionYears ?? null,
      where_to_submit: p.whereToSubmit,
      is_published: p.isPublished,
      is_sample: p.isSample,
      effective_from: effectiveFrom,
    })),
  );
  add(
    'documents',
    records.flatMap(({ procedure: p }) =>
      p.documents.map((d) => ({
        code: p.code,
        name: d.name,
        form: d.form,
        count: d.count,
        is_required: d.isRequired,
        template_name: d.templateName ?? null,
        note: d.note ?? null,
      })),
    ),
  );
  add(
    'fees',
    records.flatMap(({ procedure: p }) =>
      p.fees.map((f) => ({
        code: p.code,
        kind: f.kind,
        name: f.name,
        amount_vnd: f.amountVnd,
        per: f.per ?? null,
        exemptions: f.exemptions ?? null,
      })),
    ),
  );
  add(
    'steps',
    records.flatMap(({ procedure: p }) =>
      p.steps.map((s, index) => ({
        code: p.code,
        order: index + 1,
        name: s.name,
        handler_unit_type: s.handlerUnitType ?? null,
        handler_unit_code: s.handlerUnitCode ?? null,
        role: s.role,
        budget_hours: s.budgetHours,
      })),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the workbook back into records (unvalidated) with the sheet row each came from, or sheet-level errors. */
export async function readWorkbook(
  content: Buffer,
): Promise<{ records: { row: number; value: Record<string, unknown> }[]; errors: FieldError[] }> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    return {
      records: [],
      errors: [
        {
          field: 'content',
          code: 'malformed',
          message: { vi: `Không đọc được tệp XLSX: ${(error as Error).message}`, en: `Unreadable XLSX: ${(error as Error).message}` },
        },
      ],
    };
  }
  const errors: FieldError[] = [];
  const read = (key: SheetKey): { row: number; value: Row }[] => {
    const sheet = workbook.getWorksheet(sheets[key].title);
    if (!sheet) {
      if (key !== 'procedures') return [];
      errors.push({
        field: key,
        code: 'missing_sheet',
        message: { vi: `Thiếu trang "${sheets[key].title}".`, en: `Missing sheet "${sheets[key].title}".` },
      });
      return [];
    }
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map((cell) => String(cell ?? '').trim());
    const rows: { row: number; value: Row }[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const value: Row = {};
      header.forEach((column, index) => {
        const cell = row.getCell(index + 1).value;
        value[column] =
          cell === undefined
            ? null
            : typeof cell === 'object' && cell !== null && 'text' in cell
              ? String((cell as { text: unknown }).text)
              : (cell as Row[string]);
      });
      if (Object.values(value).some((cell) => cell !== null && cell !== '')) rows.push({ row: number, value });
    });
    return rows;
  };
  const byCode = <T>(rows: { row: number; value: Row }[], map: (value: Row) => T) => {
    const grouped = new Map<string, T[]>();
    for (const { value } of rows) grouped.set(String(value.code ?? ''), [...(grouped.get(String(value.code ?? '')) ?? []), map(value)]);
    return grouped;
  };
  const documents = byCode(read('documents'), (d) => ({
    name: text(d.name),
    form: text(d.form),
    count: num(d.count),
    isRequired: bool(d.is_required),
    templateName: text(d.template_name),
    note: text(d.note),
  }));
  const fees = byCode(read('fees'), (f) => ({
    kind: text(f.kind),
    name: text(f.name),
    amountVnd: num(f.amount_vnd),
    per: text(f.per),
    exemptions: text(f.exemptions),
  }));
  const stepRows = read('steps').sort((a, b) => num(a.value.order) - num(b.value.order));
  const steps = byCode(stepRows, (s) => ({
    name: text(s.name),
    handlerUnitType: text(s.handler_unit_type),
    handlerUnitCode: text(s.handler_unit_code),
    role: text(s.role),
    budgetHours: num(s.budget_hours),
  }));
  const records = read('procedures').map(({ row, value: p }) => {
    const code = String(p.code ?? '').trim();
    return {
      row,
      value: {
        effectiveFrom: p.effective_from instanceof Date ? p.effective_from.toISOString().slice(0, 10) : text(p.effective_from),
        procedure: {
          code,
          name: text(p.name),
          sectorName: text(p.sector_name),
          fieldCode: text(p.field_code),
          fieldName: text(p.field_name),
          levels: list(p.levels),
          processingTime: { unit: text(p.processing_unit), value: num(p.processing_value) },
          legalBasis: lines(p.legal_basis),
          onlineLevel: text(p.online_level),
          deliveryOptions: list(p.delivery_options),
          canPauseForSupplement: bool(p.can_pause_for_supplement),
          results: lines(p.results),
          applicants: list(p.applicants),
          retentionYears: p.retention_years === null || p.retention_years === '' ? null : num(p.retention_years),
          whereToSubmit: text(p.where_to_submit) ?? '',
          isPublished: bool(p.is_published),
          isSample: bool(p.is_sample),
          documents: documents.get(code) ?? [],
          fees: fees.get(code) ?? [],
          steps: steps.get(code) ?? [],
        },
      },
    };
  });
  return { records, errors };
}

/** Maps a field path inside a procedure record to the sheet column it came from. */
export function sheetColumnOf(path: (string | number)[]): string {
  const [first, second] = path;
  if (first === 'effectiveFrom') return 'effective_from';
  if (first !== 'procedure') return String(first ?? 'row');
  const toSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (second === 'processingTime') return `processing_${String(path[2] ?? 'value')}`;
  if (second === 'documents' || second === 'fees' || second === 'steps')
    return `${String(second)}[${Number(path[2]) + 1}].${toSnake(String(path[3] ?? 'row'))}`;
  return toSnake(String(second ?? 'row'));
}
