import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { aliasedTable, and, asc, count, eq, gte, inArray, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { OrgError } from './org.errors.js';
import type { Unit } from '../../contracts/org.js';
import { units, unitSuccessions } from './org.tables.js';

export type UnitRow = typeof units.$inferSelect;

const parent = aliasedTable(units, 'parent');

const unitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  type: units.type,
  designation: units.designation,
  parentId: units.parentId,
  parentName: parent.name,
  depth: units.depth,
  validFrom: units.validFrom,
  validTo: units.validTo,
  legalBasis: units.legalBasis,
  address: units.address,
  agencyName: units.agencyName,
  agencyIdentifier: units.agencyIdentifier,
  placeName: units.placeName,
  headTitle: units.headTitle,
  // A retired unit shows the name of the unit that took it over: "old name (now: new name)".
  successorName: sql<string | null>`(select n.name from ${unitSuccessions} s join ${units} n on n.id = s.to_unit_id
    where s.from_unit_id = ${units.id} and ${units.validTo} is not null order by s.effective_date desc, n.name limit 1)`,
  version: units.version,
  childCount: sql<number>`(select count(*)::int from ${units} c where c.parent_id = ${units.id})`.mapWith(Number),
};

export async function selectUnits(
  db: Queryable,
  options: { where?: SQL | undefined; limit: number; offset: number },
): Promise<{ items: Unit[]; total: number }> {
  const [items, [total]] = await Promise.all([
    db
      .select(unitColumns)
      .from(units)
      .leftJoin(parent, eq(parent.id, units.parentId))
      .where(options.where)
      .orderBy(asc(units.depth), asc(units.code), asc(units.validFrom))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ value: count() }).from(units).where(options.where),
  ]);
  return { items, total: total?.value ?? 0 };
}

export async function findUnit(db: Queryable, id: string): Promise<Unit | undefined> {
  const [row] = await db.select(unitColumns).from(units).leftJoin(parent, eq(parent.id, units.parentId)).where(eq(units.id, id));
  return row;
}

export async function getUnit(db: Queryable, id: string): Promise<Unit> {
  const unit = await findUnit(db, id);
  if (!unit) throw new DomainError(OrgError.UNIT_NOT_FOUND);
  return unit;
}

