/**
 * The national tables of administrative units shipped in reference/units (before and after
 * 1 July 2025, with the succession links), read once per process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReferenceProvince } from '../../contracts/org.js';
import type { Queryable } from '../../platform/db/types.js';
import { units } from './org.tables.js';
import { projectRoot } from '../../platform/project-root.js';

export const referenceDir = path.join(projectRoot, 'reference/units');

export type RawUnit = { code: string; name: string; kind: string; parent: string | null };
export type RawSuccession = { from: string; to: string; share?: 'full' | 'partial' };
type ReferenceUnits = { current: RawUnit[]; old: RawUnit[]; links: RawSuccession[] };

let cached: ReferenceUnits | undefined;

export function readReferenceUnits(): ReferenceUnits {
  const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(referenceDir, file), 'utf8')) as T;
  cached ??= {
    current: read<{ units: RawUnit[] }>('units-from-2025-07-01.json').units,
    old: read<{ units: RawUnit[] }>('units-until-2025-06-30.json').units,
    links: read<{ successions: RawSuccession[] }>('successions-2025-07-01.json').successions,
  };
  return cached;
}

const collator = new Intl.Collator('vi');

/** The 34 provinces since 1 July 2025, in Vietnamese order, with their commune-level units and whether this deployment has them. */
export async function listReferenceProvinces(db: Queryable): Promise<ReferenceProvince[]> {
  const { current, links } = readReferenceUnits();
  const provinces = current.filter((unit) => unit.parent === null);
  const loaded = new Set(
    (
      await db
        .select({ code: units.code })
        .from(units)
        .where(
          and(
            inArray(
              units.code,
              provinces.map((p) => p.code),
            ),
            eq(units.type, 'province'),
            sql`${units.validFrom} = '2025-07-01'`,
          ),
        )
    ).map((row) => row.code),
  );
  return provinces
    .map((province) => ({
      code: province.code,
      name: province.name.replace(/\s+/g, ' ').trim(),
      communes: current.filter((unit) => unit.parent === province.code).length,
      formerProvinces: links.filter((link) => link.from.length === 2 && link.to === province.code).length,
      isLoaded: loaded.has(province.code),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Whether the reference tables know this province (by its code since 1 July 2025). */
export function isReferenceProvince(code: string): boolean {
  return readReferenceUnits().current.some((unit) => unit.parent === null && unit.code === code);
}
