import { and, asc, count, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { BookingInput } from '../../../contracts/reception.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { findCivilDate, vietnamInstant } from '../../../platform/time/vietnam-time.js';
import { findUnitNames, subtreeUnitIds } from '../../org/index.js';
import { selectCommitments, unitCommitments } from '../dialogues.repository.js';
import { ReceptionError } from '../reception.errors.js';
import { receptionBookings, receptionSessions } from '../reception.tables.js';

/** The most citizens one session takes bookings from. */
export const BOOKINGS_PER_SESSION = 60;

export type PublishedSession = {
  id: string;
  unitId: string;
  unitName: string;
  hostName: string;
  hostRole: string;
  kind: string;
  form: string;
  place: string;
  date: string;
  startsAt: string;
  endsAt: string;
  status: 'planned' | 'held';
  bookable: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isDate = (value: string) => findCivilDate(value) !== undefined;
const booked = sql<number>`(select count(*)::int from ${receptionBookings} b where b.session_id = "reception_sessions"."id")`;

/** Whether a citizen can still book: planned, not yet begun, not full. */
const isBookable = (row: typeof receptionSessions.$inferSelect, bookings: number, now: Date) =>
  row.status === 'planned' && vietnamInstant(row.date, row.startsAt) > now.getTime() && bookings < BOOKINGS_PER_SESSION;

/**
 * The published sessions of a unit and the units under it (or of every unit) between two dates,
 * for the portal's calendar; a malformed unit or date finds nothing.
 */
export async function listPublishedSessions(
  db: Queryable,
  query: { unitId?: string | undefined; from: string; to: string },
  now: Date = new Date(),
): Promise<PublishedSession[]> {
  if ((query.unitId !== undefined && !UUID.test(query.unitId)) || !isDate(query.from) || !isDate(query.to)) return [];
  return selectPublished(
    db,
    and(
      gte(receptionSessions.date, query.from),
      lte(receptionSessions.date, query.to),
      query.unitId ? sql`${receptionSessions.unitId} in (${subtreeUnitIds(query.unitId)})` : undefined,
    ),
    now,
  );
}

/** One published session by its id (planned or held), or undefined. */
export async function findPublishedSession(db: Queryable, id: string, now: Date = new Date()): Promise<PublishedSession | undefined> {
  if (!UUID.test(id)) return undefined;
  const [found] = await selectPublished(db, eq(receptionSessions.id, id), now);
  return found;
}

async function selectPublished(db: Queryable, where: SQL | undefined, now: Date): Promise<PublishedSession[]> {
  const rows = await db
    .select({ row: receptionSessions, booked })
    .from(receptionSessions)
    .where(and(eq(receptionSessions.published, true), inArray(receptionSessions.status, ['planned', 'held']), where))
    .orderBy(asc(receptionSessions.date), asc(receptionSessions.startsAt))
    .limit(500);
  const names = await findUnitNames(
    db,
    rows.map(({ row }) => row.unitId),
  );
  return rows.map(({ row, booked: bookings }) => ({
    id: row.id,
    unitId: row.unitId,
    unitName: names.get(row.unitId) ?? '',
    hostName: row.hostName,
    hostRole: row.hostRole,
    kind: row.kind,
    form: row.form,
    place: row.place,
    date: row.date,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status as 'planned' | 'held',
    bookable: isBookable(row, Number(bookings), now),
  }));
}

export type BoardItem = {
  publicText: string;
  ownerUnitName: string;
  dueOn: string;
  status: string;
  isOverdue: boolean;
  progressPct: number;
  evidence: { at: string; text: string }[];
  reopenedCount: number;
};

/** A unit's public commitment board: what was promised, by which unit, by when, how far, with the evidence — no person. */
export async function publicCommitmentBoard(
  db: Queryable,
  query: { unitId: string; page: number; pageSize: number },
  now: Date = new Date(),
): Promise<{ items: BoardItem[]; total: number; page: number; pageSize: number }> {
  if (!UUID.test(query.unitId)) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const page = await selectCommitments(db, unitCommitments(query.unitId), { page: query.page, pageSize: query.pageSize }, { now });
  return {
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    items: page.items.map((item) => ({
      publicText: item.publicText,
      ownerUnitName: item.ownerUnitName,
      dueOn: item.dueOn,
      status: item.status,
      isOverdue: item.isOverdue,
      progressPct: item.progressPct,
      // Only what the officer wrote for the public; the evidence itself stays with the officers.
      evidence: item.evidence.flatMap((entry) => (entry.publicText ? [{ at: entry.at, text: entry.publicText }] : [])),
      reopenedCount: item.reopenedCount,
    })),
  };
}

/**
 * A citizen books a published session still ahead, with the matter stated: the next queue number
 * of the session; the same person booking again gets the number already given.
 */
export async function bookSession(
  db: Db,
  context: CommandContext,
  input: BookingInput,
  now: Date = new Date(),
): Promise<{ queueNo: number; date: string; startsAt: string; place: string }> {
  if (!UUID.test(input.sessionId)) throw new DomainError(ReceptionError.SESSION_NOT_FOUND);
  const [session] = await db.select().from(receptionSessions).where(eq(receptionSessions.id, input.sessionId));
  const refuse = (vi: string, en: string) => new DomainError(ReceptionError.SESSION_NOT_BOOKABLE, { why: { vi, en } });
  if (!session || !session.published) throw new DomainError(ReceptionError.SESSION_NOT_FOUND);
  if (session.status !== 'planned' || vietnamInstant(session.date, session.startsAt) <= now.getTime()) {
    throw refuse('Buổi tiếp đã bắt đầu, đã diễn ra hoặc đã hủy.', 'The session has begun, is over or was cancelled.');
  }
  const queueNo = await runCommand(db, context, async (tx, audit) => {
    // One booking at a time per session: the queue numbers follow one another.
    await tx.select({ id: receptionSessions.id }).from(receptionSessions).where(eq(receptionSessions.id, session.id)).for('update');
    const [existing] = await tx
      .select({ queueNo: receptionBookings.queueNo })
      .from(receptionBookings)
      .where(and(eq(receptionBookings.sessionId, session.id), eq(receptionBookings.idNumber, input.idNumber)));
    if (existing) return existing.queueNo;
    const [taken] = await tx.select({ n: count() }).from(receptionBookings).where(eq(receptionBookings.sessionId, session.id));
    if ((taken?.n ?? 0) >= BOOKINGS_PER_SESSION) throw refuse('Buổi tiếp đã đủ số người đăng ký.', 'The session is fully booked.');
    const next = (taken?.n ?? 0) + 1;
    await tx.insert(receptionBookings).values({
      sessionId: session.id,
      queueNo: next,
      fullName: input.fullName,
      idNumber: input.idNumber,
      phone: input.phone ?? null,
      matter: input.matter,
      bookedAt: now.toISOString(),
    });
    audit.record({ action: 'reception.book', entity: 'reception_session', entityId: session.id, after: { queueNo: next } });
    return next;
  });
  return { queueNo, date: session.date, startsAt: session.startsAt, place: session.place };
}
