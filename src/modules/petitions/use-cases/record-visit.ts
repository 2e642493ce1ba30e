import { sql } from 'drizzle-orm';
import type { Visit, VisitInput } from '../../../contracts/reception.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { findStaffName, getUnitRow, requireUnitInOperation } from '../../org/index.js';
import { PetitionPermission } from '../petitions.policy.js';
import { receptionAnswerDueAt } from '../reception-answer.js';
import { getSessionRow, getVisit, getVisitRow } from '../reception.repository.js';
import { receptionLogCounters, receptionVisitors, receptionVisits } from '../reception.tables.js';

const FUTURE_TOLERANCE_MS = 5 * 60_000;
const invalid = (field: string, vi: string, en: string) => validationError([{ field, in: 'body', code: 'invalid', message: { vi, en } }]);

/**
 * An entry of the reception log, at the desk (regular reception) or at a head's session: the next
 * number of the unit's year, each citizen kept apart from the entry, a repeat visit tied to its
 * matter, a group's second content tied to its group, and the 10-working-day answer clock when a
 * petition is taken in. A denunciation's citizens are protected from the start.
 */
export async function recordVisit(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: VisitInput,
  now: Date = new Date(),
): Promise<Visit> {
  const { db, access } = deps;
  await access.require(principal, PetitionPermission['reception.record'], input.unitId);
  const visitedAt = input.visitedAt ? new Date(input.visitedAt) : now;
  if (visitedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw invalid('visitedAt', 'Không ghi lượt tiếp trước khi nó diễn ra.', 'A visit cannot be logged before it happens.');
  }
  const visitedOn = todayInVietnam(visitedAt);
  await requireUnitInOperation(db, await getUnitRow(db, input.unitId), visitedOn);

  let kind: Visit['kind'] = 'regular';
  if (input.sessionId) {
    const session = await getSessionRow(db, input.sessionId);
    if (session.unitId !== input.unitId) throw invalid('sessionId', 'Buổi tiếp của đơn vị khác.', 'A session of another unit.');
    if (session.status === 'cancelled') throw invalid('sessionId', 'Buổi tiếp đã hủy.', 'The session was cancelled.');
    if (session.date !== visitedOn) throw invalid('visitedAt', 'Không trùng ngày của buổi tiếp.', 'Not on the session’s day.');
    kind = session.kind;
  }
  const id = crypto.randomUUID();
  let matterId: string = id;
  let groupId: string = id;
  if (input.repeatOf) {
    const earlier = await getVisitRow(db, input.repeatOf);
    if (earlier.unitId !== input.unitId || Date.parse(earlier.visitedAt) > visitedAt.getTime()) {
      throw invalid('repeatOf', 'Không phải lượt tiếp trước đó của đơn vị.', 'Not an earlier entry of this unit’s log.');
    }
    matterId = earlier.matterId;
  }
  if (input.groupOf) {
    const first = await getVisitRow(db, input.groupOf);
    if (first.unitId !== input.unitId || first.sessionId !== (input.sessionId ?? null) || first.peopleCount !== input.peopleCount) {
      throw invalid(
        'groupOf',
        'Không cùng đoàn: khác đơn vị, buổi tiếp hoặc số người.',
        'Not the same group: another unit, session or size.',
      );
    }
    groupId = first.groupId;
  }
  const officerId = principal.kind === 'session' ? principal.accountId : null;
  const officerName = input.officerName ?? (await findStaffName(db, officerId)) ?? context.actor.name;
  const answerDueAt = input.outcome === 'petition_received' ? await receptionAnswerDueAt(db, input.unitId, visitedAt) : null;
  const year = Number(visitedOn.slice(0, 4));

  await runCommand(db, context, async (tx, audit) => {
    const [counter] = await tx
      .insert(receptionLogCounters)
      .values({ unitId: input.unitId, year, last: 1 })
      .onConflictDoUpdate({
        target: [receptionLogCounters.unitId, receptionLogCounters.year],
        set: { last: sql`${receptionLogCounters.last} + 1` },
      })
      .returning({ last: receptionLogCounters.last });
    await tx.insert(receptionVisits).values({
      id,
      unitId: input.unitId,
      sessionId: input.sessionId ?? null,
      year,
      entryNo: counter!.last,
      visitedAt: visitedAt.toISOString(),
      kind,
      peopleCount: input.peopleCount,
      groupId,
      matterId,
      isRepeat: Boolean(input.repeatOf),
      appointmentRef: input.appointmentRef ?? null,
      contentSummary: input.contentSummary,
      priorHandling: input.priorHandling ?? null,
      request: input.request ?? null,
      nature: input.nature,
      field: input.field ?? null,
      outcome: input.outcome,
      outcomeTo: input.outcomeTo ?? null,
      refusalReason: input.refusalReason ?? null,
      documents: input.documents,
      officerId,
      officerName,
      identityProtected: input.nature === 'denunciation' || input.nature === 'mixed',
      answerDueAt,
    });
    await tx.insert(receptionVisitors).values(
      input.citizens.map((citizen, index) => ({
        visitId: id,
        seq: index + 1,
        role: citizen.role,
        fullName: citizen.fullName,
        idNumber: citizen.idNumber ?? null,
        phone: citizen.phone ?? null,
        address: citizen.address ?? null,
        email: citizen.email ?? null,
      })),
    );
    audit.record({
      action: 'reception.visit_record',
      entity: 'reception_visit',
      entityId: id,
      after: {
        unitId: input.unitId,
        year,
        entryNo: counter!.last,
        kind,
        nature: input.nature,
        outcome: input.outcome,
        people: input.peopleCount,
      },
    });
  });
  return getVisit(db, id);
}
