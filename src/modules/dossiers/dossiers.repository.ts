import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { matchesText } from '../../platform/db/search.js';
import type { Db, Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { DossierError } from './dossiers.errors.js';
import type { DossierEventType, DossierStatus } from '../../contracts/dossiers.js';
import { dossierEvents, dossiers } from './dossiers.tables.js';

export type DossierRow = typeof dossiers.$inferSelect;

export async function getDossierRow(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<DossierRow> {
  const query = db.select().from(dossiers).where(eq(dossiers.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new DomainError(DossierError.DOSSIER_NOT_FOUND);
  return row;
}

export async function findDossierByCode(db: Queryable, code: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  return row;
}

export async function selectEvents(db: Queryable, dossierId: string) {
  return db.select().from(dossierEvents).where(eq(dossierEvents.caseId, dossierId)).orderBy(asc(dossierEvents.seq));
}

/** Search by code, applicant name (without diacritics), citizen ID or phone; newest first. */
export function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  if (/^[\d.+-]+$/.test(text)) {
    return or(eq(dossiers.code, text), eq(dossiers.applicantIdNumber, text), eq(dossiers.applicantPhone, text));
  }
  return or(eq(dossiers.code, text), matchesText(dossiers.applicantName, text));
}

export async function selectDossiers(db: Queryable, options: { where?: SQL | undefined; orderBy?: SQL[]; limit: number; offset: number }) {
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(dossiers)
      .where(options.where)
      .orderBy(...(options.orderBy ?? [desc(dossiers.submittedAt)]), asc(dossiers.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ value: count() }).from(dossiers).where(and(options.where)),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** What the public tracking page shows of a dossier, and what unlocks it (phone, secret): one query, its events included. */
export type TrackingView = {
  id: string;
  code: string | null;
  procedureName: string;
  status: DossierStatus;
  nationalStatus: number;
  receivedAt: string | null;
  dueAt: string | null;
  applicantPhone: string;
  trackingSecret: string;
  events: { type: DossierEventType; at: string }[];
};

const trackingColumns = {
  id: dossiers.id,
  code: dossiers.code,
  procedureName: dossiers.procedureName,
  status: dossiers.status,
  nationalStatus: dossiers.nationalStatus,
  receivedAt: dossiers.receivedAt,
  dueAt: dossiers.dueAt,
  applicantPhone: dossiers.applicantPhone,
  trackingSecret: dossiers.trackingSecret,
  // Qualified by hand: in a select list drizzle names the outer column without its table.
  events: sql<TrackingView['events'] | string>`coalesce((
    select json_agg(json_build_object('type', e.type, 'at', e.at) order by e.seq) from ${dossierEvents} e where e.dossier_id = "dossiers"."id"
  ), '[]'::json)`,
};
const toTrackingView = <Row extends { events: TrackingView['events'] | string }>(row: Row) => ({
  ...row,
  events: typeof row.events === 'string' ? (JSON.parse(row.events) as TrackingView['events']) : row.events,
});

export async function findTrackingView(db: Queryable, by: { code: string } | { secret: string }): Promise<TrackingView | undefined> {
  const [row] = await db
    .select(trackingColumns)
    .from(dossiers)
    .where('code' in by ? eq(dossiers.code, by.code) : eq(dossiers.trackingSecret, by.secret));
  return row ? toTrackingView(row) : undefined;
}

/**
 * The public tracking page's lookups, each one statement prepared once: a dossier by its code or
 * by its tracking secret, with its events and a column another module adds over the dossier's id
 * (the transactions rated already).
 */
export function prepareTrackingLookups<Extra>(db: Db, extra: (dossierId: SQL) => SQL<Extra>) {
  const columns = { ...trackingColumns, extra: extra(sql`"dossiers"."id"`) };
  const prepare = (name: string, where: SQL) => db.select(columns).from(dossiers).where(where).limit(1).prepare(name);
  const byCode = prepare('motcua_tracking_by_code', eq(dossiers.code, sql.placeholder('key')));
  const bySecret = prepare('motcua_tracking_by_secret', eq(dossiers.trackingSecret, sql.placeholder('key')));
  const run = async (statement: typeof byCode, key: string): Promise<(TrackingView & { extra: Extra }) | undefined> => {
    const [row] = await statement.execute({ key });
    return row ? toTrackingView(row) : undefined;
  };
  return { byCode: (code: string) => run(byCode, code), bySecret: (secret: string) => run(bySecret, secret) };
}

export async function findDossierBySecret(db: Queryable, secret: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.trackingSecret, secret));
  return row;
}
