import { and, eq, ne } from 'drizzle-orm';
import type { Session, SessionInput, SessionOutcome } from '../../../contracts/reception.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { calendarFor } from '../../calendar/index.js';
import { getUnitRow, requireUnitInOperation } from '../../org/index.js';
import { PetitionPermission } from '../petitions.policy.js';
import { ReceptionError } from '../reception.errors.js';
import { getSession, getSessionRow, onlineSessionDeadlines } from '../reception.repository.js';
import { receptionSessions } from '../reception.tables.js';

const field = (name: string, vi: string, en: string) => ({ field: name, in: 'body' as const, code: 'invalid', message: { vi, en } });

/**
 * A reception session is planned (and published on the portal unless kept back): a head's periodic
 * or ad-hoc session, or the reception office's regular reception (which no minimum counts).
 */
export async function scheduleSession(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: SessionInput,
): Promise<Session> {
  const { db, access } = deps;
  await access.require(principal, PetitionPermission['reception.host'], input.unitId);
  await requireUnitInOperation(db, await getUnitRow(db, input.unitId), input.date);
  if (input.form === 'online' && input.connectedPoints.length === 0) {
    throw validationError([
      field('connectedPoints', 'Buổi tiếp trực tuyến cần điểm cầu.', 'An online session needs its connected points.'),
    ]);
  }
  // An online session's notice days come from the calendar: a day it does not cover is refused before anything is written.
  if (input.form === 'online') onlineSessionDeadlines(await calendarFor(db, input.unitId), input.date);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    // The unit's row is the lock: two requests for the same session cannot both find it free.
    await getUnitRow(tx, input.unitId, { forUpdate: true });
    const [same] = await tx
      .select({ id: receptionSessions.id })
      .from(receptionSessions)
      .where(
        and(
          eq(receptionSessions.unitId, input.unitId),
          eq(receptionSessions.hostRole, input.hostRole),
          eq(receptionSessions.date, input.date),
          eq(receptionSessions.startsAt, input.startsAt),
          ne(receptionSessions.status, 'cancelled'),
        ),
      );
    if (same) throw new DomainError(ReceptionError.SESSION_EXISTS, { id: same.id });
    await tx.insert(receptionSessions).values({ id, ...input, status: 'planned' });
    audit.record({
      action: 'reception.session_schedule',
      entity: 'reception_session',
      entityId: id,
      after: { unitId: input.unitId, hostRole: input.hostRole, date: input.date, kind: input.kind, form: input.form },
    });
  });
  return getSession(db, id);
}

/**
 * What became of a planned session: held (by the host, or on the host's behalf — which the
 * minimum may not count), cancelled; an online session's points notified and confirmed. A session
 * is held on or after its day, an online one with its recording.
 */
export async function recordSessionOutcome(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { id: string; version: number; outcome: SessionOutcome },
  now: Date = new Date(),
): Promise<Session> {
  const { db, access } = deps;
  const row = await getSessionRow(db, input.id);
  await access.require(principal, PetitionPermission['reception.host'], row.unitId);
  const refuse = (vi: string, en: string) => new DomainError(ReceptionError.SESSION_STEP_NOT_ALLOWED, { why: { vi, en } });
  if (row.status !== 'planned') throw refuse('Buổi tiếp đã kết thúc hoặc đã hủy.', 'The session was already held or cancelled.');
  const outcome = input.outcome;
  let changes: Partial<typeof receptionSessions.$inferInsert>;
  switch (outcome.action) {
    case 'held':
      if (row.date > todayInVietnam(now)) throw refuse('Chưa đến ngày tiếp.', 'The session’s day has not come yet.');
      if (row.form === 'online' && !outcome.recordingRef) {
        throw validationError([
          field('recordingRef', 'Buổi tiếp trực tuyến phải ghi âm, ghi hình.', 'An online session must be recorded.'),
        ]);
      }
      changes = {
        status: 'held',
        heldByName: outcome.heldByName,
        delegated: outcome.delegated,
        recordingRef: outcome.recordingRef ?? null,
        note: outcome.note ?? null,
      };
      break;
    case 'cancelled':
      changes = { status: 'cancelled', cancelReason: outcome.reason };
      break;
    case 'points_notified':
      if (row.form !== 'online') throw refuse('Chỉ buổi tiếp trực tuyến có điểm cầu.', 'Only an online session has connected points.');
      changes = { pointsNotifiedAt: now.toISOString() };
      break;
    case 'points_confirmed':
      if (!row.pointsNotifiedAt) throw refuse('Chưa thông báo cho các điểm cầu.', 'The connected points were not notified yet.');
      changes = { pointsConfirmedAt: now.toISOString() };
      break;
  }
  await runCommand(db, context, async (tx, audit) => {
    const updated = await tx
      .update(receptionSessions)
      .set({ ...changes, version: row.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(receptionSessions.id, row.id), eq(receptionSessions.version, input.version)))
      .returning({ id: receptionSessions.id });
    if (updated.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
    audit.record({
      action: `reception.session_${outcome.action}`,
      entity: 'reception_session',
      entityId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: changes.status ?? row.status, ...(outcome.action === 'held' ? { delegated: outcome.delegated } : {}) },
    });
  });
  return getSession(db, row.id);
}
