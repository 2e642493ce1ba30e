import { z } from 'zod';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { canonicalJson, runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, type FieldError } from '../../../platform/errors/errors.js';
import { CatalogError } from '../catalog.errors.js';
import { CatalogPermission } from '../catalog.policy.js';
import { compactProcedure, findLatestVersion, selectProcedures } from '../catalog.repository.js';
import { ProcedureInput } from '../../../contracts/catalog.js';
import { checkProcedureRules } from '../procedure-rules.js';
import { readWorkbook, sheetColumnOf, sheets, writeWorkbook, type ProcedureRecord } from '../procedure-sheets.js';
import { appendVersion, insertProcedure } from './save-procedure.js';
import { isoDate } from '../../../platform/http/dates.js';

export const ProcedureRecordSchema = z.object({ effectiveFrom: isoDate, procedure: ProcedureInput });

export type ImportReport = { created: number; revised: number; unchanged: number; dryRun: boolean };

/**
 * Imports procedures from JSON (an array of {effectiveFrom, procedure}) or XLSX (the layout of
 * procedure-sheets.ts, content base64-encoded). New codes get version 1; known codes get a new
 * version when their rules changed. Every row is checked first: one wrong row and nothing is
 * imported, each error naming its row and field.
 */
export async function importProcedures(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { format: 'json' | 'xlsx'; content: string; dryRun: boolean },
): Promise<ImportReport> {
  await deps.access.require(principal, CatalogPermission['catalog.manage'], null);
  const { records, errors } = await parseRecords(input.format, input.content);
  const valid: ProcedureRecord[] = [];
  const seen = new Map<string, string>();
  for (const { label, column, value } of records) {
    const parsed = ProcedureRecordSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({
          field: `${label}.${column(issue.path as (string | number)[])}`,
          code: issue.code,
          message: { vi: `${label}: ${issue.message}`, en: `${label}: ${issue.message}` },
        });
      }
      continue;
    }
    for (const error of checkProcedureRules(parsed.data.procedure)) {
      errors.push({ ...error, field: `${label}.${column(['procedure', ...error.field.split('.')])}` });
    }
    const earlier = seen.get(parsed.data.procedure.code);
    if (earlier) {
      errors.push({
        field: `${label}.code`,
        code: 'duplicate',
        message: {
          vi: `Mã ${parsed.data.procedure.code} lặp lại (${earlier}).`,
          en: `Code ${parsed.data.procedure.code} repeats ${earlier}.`,
        },
      });
    }
    seen.set(parsed.data.procedure.code, label);
    valid.push(parsed.data);
  }
  if (records.length === 0 && errors.length === 0) {
    errors.push({ field: 'content', code: 'empty', message: { vi: 'Tệp không có thủ tục nào.', en: 'The file holds no procedure.' } });
  }
  if (errors.length > 0) throw new DomainError(CatalogError.PROCEDURE_IMPORT_INVALID, { count: errors.length }, errors.slice(0, 500));

  return runCommand(deps.db, context, async (tx, audit) => {
    const report: ImportReport = { created: 0, revised: 0, unchanged: 0, dryRun: input.dryRun };
    const late: FieldError[] = [];
    for (const [index, record] of valid.entries()) {
      const existing = await findLatestVersion(tx, record.procedure.code);
      if (!existing) {
        await insertProcedure(tx, audit, context, { ...record, changeNote: 'import' });
        report.created++;
      } else if (
        canonicalJson(compactProcedure(existing.data)) === canonicalJson(compactProcedure(record.procedure)) &&
        existing.effectiveFrom === record.effectiveFrom
      ) {
        report.unchanged++;
      } else if (record.effectiveFrom < existing.effectiveFrom) {
        late.push({
          field: `${records[index]!.label}.effective_from`,
          code: 'before_previous',
          message: {
            vi: `Ngày hiệu lực trước phiên bản hiện có (${existing.effectiveFrom}).`,
            en: `Before the current version's effective date (${existing.effectiveFrom}).`,
          },
        });
      } else {
        await appendVersion(tx, audit, context, {
          code: record.procedure.code,
          effectiveFrom: record.effectiveFrom,
          procedure: record.procedure,
          changeNote: 'import',
        });
        report.revised++;
      }
    }
    if (late.length > 0) throw new DomainError(CatalogError.PROCEDURE_IMPORT_INVALID, { count: late.length }, late);
    if (input.dryRun) throw new DryRun(report);
    return report;
  }).catch((error: unknown) => {
    if (error instanceof DryRun) return error.report;
    throw error;
  });
}

/** Rolls the import's transaction back after counting what it would do. */
class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

type ParsedRecord = { label: string; column: (path: (string | number)[]) => string; value: unknown };

async function parseRecords(format: 'json' | 'xlsx', content: string): Promise<{ records: ParsedRecord[]; errors: FieldError[] }> {
  if (format === 'xlsx') {
    const { records, errors } = await readWorkbook(Buffer.from(content, 'base64'));
    return { errors, records: records.map(({ row, value }) => ({ label: `rows[${row}]`, column: sheetColumnOf, value })) };
  }
  try {
    const parsed: unknown = JSON.parse(content);
    const list = Array.isArray(parsed) ? parsed : (parsed as { procedures?: unknown }).procedures;
    if (!Array.isArray(list)) throw new Error('expected an array of {effectiveFrom, procedure}');
    return { errors: [], records: list.map((value, index) => ({ label: `rows[${index + 1}]`, column: (path) => path.join('.'), value })) };
  } catch (error) {
    return {
      records: [],
      errors: [
        {
          field: 'content',
          code: 'malformed',
          message: { vi: `Không đọc được JSON: ${(error as Error).message}`, en: `Unreadable JSON: ${(error as Error).message}` },
        },
      ],
    };
  }
}

/** The whole catalogue (latest versions) as JSON records or an XLSX workbook. */
export async function exportProcedures(
  db: Db,
  format: 'json' | 'xlsx',
): Promise<{ contentType: string; body: Buffer | string; fileName: string }> {
  const { items } = await selectProcedures(db, { mode: 'latest', date: '9999-12-31', filter: {}, limit: 100_000, offset: 0 });
  const records: ProcedureRecord[] = items.map((item) => ({ effectiveFrom: item.effectiveFrom, procedure: item.data }));
  if (format === 'json')
    return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(records, null, 2), fileName: 'thu-tuc.json' };
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await writeWorkbook(records),
    fileName: 'thu-tuc.xlsx',
  };
}

export { sheets };
