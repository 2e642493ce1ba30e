import { asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Session, Visit } from '../../contracts/reception.js';
import type { Db, Queryable } from '../../platform/db/types.js';
import { dayNumberToIso, isoToDayNumber } from '../../platform/time/vietnam-time.js';
import { calendarFor, type WorkingCalendar } from '../calendar/index.js';
import { DomainError } from '../../platform/errors/errors.js';
import { findUnitNames } from '../org/index.js';
import { ReceptionError } from './reception.errors.js';
import { receptionSessions, receptionVisitors, receptionVisits } from './reception.tables.js';

type SessionRow = typeof receptionSessions.$inferSelect;
type VisitRow = typeof receptionVisits.$inferSelect;

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

const visitCount = sql<number>`(select count(*)::int from ${receptionVisits} v where v.session_id = "reception_sessions"."id")`;

/** Working days an online session's connected points are notified and confirm before it (NĐ 154/2026 ch. V, reported). */
const NOTICE_WORKING_DAYS = 5;
const CONFIRM_WORKING_DAYS = 1;

/** The working day `count` working days before `date` on the calendar. */
function workingDaysBefore(calendar: WorkingCalendar, date: string, count: number): string {
  let day = isoToDayNumber(date)!;
  for (let found = 0; found < count;) {
    day -= 1;
    if (calendar.isWorkingDay(dayNumberToIso(day))) found += 1;
  }
  return dayNumberToIso(day);
}

/** The days an online session's points are notified and confirm by; refuses (422) a day outside the calendar. */
export function onlineSessionDeadlines(calendar: WorkingCalendar, date: string) {
  return {
    noticeBy: workingDaysBefore(calendar, date, NOTICE_WORKING_DAYS),
    confirmBy: workingDaysBefore(calendar, date, CONFIRM_WORKING_DAYS),
  };
}

async function onlineDeadlines(db: Db, rows: readonly SessionRow[]) {
  const deadlines = new Map<string, { noticeBy: string; confirmBy: string }>();
  for (const row of rows) {
    if (row.form !== 'online') continue;
    const calendar = await calendarFor(db, row.unitId);
    deadlines.set(row.id, onlineSessionDeadlines(calendar, row.date));
  }
  return deadlines;
}

function toSession(
  row: SessionRow,
  unitName: string,
  visits: number,
  deadlines: { noticeBy: string; confirmBy: string } | undefined,
): Session {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    hostBody: row.hostBody,
    hostRole: row.hostRole,
    hostName: row.hostName,
    kind: row.kind,
    form: row.form,
    place: row.place,
    date: row.date,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    published: row.published,
    connectedPoints: row.connectedPoints,
    status: row.status,
    heldByName: row.heldByName,
    delegated: row.delegated,
    recordingRef: row.recordingRef,
    pointsNotifiedAt: iso(row.pointsNotifiedAt),
    pointsConfirmedAt: iso(row.pointsConfirmedAt),
    pointsNoticeBy: deadlines?.noticeBy ?? null,
    pointsConfirmBy: deadlines?.confirmBy ?? null,
    cancelReason: row.cancelReason,
    visitCount: Number(visits),
    version: row.version,
  };
}

export async function getSessionRow(db: Queryable, id: string): Promise<SessionRow> {
  const [row] = await db.select().from(receptionSessions).where(eq(receptionSessions.id, id));
  if (!row) throw new DomainError(ReceptionError.SESSION_NOT_FOUND);
  return row;
}

export async function getSession(db: Db, id: string): Promise<Session> {
  const [found] = await db
    .select({ row: receptionSessions, visits: visitCount })
    .from(receptionSessions)
    .where(eq(receptionSessions.id, id));
  if (!found) throw new DomainError(ReceptionError.SESSION_NOT_FOUND);
  const names = await findUnitNames(db, [found.row.unitId]);
  const deadlines = await onlineDeadlines(db, [found.row]);
  return toSession(found.row, names.get(found.row.unitId) ?? '', found.visits, deadlines.get(found.row.id));
}