export async function getUnitRow(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<UnitRow> {
  const query = db.select().from(units).where(eq(units.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new DomainError(OrgError.UNIT_NOT_FOUND);
  return row;
}

/** The unit with this code valid on `date` (YYYY-MM-DD); without a date, the one valid today or last. */
export async function findUnitByCode(db: Queryable, code: string, date?: string): Promise<UnitRow | undefined> {
  const on = date ?? todayInVietnam();
  const [row] = await db
    .select()
    .from(units)
    .where(
      and(
        eq(units.code, code),
        or(isNull(units.validFrom), sql`${units.validFrom} <= ${on}`),
        or(isNull(units.validTo), sql`${units.validTo} >= ${on}`),
      ),
    )
    .orderBy(sql`${units.validFrom} desc nulls last`)
    .limit(1);
  return row;
}

/** The `codeKey`s already stored among these codes: one query for a whole file. */
export async function selectTakenCodeKeys(db: Queryable, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: units.code, validFrom: units.validFrom })
    .from(units)
    .where(inArray(units.code, [...new Set(codes)]));
  return new Set(rows.map((row) => codeKey(row.code, row.validFrom)));
}

/** As the unique index sees a code: no start date counts as 0001-01-01. */
export const codeKey = (code: string, validFrom: string | null): string => `${code}@${validFrom ?? '0001-01-01'}`;

export async function isCodeTaken(db: Queryable, code: string, validFrom: string | null, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.code, code),
        sql`coalesce(${units.validFrom}, '0001-01-01'::date) = coalesce(${validFrom}::date, '0001-01-01'::date)`,
        exceptId ? sql`${units.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function selectSuccessions(db: Queryable, unitId: string) {
  const other = aliasedTable(units, 'other');
  const base = {
    kind: unitSuccessions.kind,
    share: unitSuccessions.share,
    effectiveDate: unitSuccessions.effectiveDate,
    unitId: other.id,
    code: other.code,
    name: other.name,
  };
  const [predecessors, successors] = await Promise.all([
    db
      .select(base)
      .from(unitSuccessions)
      .innerJoin(other, eq(other.id, unitSuccessions.fromUnitId))
      .where(eq(unitSuccessions.toUnitId, unitId))
      .orderBy(asc(other.code)),
    db
      .select(base)
      .from(unitSuccessions)
      .innerJoin(other, eq(other.id, unitSuccessions.toUnitId))
      .where(eq(unitSuccessions.fromUnitId, unitId))
      .orderBy(asc(other.code)),
  ]);
  return { predecessors, successors };
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** The ids of a unit and every unit under it (for figures over a commune, a province, or its centre). */
/** A subquery of the ids of a unit and every unit under it, for a WHERE `… in (…)`. */
/** The unit and the units above it (a query of ids): where a grant held above a unit reaches it. */
export function ancestorUnitIds(unitId: string): SQL {
  return sql`select a.id from ${units} a, ${units} u where u.id = ${unitId} and u.path like a.path || '%'`;
}

/**
 * The unit and the units it continues or that continue it across a reorganisation (the 2025
 * mergers: an old commune and its successor), as a query of ids.
 */
export function lineageUnitIds(unitId: string): SQL {
  return sql`select ${unitId}::uuid as id
    union select ${unitSuccessions.fromUnitId} from ${unitSuccessions} where ${unitSuccessions.toUnitId} = ${unitId}
    union select ${unitSuccessions.toUnitId} from ${unitSuccessions} where ${unitSuccessions.fromUnitId} = ${unitId}`;
}

/** The units under any of the roots (a query of ids) and the roots themselves, as a query of ids. */
export function subtreesOf(roots: SQL): SQL {
  return sql`select u.id from ${units} u, ${units} r where r.id in (${roots}) and u.path like r.path || '%'`;
}

/** The names of units by id, in one query. */
export async function findUnitNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export function subtreeUnitIds(unitId: string): SQL {
  return sql`select u.id from ${units} u, ${units} r where r.id = ${unitId} and u.path like r.path || '%'`;
}

/**
 * What a figure counts over: a unit with the units under it, or (`units`) an explicit query of unit
 * ids such as `lineageScopeUnitIds`; and a period of Vietnam days.
 */
export type FigureScope = { unitId: string; from: string; to: string; units?: SQL };

export const scopeUnitIds = (scope: FigureScope): SQL => scope.units ?? subtreeUnitIds(scope.unitId);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Unit ids already read from the database, as a list for `in (…)`: written out as literals (each
 * checked to be a UUID) so the planner uses the unit indexes, instead of a subquery repeated in
 * every count. None gives a query of no rows.
 */
export function unitIdList(ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`select null::uuid where false`;
  for (const id of ids) if (!uuidPattern.test(id)) throw new Error('not a unit id');
  return sql.raw(ids.map((id) => `'${id}'::uuid`).join(', '));
}

/**
 * A unit's subtree re-aggregated through the reorganisations: the units under it, and the units
 * that continue any of them or that they continue (with the units under those). A former district
 * is counted with its old communes' successors; a commune formed in 2025 with the communes it
 * replaced — records kept before and after a merger count for both sides of it.
 */
export function lineageScopeUnitIds(unitId: string): SQL {
  const own = subtreeUnitIds(unitId);
  const linked = sql`select ${unitSuccessions.toUnitId} from ${unitSuccessions} where ${unitSuccessions.fromUnitId} in (${own})
    union select ${unitSuccessions.fromUnitId} from ${unitSuccessions} where ${unitSuccessions.toUnitId} in (${own})`;
  return sql`${own} union ${subtreesOf(linked)}`;
}

export async function selectSubtreeUnitIds(db: Queryable, unitId: string): Promise<string[]> {
  const root = await getUnitRow(db, unitId);
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(like(units.path, `${root.path}%`));
  return rows.map((row) => row.id);
}

/** The administrative level a unit works at: its own type or that of its nearest administrative ancestor. */
export async function administrativeLevelOf(db: Queryable, unitId: string): Promise<'province' | 'district' | 'commune'> {
  const root = await getUnitRow(db, unitId);
  const ids = root.path.split('/').filter(Boolean);
  const rows = await db.select({ id: units.id, type: units.type }).from(units).where(inArray(units.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row.type]));
  for (const id of ids.reverse()) {
    const type = byId.get(id);
    if (type === 'province' || type === 'district') return type;
    if (type === 'commune' || type === 'ward' || type === 'special_zone') return 'commune';
  }
  return 'commune';
}

/** The units of a type next to a unit: its direct children and its ancestors (`ancestorIds`), with their depth. */
/** Units of a type among a unit's children and ancestors, in operation on `date`. */
export async function selectNearbyUnitsOfType(
  db: Queryable,
  input: { type: string; unitId: string; ancestorIds: readonly string[]; date: string },
) {
  const nearby =
    input.ancestorIds.length > 0
      ? or(eq(units.parentId, input.unitId), inArray(units.id, [...input.ancestorIds]))
      : eq(units.parentId, input.unitId);
  return db
    .select({ id: units.id, type: units.type, parentId: units.parentId, depth: units.depth })
    .from(units)
    .where(
      and(
        eq(units.type, input.type as UnitRow['type']),
        nearby,
        or(isNull(units.validTo), sql`${units.validTo} >= ${input.date}`),
        or(isNull(units.validFrom), sql`${units.validFrom} <= ${input.date}`),
      ),
    );
}

/** The communes, wards and special zones in force on `date` (under a unit's path when given), with the unit above them (the province). */
export async function selectCurrentCommunes(
  db: Queryable,
  input: { date: string; underPath?: string | undefined; limit: number },
): Promise<{ id: string; name: string; parentId: string | null; parentName: string | null }[]> {
  return db
    .select({ id: units.id, name: units.name, parentId: units.parentId, parentName: parent.name })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(
      and(
        inArray(units.type, ['commune', 'ward', 'special_zone']),
        or(isNull(units.validTo), sql`${units.validTo} >= ${input.date}`),
        or(isNull(units.validFrom), sql`${units.validFrom} <= ${input.date}`),
        input.underPath ? like(units.path, `${input.underPath}%`) : undefined,
      ),
    )
    .orderBy(asc(units.name))
    .limit(input.limit);
}

/** Refuses an agency identifier another unit already holds (from the same date). */
export async function requireFreeAgencyIdentifier(
  db: Queryable,
  identifier: string | null,
  validFrom: string | null,
  exceptId?: string,
): Promise<void> {
  if (!identifier) return;
  const [taken] = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.agencyIdentifier, identifier),
        sql`coalesce(${units.validFrom}, '0001-01-01'::date) = coalesce(${validFrom}::date, '0001-01-01'::date)`,
        exceptId ? sql`${units.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  if (taken) {
    throw new DomainError(OrgError.AGENCY_IDENTIFIER_TAKEN, { identifier }, [
      {
        field: 'agencyIdentifier',
        code: 'taken',
        message: { vi: 'Mã định danh đã thuộc đơn vị khác.', en: 'Identifier held by another unit.' },
      },
    ]);
  }
}

/** The administrative units directly under a unit that were in operation during the period, by name. */
export async function childUnits(
  db: Queryable,
  parentId: string,
  period: { from: string; to: string },
): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(
        eq(units.parentId, parentId),
        inArray(units.type, ['province', 'district', 'commune', 'ward', 'special_zone']),
        or(isNull(units.validFrom), lte(units.validFrom, period.to)),
        or(isNull(units.validTo), gte(units.validTo, period.from)),
      ),
    )
    .orderBy(asc(units.name), asc(units.id));
}

