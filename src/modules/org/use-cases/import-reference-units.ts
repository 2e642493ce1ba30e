import crypto from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { validationError } from '../../../platform/errors/errors.js';
import type { ReportProgress } from '../../../platform/jobs/background-jobs.js';
import type { UnitType } from '../../../contracts/org.js';
import { units, unitSuccessions } from '../org.tables.js';
import { childPath } from '../units.repository.js';
import { readReferenceUnits, type RawUnit } from '../reference-units.js';
import { insertUnitsInBatches, type NewUnitRow } from './import-units.js';

const reformDate = '2025-07-01';
const lastOldDate = '2025-06-30';
const basis = {
  newProvince: 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh; QĐ 19/2025/QĐ-TTg',
  newCommune: 'Nghị quyết của UBTVQH15 về sắp xếp đơn vị hành chính cấp xã năm 2025 (1654–1687/NQ-UBTVQH15); QĐ 19/2025/QĐ-TTg',
  old: 'Danh mục đơn vị hành chính theo QĐ 124/2004/QĐ-TTg, hiệu lực đến 30/6/2025',
};

export type ReferenceImportReport = { units: number; successions: number; skipped: number; provinces: string[] };

/**
 * Loads the real administrative units from reference/units: one province (by its
 * post-2025 code) or the whole country, and with history the pre-2025 provinces,
 * districts and communes it came from plus the succession links. Running it again adds
 * only what is missing.
 */