/** A page of sessions in date order (the calendar reads forward). */
export async function selectSessions(db: Db, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: receptionSessions, visits: visitCount })
      .from(receptionSessions)
      .where(where)
      .orderBy(asc(receptionSessions.date), asc(receptionSessions.startsAt), asc(receptionSessions.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(receptionSessions).where(where),
  ]);
  const names = await findUnitNames(
    db,
    rows.map((r) => r.row.unitId),
  );
  const deadlines = await onlineDeadlines(
    db,
    rows.map((r) => r.row),
  );
  return {
    items: rows.map((r) => toSession(r.row, names.get(r.row.unitId) ?? '', r.visits, deadlines.get(r.row.id))),
    total: total?.n ?? 0,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}

/** A log entry as its readers see it: the citizens' names and addresses, except for a protected (denunciation) entry. */
function toVisit(row: VisitRow, citizens: Visit['citizens']): Visit {
  return {
    id: row.id,
    unitId: row.unitId,
    sessionId: row.sessionId,
    year: row.year,
    entryNo: row.entryNo,
    visitedAt: new Date(row.visitedAt).toISOString(),
    kind: row.kind,
    citizens: row.identityProtected ? null : citizens,
    isIdentityProtected: row.identityProtected,
    peopleCount: row.peopleCount,
    isGroup: row.peopleCount >= 5,
    groupId: row.groupId,
    matterId: row.matterId,
    isRepeat: row.isRepeat,
    appointmentRef: row.appointmentRef,
    contentSummary: row.contentSummary,
    priorHandling: row.priorHandling,
    request: row.request,
    nature: row.nature,
    field: row.field,
    outcome: row.outcome,
    outcomeTo: row.outcomeTo,
    refusalReason: row.refusalReason,
    documents: row.documents,
    officerName: row.officerName,
    petitionId: row.petitionId,
    answerDueAt: iso(row.answerDueAt),
    answeredAt: iso(row.answeredAt),
    answer: row.answer as Visit['answer'],
  };
}

/** The citizens of unprotected entries only: a protected entry's never leave the database here. */
async function citizensOf(db: Queryable, rows: readonly VisitRow[]) {
  const open = rows.filter((row) => !row.identityProtected).map((row) => row.id);
  const byVisit = new Map<string, NonNullable<Visit['citizens']>>();
  if (open.length === 0) return byVisit;
  const citizens = await db
    .select({
      visitId: receptionVisitors.visitId,
      fullName: receptionVisitors.fullName,
      address: receptionVisitors.address,
      role: receptionVisitors.role,
    })
    .from(receptionVisitors)
    .where(inArray(receptionVisitors.visitId, open))
    .orderBy(asc(receptionVisitors.visitId), asc(receptionVisitors.seq));
  for (const citizen of citizens) {
    const list = byVisit.get(citizen.visitId) ?? [];
    list.push({ fullName: citizen.fullName, address: citizen.address, role: citizen.role as 'self' });
    byVisit.set(citizen.visitId, list);
  }
  return byVisit;
}

export async function getVisitRow(db: Queryable, id: string): Promise<VisitRow> {
  const [row] = await db.select().from(receptionVisits).where(eq(receptionVisits.id, id));
  if (!row) throw new DomainError(ReceptionError.VISIT_NOT_FOUND);
  return row;
}

export async function getVisit(db: Queryable, id: string): Promise<Visit> {
  const row = await getVisitRow(db, id);
  const citizens = await citizensOf(db, [row]);
  return toVisit(row, citizens.get(row.id) ?? []);
}

/** A page of the log, the latest entry first. */
export async function selectVisits(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(receptionVisits)
      .where(where)
      .orderBy(desc(receptionVisits.visitedAt), desc(receptionVisits.entryNo))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(receptionVisits).where(where),
  ]);
  const citizens = await citizensOf(db, rows);
  return {
    items: rows.map((row) => toVisit(row, citizens.get(row.id) ?? [])),
    total: total?.n ?? 0,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}
