import { count, desc, eq, type SQL } from 'drizzle-orm';
import type { Settlement, SettlementDetail, SettlementEventType } from '../../contracts/settlements.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import type { Text } from '../../platform/i18n/locale.js';
import { formatVietnamInstant, todayInVietnam } from '../../platform/time/vietnam-time.js';
import { calendarFor } from '../calendar/index.js';
import { selectCaseEvents } from '../cases/index.js';
import { findClockRule } from './clock-rules.js';
import { explainPetitionDue } from './explain-due.js';
import { PetitionError } from './petitions.errors.js';
import { petitions } from './petitions.tables.js';
import { missingBeforeDecision, type StepRecord } from './settlement-rules.js';
import { settlementEvents, settlements } from './settlements.tables.js';

type Row = typeof settlements.$inferSelect;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function toView(row: Row, petition: { year: number; bookNo: number }, now: number): Settlement {
  const dueAt = iso(row.dueAt);
  const decidedAt = iso(row.decidedAt);
  const end = row.closedAt ? Date.parse(row.closedAt) : now;
  return {
    id: row.id,
    petitionId: row.petitionId,
    petitionYear: petition.year,
    petitionBookNo: petition.bookNo,
    unitId: row.unitId,
    kind: row.kind,
    status: row.status,
    acceptedAt: new Date(row.acceptedAt).toISOString(),
    decisionRef: row.decisionRef,
    isRemote: row.isRemote,
    complexity: row.complexity,
    extensionCount: row.extensionCount,
    dueAt,
    originalDueAt: new Date(row.originalDueAt).toISOString(),
    isOverdue: dueAt !== null && end > Date.parse(dueAt),
    result: row.result,
    decidedAt,
    isOnTime: row.isOnTime,
    answer: row.answer,
    previousSettlementId: row.previousSettlementId,
    version: row.version,
  };
}

const base = (db: Queryable) =>
  db
    .select({ row: settlements, year: petitions.year, bookNo: petitions.bookNo, receivedAt: petitions.receivedAt })
    .from(settlements)
    .innerJoin(petitions, eq(petitions.id, settlements.petitionId));

/** The stored row with its petition's book number and day of receipt (whose rule set the clock keeps). */
export async function getSettlementRecord(db: Queryable, id: string) {
  const [found] = await base(db).where(eq(settlements.id, id));
  if (!found) throw new DomainError(PetitionError.SETTLEMENT_NOT_FOUND);
  return { ...found, ruleSetDay: todayInVietnam(new Date(found.receivedAt)) };
}

export async function getSettlement(db: Queryable, id: string, now = Date.now()): Promise<Settlement> {
  const found = await getSettlementRecord(db, id);
  return toView(found.row, found, now);
}

export async function selectSettlementSteps(db: Queryable, id: string) {
  return selectCaseEvents<SettlementEventType>(db, settlementEvents, id);
}

/** The settlement with its steps, its due date explained line by line, and what the law still asks before a decision. */
export async function getSettlementDetail(db: Queryable, id: string, now = Date.now()): Promise<SettlementDetail> {
  const found = await getSettlementRecord(db, id);
  const { row } = found;
  const events = await selectSettlementSteps(db, id);
  const history: StepRecord[] = events.map((event) => ({ type: event.type, data: event.data }));
  const rule = findClockRule(row.clockRule, found.ruleSetDay);
  if (!rule) throw new Error(`no ${row.clockRule} rule on ${found.ruleSetDay}`);
  const calendar = await calendarFor(db, row.unitId);
  const suspensions: { from: number; to: number; reason: string }[] = [];
  let openSuspension: { from: number; reason: string } | null = null;
  for (const event of events) {
    if (event.type === 'suspended') openSuspension = { from: Date.parse(event.at), reason: String(event.data.reason ?? '') };
    if (event.type === 'resumed' && openSuspension) {
      suspensions.push({ ...openSuspension, to: Date.parse(event.at) });
      openSuspension = null;
    }
  }
  const extensions = events
    .filter((event) => event.type === 'extended')
    .map((event) => ({ at: Date.parse(event.at), days: Number(event.data.days), reason: `${String(event.data.decisionRef)}` }));
  const explained = explainPetitionDue(calendar, rule, {
    startAt: Date.parse(row.acceptedAt),
    matter: { isComplex: row.kind !== 'denunciation' && row.complexity.length > 0, isRemote: row.isRemote },
    suspensions,
    extensions,
  });
  const lines: Text[] = [...explained.lines];
  if (openSuspension) {
    const since = formatVietnamInstant(openSuspension.from);
    lines.push({
      vi: `Đang tạm đình chỉ từ ${since}: thời hạn dừng lại, tính tiếp từ ngày có quyết định tiếp tục giải quyết.`,
      en: `Suspended since ${since}: the clock is stopped and goes on from the decision to resume.`,
    });
  }
  return {
    ...toView(row, found, now),
    events: events.map((event) => ({
      seq: event.seq,
      type: event.type,
      at: new Date(event.at).toISOString(),
      actorName: event.actorName,
      data: event.data,
    })),
    clock: { rule: rule.key, legalBasis: rule.legalBasis, lines },
    missingBeforeDecision: row.status === 'in_progress' ? missingBeforeDecision(row.kind, history, found.ruleSetDay) : [],
  };
}

/** A page of settlements, the latest accepted first. */
export async function selectSettlements(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const now = Date.now();
  const [rows, [total]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(desc(settlements.acceptedAt))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(settlements).where(where),
  ]);
  return { items: rows.map((found) => toView(found.row, found, now)), total: total?.n ?? 0, ...paging };
}
