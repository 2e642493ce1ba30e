import { and, asc, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import { matchesAnyText, textMatchOrder } from '../../platform/db/search.js';
import { vietnameseSortKey } from '../../platform/db/collation.js';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { CatalogError } from './catalog.errors.js';
import type { ProcedureInput } from '../../contracts/catalog.js';
import { procedures, procedureVersions } from './catalog.tables.js';

export type ProcedureVersion = {
  procedureId: string;
  code: string;
  latestVersion: number;
  version: number;
  effectiveFrom: string;
  data: ProcedureInput;
  changeNote: string | null;
  createdAt: string;
};

export type ProcedureFilter = {
  q?: string | undefined;
  fieldName?: string | undefined;
  level?: string | undefined;
  onlineLevel?: string | undefined;
  /** Offered online, fully or partly. */
  isOnline?: boolean | undefined;
  isPublished?: boolean | undefined;
};

/**
 * One version per procedure: the newest (`latest`, what officers edit) or the one in force on
 * a date (`inForce`, what the portal shows and a dossier follows), filtered and paginated.
 * A search lists the best matches first — the code, the name itself (its leading "Thủ tục"
 * aside), then names holding the words as a phrase, the shorter name first — so that "khai sinh"
 * or "dang ky khai sinh" finds "Thủ tục đăng ký khai sinh" at the top (the portal's list and the
 * officer app's intake picker alike); with no search, by field then name, in Vietnamese order.
 */
export async function selectProcedures(
  db: Queryable,
  options: { mode: 'latest' | 'inForce'; date: string; filter: ProcedureFilter; limit: number; offset: number },
): Promise<{ items: ProcedureVersion[]; total: number }> {
  const { filter } = options;
  const v = procedureVersions;
  const inForce = options.mode === 'inForce' ? sql`where ${v.effectiveFrom} <= ${options.date}` : sql``;
  const order = options.mode === 'inForce' ? sql`${v.effectiveFrom} desc, ${v.version} desc` : sql`${v.version} desc`;
  const conditions: (SQL | undefined)[] = [
    matchesAnyText([sql`chosen.name`, sql`p.code`], filter.q),
    filter.fieldName ? sql`chosen.field_name = ${filter.fieldName}` : undefined,
    filter.level ? sql`${filter.level} = any(chosen.levels)` : undefined,
    filter.onlineLevel ? sql`chosen.online_level = ${filter.onlineLevel}` : undefined,
    filter.isOnline === undefined ? undefined : filter.isOnline ? sql`chosen.online_level <> 'none'` : sql`chosen.online_level = 'none'`,
    filter.isPublished === undefined ? undefined : sql`chosen.is_published = ${filter.isPublished}`,
  ];
  const where = and(...conditions);
  const name = sql`chosen.name`;
  const alphabetical = sql`${vietnameseSortKey(sql`chosen.field_name`)}, ${vietnameseSortKey(name)}, chosen.name, p.code`;
  const listOrder = filter.q?.trim()
    ? sql`p.code = ${filter.q.trim()} desc, ${textMatchOrder(name, filter.q, { ignoredPrefix: 'thu tuc' })}, ${vietnameseSortKey(name)}, chosen.name, p.code`
    : alphabetical;
  const result = await db.execute(sql`
    with chosen as (
      select distinct on (${v.procedureId}) ${v.procedureId} as procedure_id, ${v.version} as version,
        ${v.effectiveFrom} as effective_from, ${v.data} as data, ${v.name} as name, ${v.fieldName} as field_name,
        ${v.levels} as levels, ${v.onlineLevel} as online_level, ${v.isPublished} as is_published,
        ${v.changeNote} as change_note, ${v.createdAt} as created_at
      from ${v} ${inForce}
      order by ${v.procedureId}, ${order}
    )
    select p.code, p.latest_version, chosen.*, count(*) over () as total
    from chosen join ${procedures} p on p.id = chosen.procedure_id
    ${where ? sql`where ${where}` : sql``}
    order by ${listOrder}
    limit ${options.limit} offset ${options.offset}`);
  const rows = rowsOf<Record<string, unknown>>(result);
  return { items: rows.map(toVersion), total: Number(rows[0]?.total ?? 0) };
}

function toVersion(row: Record<string, unknown>): ProcedureVersion {
  return {
    procedureId: String(row.procedure_id),
    code: String(row.code),
    latestVersion: Number(row.latest_version),
    version: Number(row.version),
    effectiveFrom: dateText(row.effective_from),
    data: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as ProcedureInput,
    changeNote: (row.change_note as string | null) ?? null,
    createdAt: new Date(row.created_at as string).toISOString(),
  };
}

function dateText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

export async function getProcedureRow(db: Queryable, code: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(procedures).where(eq(procedures.code, code));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new DomainError(CatalogError.PROCEDURE_NOT_FOUND, { code });
  return row;
}

/** The latest version of a procedure, or undefined when there is no procedure with that code. */
export async function findLatestVersion(db: Queryable, code: string): Promise<ProcedureVersion | undefined> {
  const [row] = await db
    .select({ procedure: procedures, version: procedureVersions })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(eq(procedureVersions.procedureId, procedures.id), eq(procedureVersions.version, procedures.latestVersion)),
    )
    .where(eq(procedures.code, code));
  return row ? versionOf(row.procedure, row.version) : undefined;
}

