import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Commitment, CommitmentDetail, CommitmentEventType, Dialogue } from '../../contracts/dialogues.js';
import { selectCaseEvents } from '../cases/index.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames } from '../org/index.js';
import { commitmentBeneficiaries, commitmentEvents, commitments, dialogues } from './dialogues.tables.js';
import { ReceptionError } from './reception.errors.js';

type DialogueRow = typeof dialogues.$inferSelect;
type CommitmentRow = typeof commitments.$inferSelect;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function toDialogue(row: DialogueRow, unitName: string, commitmentIds: string[]): Dialogue {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    kind: row.kind,
    hostBody: row.hostBody,
    hostName: row.hostName,
    coHost: row.coHost,
    petitionId: row.petitionId,
    title: row.title,
    plannedAt: new Date(row.plannedAt).toISOString(),
    heldAt: iso(row.heldAt),
    place: row.place,
    form: row.form,
    invitationRef: row.invitationRef,
    invitationSentAt: iso(row.invitationSentAt),
    status: row.status,
    attendeesCount: row.attendeesCount,
    participants: row.participants,
    questions: row.questions,
    agreed: row.agreed,
    differences: row.differences,
    minutesRef: row.minutesRef,
    copies: row.copies,
    absence: row.absence ?? null,
    cancelReason: row.cancelReason,
    commitmentIds,
    version: row.version,
  };
}

export async function getDialogueRow(db: Queryable, id: string): Promise<DialogueRow> {
  const [row] = await db.select().from(dialogues).where(eq(dialogues.id, id));
  if (!row) throw new DomainError(ReceptionError.DIALOGUE_NOT_FOUND);
  return row;
}

async function commitmentIdsOf(db: Queryable, originIds: string[]) {
  const byOrigin = new Map<string, string[]>();
  if (originIds.length === 0) return byOrigin;
  const rows = await db
    .select({ id: commitments.id, originId: commitments.originId })
    .from(commitments)
    .where(inArray(commitments.originId, originIds))
    // In the order the conclusions were made (one transaction gives them one creation time).
    .orderBy(sql`(select min(e.id) from ${commitmentEvents} e where e.commitment_id = "commitments"."id")`);
  for (const row of rows) byOrigin.set(row.originId, [...(byOrigin.get(row.originId) ?? []), row.id]);
  return byOrigin;
}

export async function getDialogue(db: Queryable, id: string): Promise<Dialogue> {
  const row = await getDialogueRow(db, id);
  const [names, made] = await Promise.all([findUnitNames(db, [row.unitId]), commitmentIdsOf(db, [row.id])]);
  return toDialogue(row, names.get(row.unitId) ?? '', made.get(row.id) ?? []);
}

export async function selectDialogues(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(dialogues)
      .where(where)
      .orderBy(desc(dialogues.plannedAt), desc(dialogues.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(dialogues).where(where),
  ]);
  const [names, made] = await Promise.all([
    findUnitNames(
      db,
      rows.map((row) => row.unitId),
    ),
    commitmentIdsOf(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  return {
    items: rows.map((row) => toDialogue(row, names.get(row.unitId) ?? '', made.get(row.id) ?? [])),
    total: total?.n ?? 0,
    ...paging,
  };
}

const confirmation = sql<{ asked: number; yes: number; no: number }>`(
  select json_build_object(
    'asked', count(*) filter (where b.asked_at is not null),
    'yes', count(*) filter (where b.answer = 'yes'),
    'no', count(*) filter (where b.answer = 'no'))
  from ${commitmentBeneficiaries} b where b.commitment_id = "commitments"."id")`;

function toCommitment(
  row: CommitmentRow,
  ownerUnitName: string,
  answers: { asked: number; yes: number; no: number },
  today: string,
): Commitment {
  return {
    id: row.id,
    origin: row.origin,
    originId: row.originId,
    unitId: row.unitId,
    text: row.text,
    publicText: row.publicText,
    ownerUnitId: row.ownerUnitId,
    ownerUnitName,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    expectedEvidence: row.expectedEvidence,
    status: row.status,
    isOverdue: (row.status === 'open' || row.status === 'in_progress') && row.dueOn < today,
    progressPct: row.status === 'done' ? 100 : row.progressPct,
    evidence: row.evidence,
    reopenedCount: row.reopenedCount,
    escalatedAt: iso(row.escalatedAt),
    confirmation: { asked: Number(answers.asked), yes: Number(answers.yes), no: Number(answers.no) },
    madeAt: new Date(row.createdAt).toISOString(),
    version: row.version,
  };
}

export async function getCommitmentRow(db: Queryable, id: string): Promise<CommitmentRow> {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
  if (!row) throw new DomainError(ReceptionError.COMMITMENT_NOT_FOUND);
  return row;
}

export async function getCommitment(db: Queryable, id: string, now: Date = new Date()): Promise<Commitment> {
  const [found] = await db.select({ row: commitments, answers: confirmation }).from(commitments).where(eq(commitments.id, id));
  if (!found) throw new DomainError(ReceptionError.COMMITMENT_NOT_FOUND);
  const names = await findUnitNames(db, [found.row.ownerUnitId]);
  return toCommitment(found.row, names.get(found.row.ownerUnitId) ?? '', found.answers, todayInVietnam(now));
}

/** A commitment with its history, each step's note (the evidence, the reason of a cancellation). */
export async function getCommitmentDetail(db: Queryable, id: string, now: Date = new Date()): Promise<CommitmentDetail> {
  const commitment = await getCommitment(db, id, now);
  const events = await selectCaseEvents<CommitmentEventType>(db, commitmentEvents, id);
  const noteOf = (data: Record<string, unknown>) => {
    const note = data.evidence ?? data.reason ?? null;
    return typeof note === 'string' ? note : null;
  };
  return {
    ...commitment,
    history: events.map((event) => ({
      type: event.type,
      at: new Date(event.at).toISOString(),
      actorName: event.data.by === 'citizen' ? 'citizen' : event.actorName,
      note: noteOf(event.data),
    })),
  };
}

/** Commitments due first; `overdue` filters on the due date against today in Vietnam. */
export async function selectCommitments(
  db: Queryable,
  where: SQL | undefined,
  paging: { page: number; pageSize: number },
  options: { overdue?: boolean | undefined; now?: Date } = {},
) {
  const today = todayInVietnam(options.now);
  const overdue =
    options.overdue === undefined
      ? undefined
      : options.overdue
        ? sql`${commitments.status} in ('open', 'in_progress') and ${commitments.dueOn} < ${today}`
        : sql`not (${commitments.status} in ('open', 'in_progress') and ${commitments.dueOn} < ${today})`;
  const condition = and(where, overdue);
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: commitments, answers: confirmation })
      .from(commitments)
      .where(condition)
      .orderBy(asc(commitments.dueOn), asc(commitments.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(commitments).where(condition),
  ]);
  const names = await findUnitNames(
    db,
    rows.map((r) => r.row.ownerUnitId),
  );
  return {
    items: rows.map((r) => toCommitment(r.row, names.get(r.row.ownerUnitId) ?? '', r.answers, today)),
    total: total?.n ?? 0,
    ...paging,
  };
}

/** The commitments a unit made or owns, but the cancelled ones (the public board, by due date). */
export const unitCommitments = (unitId: string) =>
  and(or(eq(commitments.unitId, unitId), eq(commitments.ownerUnitId, unitId)), sql`${commitments.status} <> 'cancelled'`);