/** The children of a unit of one type in operation on a day (a commune's villages), by name. */
export async function selectChildUnitIdsOfType(db: Queryable, parentId: string, type: string, on: string): Promise<string[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.parentId, parentId),
        eq(units.type, type as typeof units.$inferSelect.type),
        or(isNull(units.validFrom), lte(units.validFrom, on)),
        or(isNull(units.validTo), gte(units.validTo, on)),
      ),
    )
    .orderBy(asc(units.name), asc(units.id));
  return rows.map((row) => row.id);
}

/**
 * The names of the units that continue a unit out of operation: its successors, or for a unit with
 * none of its own (a district abolished on 1/7/2025) its units' successors. Empty for a unit in operation.
 */
export async function findSuccessorNames(db: Queryable, unitId: string): Promise<string[]> {
  const rows = rowsOf<{ name: string; direct: boolean }>(
    await db.execute(sql`select distinct u.name, s.from_unit_id = ${unitId} as direct
      from ${unitSuccessions} s join ${units} u on u.id = s.to_unit_id
      where s.from_unit_id in (${subtreeUnitIds(unitId)}) and u.id not in (${subtreeUnitIds(unitId)})
      order by u.name`),
  );
  const direct = rows.filter((row) => row.direct);
  return [...new Set((direct.length > 0 ? direct : rows).map((row) => row.name))];
}

/** Name and last day in operation of units by id, in one query. */
export async function findUnitSpans(db: Queryable, ids: readonly string[]): Promise<Map<string, { name: string; validTo: string | null }>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: units.id, name: units.name, validTo: units.validTo }).from(units).where(inArray(units.id, wanted));
  return new Map(rows.map((row) => [row.id, { name: row.name, validTo: row.validTo }]));
}