export async function getVersion(db: Queryable, code: string, version?: number): Promise<ProcedureVersion> {
  const procedure = await getProcedureRow(db, code);
  const [row] = await db
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedure.id), eq(procedureVersions.version, version ?? procedure.latestVersion)));
  if (!row) throw new DomainError(CatalogError.PROCEDURE_VERSION_NOT_FOUND);
  return versionOf(procedure, row);
}

function versionOf(procedure: typeof procedures.$inferSelect, row: typeof procedureVersions.$inferSelect): ProcedureVersion {
  return {
    procedureId: procedure.id,
    code: procedure.code,
    latestVersion: procedure.latestVersion,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    data: row.data,
    changeNote: row.changeNote,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The version a dossier received on `date` (YYYY-MM-DD) follows, in one query. */
export async function findVersionInForce(db: Queryable, code: string, date: string): Promise<ProcedureVersion | undefined> {
  const [row] = await db
    .select({ procedure: procedures, version: procedureVersions })
    .from(procedureVersions)
    .innerJoin(procedures, eq(procedures.id, procedureVersions.procedureId))
    .where(and(eq(procedures.code, code), lte(procedureVersions.effectiveFrom, date)))
    .orderBy(desc(procedureVersions.effectiveFrom), desc(procedureVersions.version))
    .limit(1);
  return row ? versionOf(row.procedure, row.version) : undefined;
}

export async function selectVersionHistory(db: Queryable, procedureId: string) {
  return db
    .select({
      version: procedureVersions.version,
      effectiveFrom: procedureVersions.effectiveFrom,
      name: procedureVersions.name,
      isPublished: procedureVersions.isPublished,
      changeNote: procedureVersions.changeNote,
      createdBy: procedureVersions.createdBy,
      createdAt: procedureVersions.createdAt,
    })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId))
    .orderBy(asc(procedureVersions.version));
}

/** The rules without empty optional fields, so that the same rules always store (and compare) the same. */
export function compactProcedure(procedure: ProcedureInput): ProcedureInput {
  return JSON.parse(JSON.stringify(procedure, (_key, value: unknown) => (value === null ? undefined : value))) as ProcedureInput;
}

/** The columns of a version row, from the procedure's rules. */
export function versionColumns(procedure: ProcedureInput) {
  const data = compactProcedure(procedure);
  return {
    data,
    name: data.name,
    sectorName: data.sectorName,
    fieldName: data.fieldName,
    levels: data.levels,
    onlineLevel: data.onlineLevel,
    processingUnit: data.processingTime.unit,
    processingValue: data.processingTime.value,
    isPublished: data.isPublished,
    isSample: data.isSample,
  };
}
