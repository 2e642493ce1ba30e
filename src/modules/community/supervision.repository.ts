import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Consultation, Finding } from '../../contracts/supervision.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames } from '../org/index.js';
import { DemocracyError } from './democracy.errors.js';
import { communityConferences, consultations, supervisionFindings } from './democracy.tables.js';
import { villagesOf } from './matters.repository.js';

type ConsultationRow = typeof consultations.$inferSelect;
type FindingRow = typeof supervisionFindings.$inferSelect;

function toConsultation(row: ConsultationRow, unitName: string, today: string): z.infer<typeof Consultation> {
  return {
    ...row,
    unitName,
    subject: row.subject as z.infer<typeof Consultation>['subject'],
    channels: row.channels as z.infer<typeof Consultation>['channels'],
    status: row.answeredOn ? 'answered' : row.closesOn < today ? 'awaiting_answer' : 'open',
  };
}

function toFinding(row: FindingRow, unitName: string): z.infer<typeof Finding> {
  return {
    ...row,
    unitName,
    board: row.board as z.infer<typeof Finding>['board'],
    status: row.closedOn ? 'closed' : row.respondedOn ? 'answered' : 'open',
  };
}

export async function getConsultationRow(db: Queryable, id: string): Promise<ConsultationRow> {
  const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
  if (!row) throw new DomainError(DemocracyError.CONSULTATION_NOT_FOUND);
  return row;
}

export async function getConsultation(db: Queryable, id: string) {
  const row = await getConsultationRow(db, id);
  const names = await findUnitNames(db, [row.unitId]);
  return toConsultation(row, names.get(row.unitId) ?? '', todayInVietnam(new Date()));
}

export async function getFindingRow(db: Queryable, id: string): Promise<FindingRow> {
  const [row] = await db.select().from(supervisionFindings).where(eq(supervisionFindings.id, id));
  if (!row) throw new DomainError(DemocracyError.FINDING_NOT_FOUND);
  return row;
}

export async function getFinding(db: Queryable, id: string) {
  const row = await getFindingRow(db, id);
  const names = await findUnitNames(db, [row.unitId]);
  return toFinding(row, names.get(row.unitId) ?? '');
}

type Paging = { page: number; pageSize: number };

export async function selectConsultations(db: Queryable, where: SQL | undefined, paging: Paging) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(consultations)
      .where(where)
      .orderBy(desc(consultations.openedOn), asc(consultations.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(consultations).where(where),
  ]);
  const names = await findUnitNames(
    db,
    rows.map((row) => row.unitId),
  );
  const today = todayInVietnam(new Date());
  return { items: rows.map((row) => toConsultation(row, names.get(row.unitId) ?? '', today)), total: total?.n ?? 0, ...paging };
}

export async function selectFindings(db: Queryable, where: SQL | undefined, paging: Paging) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(supervisionFindings)
      .where(where)
      .orderBy(desc(supervisionFindings.foundOn), asc(supervisionFindings.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(supervisionFindings).where(where),
  ]);
  const names = await findUnitNames(
    db,
    rows.map((row) => row.unitId),
  );
  return { items: rows.map((row) => toFinding(row, names.get(row.unitId) ?? '')), total: total?.n ?? 0, ...paging };
}

/** A commune's villages in the year and each one's year-end conference, if held (art. 33). */
export async function conferenceYear(db: Queryable, communeId: string, year: number) {
  // The villages at the year's end (or today, in the year still running): those merged away during it are not missing.
  const today = todayInVietnam(new Date());
  const villages = await villagesOf(db, communeId, `${year}-12-31` < today ? `${year}-12-31` : today);
  const [held, names] = await Promise.all([
    villages.length === 0
      ? []
      : db
          .select()
          .from(communityConferences)
          .where(and(inArray(communityConferences.unitId, villages), eq(communityConferences.year, year))),
    findUnitNames(db, villages),
  ]);
  const rows = villages.map((unitId) => {
    const conference = held.find((row) => row.unitId === unitId);
    return {
      unitId,
      unitName: names.get(unitId) ?? '',
      conference: conference
        ? { id: conference.id, unitId, year, heldOn: conference.heldOn, attendees: conference.attendees, minutesRef: conference.minutesRef }
        : null,
    };
  });
  const heldCount = rows.filter((row) => row.conference).length;
  return { unitId: communeId, year, villages: rows, held: heldCount, missing: rows.length - heldCount };
}
