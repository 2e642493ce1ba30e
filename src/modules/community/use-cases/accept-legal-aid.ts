import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { LegalAidCase, LegalAidInput } from '../../../contracts/legal-aid.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { MS_PER_HOUR, todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { addWorkingDays, calendarFor } from '../../calendar/index.js';
import { openCase } from '../../cases/index.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { legalAidCounters } from '../community.tables.js';
import { formCodes, legalAidClocks, legalAidStore } from '../legal-aid-type.js';
import { getLegalAid } from '../legal-aid.repository.js';

/**
 * A legal-aid request is accepted at once (art. 30) under a case code numbered per unit and year;
 * its clocks start: the proof of eligibility within 5 working days (10 in an especially difficult
 * area) when it was not handed over, and a lawyer or legal-aid officer assigned within 3 working
 * days, or 12 hours for a person arrested or detained. Accepted at once with its papers to follow
 * (TT 12/2018 art. 6(1)) records its ground; a "near" deadline must be under 5 working days away.
 */
export async function acceptLegalAid(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof LegalAidInput>,
  now: Date = new Date(),
): Promise<z.infer<typeof LegalAidCase>> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await getUnitRow(db, input.unitId);
  const acceptedAt = input.acceptedAt ? new Date(input.acceptedAt) : now;
  if (acceptedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw validationError([
      { field: 'acceptedAt', in: 'body', code: 'in_future', message: { vi: 'Chưa đến thời điểm này.', en: 'Not yet.' } },
    ]);
  }
  const calendar = await calendarFor(db, input.unitId);
  if (input.immediate?.ground === 'deadline_near') {
    // Less than 5 working days away: before the day 5 working days after acceptance, and not already past.
    const fiveDaysOn = todayInVietnam(new Date(addWorkingDays(calendar, acceptedAt.getTime(), 5)));
    const deadline = input.immediate.deadlineOn;
    if (deadline >= fiveDaysOn || deadline < todayInVietnam(acceptedAt)) {
      throw new DomainError(CommunityError.NOT_URGENT, { deadlineOn: deadline, fiveDaysOn });
    }
  }
  const proofDays = input.isDifficultArea ? legalAidClocks.proofWorkingDaysDifficultArea : legalAidClocks.proofWorkingDays;
  const proofDueAt =
    input.proofDocuments.length > 0 ? null : new Date(addWorkingDays(calendar, acceptedAt.getTime(), proofDays)).toISOString();
  const assignDueAt = input.isDetained
    ? new Date(acceptedAt.getTime() + legalAidClocks.assignHoursDetained * MS_PER_HOUR).toISOString()
    : new Date(addWorkingDays(calendar, acceptedAt.getTime(), legalAidClocks.assignWorkingDays)).toISOString();
  const year = Number(todayInVietnam(acceptedAt).slice(0, 4));
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    const [counter] = await tx
      .insert(legalAidCounters)
      .values({ unitId: input.unitId, year, last: 1 })
      .onConflictDoUpdate({ target: [legalAidCounters.unitId, legalAidCounters.year], set: { last: sql`${legalAidCounters.last} + 1` } })
      .returning({ last: legalAidCounters.last });
    const code = `TT.${formCodes[input.form]}.${String(counter!.last).padStart(2, '0')}.${year}`;
    await openCase(tx, audit, context, legalAidStore, {
      event: 'accepted',
      at: acceptedAt,
      data: { group: input.group, form: input.form, source: input.source, proofs: input.proofDocuments.length },
      audit: { action: 'community.legal_aid_accept', after: { unitId: input.unitId, code } },
      row: {
        id,
        unitId: input.unitId,
        code,
        acceptedAt: acceptedAt.toISOString(),
        requester: input.requester,
        group: input.group,
        form: input.form,
        field: input.field,
        summary: input.summary,
        source: input.source,
        sourceId: input.sourceId ?? null,
        proofDueAt,
        proofReceivedAt: input.proofDocuments.length > 0 ? acceptedAt.toISOString() : null,
        assignDueAt,
        immediateGround: input.immediate?.ground ?? null,
        deadlineOn: input.immediate?.ground === 'deadline_near' ? input.immediate.deadlineOn : null,
      },
    });
  });
  return getLegalAid(db, id);
}