export async function importReferenceUnits(
  db: Db,
  context: CommandContext,
  options: { province?: string | undefined; withHistory: boolean; onProgress?: ReportProgress },
): Promise<ReferenceImportReport> {
  const { current, old, links } = readReferenceUnits();

  const provinces = current.filter((unit) => unit.parent === null && (!options.province || unit.code === options.province));
  if (provinces.length === 0) {
    throw validationError([
      {
        field: 'province',
        code: 'not_found',
        message: { vi: `Không có tỉnh mã ${options.province} sau 1/7/2025.`, en: `No province ${options.province} after 2025-07-01.` },
      },
    ]);
  }
  const provinceCodes = new Set(provinces.map((unit) => unit.code));
  const newUnits = current.filter((unit) => provinceCodes.has(unit.code) || (unit.parent !== null && provinceCodes.has(unit.parent)));
  const newCodes = new Set(newUnits.map((unit) => unit.code));

  let oldUnits: RawUnit[] = [];
  if (options.withHistory) {
    const oldProvinces = new Set(links.filter((link) => link.from.length === 2 && provinceCodes.has(link.to)).map((link) => link.from));
    const oldDistricts = new Set(
      old.filter((unit) => unit.code.length === 3 && unit.parent !== null && oldProvinces.has(unit.parent)).map((unit) => unit.code),
    );
    oldUnits = old.filter(
      (unit) => oldProvinces.has(unit.code) || (unit.parent !== null && (oldProvinces.has(unit.parent) || oldDistricts.has(unit.parent))),
    );
  }
  const oldCodes = new Set(oldUnits.map((unit) => unit.code));
  const successionLinks = links.filter((link) => oldCodes.has(link.from) && newCodes.has(link.to));

  return runCommand(db, context, async (tx, audit) => {
    const batches = Math.ceil((newUnits.length + oldUnits.length) / 1000) + Math.ceil(successionLinks.length / 1000);
    const total = batches + 1;
    const progress = options.onProgress ?? (() => {});
    progress(0, total, {
      vi: `Kiểm tra ${newUnits.length + oldUnits.length} đơn vị`,
      en: `Checking ${newUnits.length + oldUnits.length} units`,
    });
    const existing = await existingIds(tx, [...newCodes, ...oldCodes]);
    const rows: NewUnitRow[] = [];
    let skipped = 0;
    const place = (list: RawUnit[], era: 'old' | 'new') => {
      const ids = new Map<string, { id: string; path: string; depth: number }>();
      const ordered = [...list].sort((a, b) => a.code.length - b.code.length || Number(a.parent === null) - Number(b.parent === null));
      for (const unit of ordered.filter((u) => u.parent === null).concat(ordered.filter((u) => u.parent !== null))) {
        const validFrom = era === 'new' ? reformDate : null;
        const key = `${unit.code}@${validFrom ?? ''}`;
        const parentRef = unit.parent === null ? undefined : ids.get(unit.parent);
        const known = existing.get(key);
        if (known) {
          ids.set(unit.code, known);
          skipped++;
          continue;
        }
        const id = crypto.randomUUID();
        const pathValue = childPath(parentRef?.path ?? null, id);
        const depth = parentRef ? parentRef.depth + 1 : 0;
        ids.set(unit.code, { id, path: pathValue, depth });
        rows.push({
          id,
          code: unit.code,
          name: unit.name.replace(/\s+/g, ' ').trim(),
          type: unitTypeOf(unit),
          designation: designationOf(unit),
          parentId: parentRef?.id ?? null,
          path: pathValue,
          depth,
          validFrom,
          validTo: era === 'old' ? lastOldDate : null,
          legalBasis: era === 'old' ? basis.old : unit.parent === null ? basis.newProvince : basis.newCommune,
        });
      }
      return ids;
    };
    const oldIds = place(oldUnits, 'old');
    const newIds = place(newUnits, 'new');
    let done = 1;
    progress(done, total, { vi: `Thêm ${rows.length} đơn vị`, en: `Inserting ${rows.length} units` });
    await insertUnitsInBatches(tx, rows, 1000, () =>
      progress(++done, total, { vi: `Thêm ${rows.length} đơn vị`, en: `Inserting ${rows.length} units` }),
    );

    const fromCount = countBy(successionLinks, (link) => link.from);
    const toCount = countBy(successionLinks, (link) => link.to);
    const successionRows = successionLinks.map((link): typeof unitSuccessions.$inferInsert => ({
      fromUnitId: oldIds.get(link.from)!.id,
      toUnitId: newIds.get(link.to)!.id,
      kind: (fromCount.get(link.from) ?? 0) > 1 ? 'split' : (toCount.get(link.to) ?? 0) > 1 ? 'merge' : 'continue',
      share: link.share ?? 'full',
      effectiveDate: reformDate,
      legalBasis: link.from.length === 2 ? basis.newProvince : basis.newCommune,
    }));
    const linking = { vi: `Nối ${successionRows.length} quan hệ kế thừa`, en: `Linking ${successionRows.length} successions` };
    for (let start = 0; start < successionRows.length; start += 1000) {
      progress(done, total, linking);
      await tx
        .insert(unitSuccessions)
        .values(successionRows.slice(start, start + 1000))
        .onConflictDoNothing();
      done++;
    }
    const report = { units: rows.length, successions: successionRows.length, skipped, provinces: [...provinceCodes] };
    audit.record({ action: 'unit.import_reference', entity: 'unit', after: { ...report, withHistory: options.withHistory } });
    return report;
  });
}

async function existingIds(tx: Queryable, codes: string[]) {
  const found = new Map<string, { id: string; path: string; depth: number }>();
  for (let start = 0; start < codes.length; start += 2000) {
    const rows = await tx
      .select({ id: units.id, code: units.code, validFrom: units.validFrom, path: units.path, depth: units.depth })
      .from(units)
      .where(inArray(units.code, codes.slice(start, start + 2000)));
    for (const row of rows) found.set(`${row.code}@${row.validFrom ?? ''}`, row);
  }
  return found;
}

function unitTypeOf(unit: RawUnit): UnitType {
  if (unit.parent === null) return 'province';
  if (unit.code.length === 3) return 'district';
  const designation = designationOf(unit);
  if (designation === 'Phường') return 'ward';
  if (designation === 'Đặc khu') return 'special_zone';
  return 'commune';
}

function designationOf(unit: RawUnit): string {
  if (unit.kind !== '?') return unit.kind;
  const known = ['Thị trấn', 'Phường', 'Xã', 'Đặc khu', 'Huyện', 'Quận', 'Thị xã', 'Thành phố', 'Tỉnh'];
  return known.find((prefix) => unit.name.toLowerCase().startsWith(prefix.toLowerCase())) ?? (unit.code.length === 3 ? 'Huyện' : 'Xã');
}

function countBy<T>(list: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
