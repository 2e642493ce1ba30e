import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError, type FieldError } from '../../../platform/errors/errors.js';
import { OrgError } from '../org.errors.js';
import { OrgPermission } from '../org.policy.js';
import { UnitInput, type UnitType } from '../../../contracts/org.js';
import { units } from '../org.tables.js';
import { childPath, codeKey, findUnitByCode, selectTakenCodeKeys } from '../units.repository.js';
import { checkUnitShape } from '../unit-rules.js';

const ImportRow = UnitInput.omit({ parentId: true }).extend({ parentCode: z.string().trim().max(40).nullish() });
type ImportRow = z.infer<typeof ImportRow>;

export type NewUnitRow = typeof units.$inferInsert & { id: string; path: string; depth: number };

/**
 * Imports units from CSV (header: code,name,type,designation,parent_code,valid_from,valid_to,legal_basis,address)
 * or a JSON array of the same fields in camelCase. Every row is checked first; when any row
 * is wrong nothing is imported and each error names its row (1-based) and field.
 */
export async function importUnits(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { format: 'csv' | 'json'; content: string; dryRun: boolean },
): Promise<{ imported: number; dryRun: boolean }> {
  await deps.access.require(principal, OrgPermission['units.manage'], null);
  const raw = readRows(input.format, input.content);
  return runCommand(deps.db, context, async (tx, audit) => {
    const rows = await planImport(tx, raw);
    if (!input.dryRun) {
      await insertUnitsInBatches(tx, rows);
      audit.record({
        action: 'unit.import',
        entity: 'unit',
        after: { format: input.format, count: rows.length, codes: rows.slice(0, 50).map((row) => row.code) },
      });
    }
    return { imported: input.dryRun ? 0 : rows.length, dryRun: input.dryRun };
  });
}

function readRows(format: 'csv' | 'json', content: string): Record<string, unknown>[] {
  try {
    if (format === 'json') {
      const parsed: unknown = JSON.parse(content);
      const list = Array.isArray(parsed) ? parsed : (parsed as { units?: unknown }).units;
      if (!Array.isArray(list)) throw new Error('expected an array of units');
      return list as Record<string, unknown>[];
    }
    const records = parse(content.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true }) as Record<
      string,
      string
    >[];
    return records.map((record) =>
      Object.fromEntries(Object.entries(record).map(([key, value]) => [camelCase(key), value === '' ? null : value])),
    );
  } catch (error) {
    throw new DomainError(OrgError.IMPORT_INVALID, { count: 1 }, [
      {
        field: 'content',
        code: 'malformed',
        message: { vi: `Không đọc được tệp: ${(error as Error).message}`, en: `Unreadable file: ${(error as Error).message}` },
      },
    ]);
  }
}

