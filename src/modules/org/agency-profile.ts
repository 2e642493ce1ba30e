import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { OrgError } from './org.errors.js';
import { units, unitSuccessions } from './org.tables.js';
import { getUnitRow, type UnitRow } from './units.repository.js';

/**
 * The agency that acts for a unit, as its documents name it (legal-rules §8.3 keeps the agency apart
 * from the territory): "Ủy ban nhân dân xã Bắc Mê", headed in capitals as "UBND XÃ BẮC MÊ" under
 * "UBND TỈNH TUYÊN QUANG", dating its papers "Bắc Mê, ngày …", signed by its "Chủ tịch", and
 * numbering its dossiers with its identifier. What an administrator set wins; the rest is derived.
 */
export type AgencyProfile = {
  unitId: string;
  /** The full name: "Ủy ban nhân dân xã Bắc Mê", "Trung tâm Phục vụ hành chính công xã Bắc Mê", "Sở Tư pháp tỉnh Tuyên Quang". */
  agencyName: string;
  /** The name in a document's heading: "UBND XÃ BẮC MÊ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ BẮC MÊ". */
  heading: string;
  /** The heading of the body above it, printed on the line above ("UBND TỈNH TUYÊN QUANG"); none for a province. */
  superiorHeading: string | null;
  /** The place name of its date lines: "Bắc Mê, ngày … tháng … năm …". */
  placeName: string;
  /** Its head's title on signature lines: "Chủ tịch", "Giám đốc". */
  headTitle: string;
  /** Its identifier for document exchange (QCVN 102:2016), when set. */
  identifier: string | null;
  /** What its dossier codes begin with: the identifier, else the unit's code. */
  codePrefix: string;
  /**
   * For the People's Committee of a territory, the territory as its documents head it under
   * "ỦY BAN NHÂN DÂN" ("XÃ BẮC MÊ"); it signs collectively ("TM."). Null for another agency.
   */
  committeeOf: string | null;
};

const territories = new Set(['province', 'district', 'commune', 'ward', 'special_zone']);
const designations = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/i;
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

function profileOf(unit: UnitRow, parent: UnitRow | undefined, territory: UnitRow | undefined): AgencyProfile {
  const isTerritory = territories.has(unit.type);
  const agencyName = unit.agencyName ?? (isTerritory ? `Ủy ban nhân dân ${lowerFirst(unit.name)}` : unit.name);
  const heading = isTerritory && !unit.agencyName ? `UBND ${unit.name}`.toLocaleUpperCase('vi') : agencyName.toLocaleUpperCase('vi');
  const place = unit.placeName ?? territory?.placeName ?? (territory ?? unit).name.replace(designations, '');
  return {
    unitId: unit.id,
    agencyName,
    heading,
    superiorHeading: parent ? headingOf(parent) : null,
    placeName: place,
    headTitle: unit.headTitle ?? (isTerritory ? 'Chủ tịch' : 'Giám đốc'),
    identifier: unit.agencyIdentifier,
    codePrefix: unit.agencyIdentifier ?? unit.code,
    committeeOf: isTerritory && /^ủy ban nhân dân /iu.test(agencyName) ? unit.name.toLocaleUpperCase('vi') : null,
  };
}

function headingOf(unit: UnitRow): string {
  if (unit.agencyName) return unit.agencyName.toLocaleUpperCase('vi');
  return (territories.has(unit.type) ? `UBND ${unit.name}` : unit.name).toLocaleUpperCase('vi');
}

/** The agency profile of a unit: one query for the unit and its ancestors. */
export async function getAgencyProfile(db: Queryable, unitId: string): Promise<AgencyProfile> {
  const unit = await getUnitRow(db, unitId);
  const ancestorIds = unit.path.split('/').filter((id) => id && id !== unit.id);
  const ancestors = ancestorIds.length > 0 ? await db.select().from(units).where(inArray(units.id, ancestorIds)) : [];
  const byId = new Map(ancestors.map((row) => [row.id, row]));
  const chain = ancestorIds.map((id) => byId.get(id)).filter((row): row is UnitRow => row !== undefined);
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  const territory = territories.has(unit.type) ? unit : chain.filter((row) => territories.has(row.type)).at(-1);
  return profileOf(unit, parent, territory);
}

/** The unit's one-stop department: its public-service centre when it has one in operation, else the unit itself. */
export async function findOneStopDepartment(db: Queryable, unitId: string, date: string): Promise<string> {
  const [centre] = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.parentId, unitId),
        eq(units.type, 'service_centre'),
        sql`(${units.validFrom} is null or ${units.validFrom} <= ${date})`,
        sql`(${units.validTo} is null or ${units.validTo} >= ${date})`,
      ),
    )
    .orderBy(asc(units.code))
    .limit(1);
  return centre?.id ?? unitId;
}

/**
 * Refuses a unit that is not in operation on `date` (retired by a reform, or not yet created):
 * it receives nothing. The message names its successor when it has one.
 */
export async function requireUnitInOperation(db: Queryable, unit: UnitRow, date: string): Promise<void> {
  const isRetired = unit.validTo !== null && unit.validTo < date;
  const isFuture = unit.validFrom !== null && unit.validFrom > date;
  if (!isRetired && !isFuture) return;
  const [successor] = await db
    .select({ name: units.name })
    .from(unitSuccessions)
    .innerJoin(units, eq(units.id, unitSuccessions.toUnitId))
    .where(eq(unitSuccessions.fromUnitId, unit.id))
    .limit(1);
  throw new DomainError(OrgError.UNIT_RETIRED, {
    name: unit.name,
    validTo: unit.validTo ?? unit.validFrom ?? '',
    successorVi: successor ? `, nay là ${successor.name}` : '',
    successorEn: successor ? `, now ${successor.name}` : '',
  });
}