async function planImport(tx: Queryable, raw: Record<string, unknown>[]): Promise<NewUnitRow[]> {
  const errors: FieldError[] = [];
  const parsed: { row: ImportRow; id: string; index: number }[] = [];
  raw.forEach((record, index) => {
    const result = ImportRow.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({
          field: `rows[${index + 1}].${issue.path.join('.') || 'row'}`,
          code: issue.code,
          message: { vi: `Dòng ${index + 1}: ${issue.message}`, en: `Row ${index + 1}: ${issue.message}` },
        });
      }
    } else parsed.push({ row: result.data, id: crypto.randomUUID(), index: index + 1 });
  });
  if (raw.length === 0)
    errors.push({ field: 'content', code: 'empty', message: { vi: 'Tệp không có dòng nào.', en: 'The file has no rows.' } });

  const byCode = new Map<string, typeof parsed>();
  for (const entry of parsed) byCode.set(entry.row.code, [...(byCode.get(entry.row.code) ?? []), entry]);
  const firstRowOf = new Map<string, number>();
  for (const { row, index } of parsed) {
    const key = codeKey(row.code, row.validFrom ?? null);
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, index);
    else
      errors.push({
        field: `rows[${index}].code`,
        code: 'duplicate',
        message: {
          vi: `Dòng ${index}: mã ${row.code} trùng với dòng ${first}.`,
          en: `Row ${index}: code ${row.code} repeats row ${first}.`,
        },
      });
  }
  const failed = new Set<string>();
  const planned = new Map<string, NewUnitRow>();
  // The codes already stored, in one query for the whole file; each parent outside the file, looked up once.
  const taken = await selectTakenCodeKeys(
    tx,
    parsed.map((entry) => entry.row.code),
  );
  const storedParents = new Map<string, Awaited<ReturnType<typeof findUnitByCode>>>();
  const findStoredParent = async (code: string, date: string | undefined) => {
    const key = `${code}@${date ?? ''}`;
    if (!storedParents.has(key)) storedParents.set(key, await findUnitByCode(tx, code, date));
    return storedParents.get(key);
  };
  const resolve = async (entry: (typeof parsed)[number], trail: Set<string>): Promise<NewUnitRow | undefined> => {
    if (trail.has(entry.id)) {
      errors.push({
        field: `rows[${entry.index}].parentCode`,
        code: 'cycle',
        message: { vi: `Dòng ${entry.index}: vòng lặp cấp trên.`, en: `Row ${entry.index}: parent cycle.` },
      });
      return undefined;
    }
    const done = planned.get(entry.id);
    if (done || failed.has(entry.id)) return done;
    failed.add(entry.id);
    const { row, index } = entry;
    let parent: { id: string; path: string; depth: number; type: UnitType } | undefined;
    if (row.parentCode) {
      const inFile = (byCode.get(row.parentCode) ?? []).find((candidate) => coversDate(candidate.row, row.validFrom ?? null));
      if (inFile) parent = await resolve(inFile, new Set([...trail, entry.id]));
      else parent = await findStoredParent(row.parentCode, row.validFrom ?? undefined);
      if (!parent) {
        errors.push({
          field: `rows[${index}].parentCode`,
          code: 'not_found',
          message: {
            vi: `Dòng ${index}: không tìm thấy đơn vị cấp trên ${row.parentCode}.`,
            en: `Row ${index}: parent ${row.parentCode} not found.`,
          },
        });
        return undefined;
      }
    }
    for (const error of checkUnitShape(row, parent?.type ?? null, `rows[${index}].`)) {
      errors.push({ ...error, field: error.field.replace('parentId', 'parentCode') });
    }
    if (taken.has(codeKey(row.code, row.validFrom ?? null))) {
      errors.push({
        field: `rows[${index}].code`,
        code: 'taken',
        message: { vi: `Dòng ${index}: mã ${row.code} đã có trong hệ thống.`, en: `Row ${index}: code ${row.code} already exists.` },
      });
    }
    const unit: NewUnitRow = {
      id: entry.id,
      code: row.code,
      name: row.name,
      type: row.type,
      designation: row.designation ?? null,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, entry.id),
      depth: parent ? parent.depth + 1 : 0,
      validFrom: row.validFrom ?? null,
      validTo: row.validTo ?? null,
      legalBasis: row.legalBasis ?? null,
      address: row.address ?? null,
    };
    failed.delete(entry.id);
    planned.set(entry.id, unit);
    return unit;
  };
  for (const entry of parsed) await resolve(entry, new Set());
  if (errors.length > 0) throw new DomainError(OrgError.IMPORT_INVALID, { count: errors.length }, errors.slice(0, 500));
  return [...planned.values()].sort((a, b) => a.depth - b.depth);
}

function coversDate(row: ImportRow, date: string | null): boolean {
  if (!date) return !row.validTo;
  return (!row.validFrom || row.validFrom <= date) && (!row.validTo || row.validTo >= date);
}

export async function insertUnitsInBatches(tx: Queryable, rows: NewUnitRow[], batchSize = 1000, afterBatch?: () => void): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await tx.insert(units).values(rows.slice(start, start + batchSize));
    afterBatch?.();
  }
}

function camelCase(key: string): string {
  return key.trim().replace(/[_\s]+(\w)/g, (_whole, letter: string) => letter.toUpperCase());
}
