import type { ConclusionInput } from '../../../contracts/dialogues.js';
import type { AuditTrail, CommandContext } from '../../../platform/audit/audit.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { localDayNumberOf, dayNumberToIso } from '../../../platform/time/vietnam-time.js';
import { addWorkingDays, calendarFor } from '../../calendar/index.js';
import { findUnitNames } from '../../org/index.js';
import { validationError } from '../../../platform/errors/errors.js';
import { openCase } from '../../cases/index.js';
import { commitmentStore } from '../commitment-type.js';
import { commitmentBeneficiaries } from '../dialogues.tables.js';

export type DatedConclusion = ConclusionInput & { dueOn: string };

/** Each conclusion's due date: the date given, or so many working days after `from` on the owner unit's calendar. */
export async function dateConclusions(db: Db, conclusions: readonly ConclusionInput[], from: Date): Promise<DatedConclusion[]> {
  const dated: DatedConclusion[] = [];
  for (const conclusion of conclusions) {
    if (conclusion.dueOn) {
      dated.push({ ...conclusion, dueOn: conclusion.dueOn });
      continue;
    }
    const calendar = await calendarFor(db, conclusion.ownerUnitId);
    const dueAt = addWorkingDays(calendar, from.getTime(), conclusion.workingDays ?? 0);
    dated.push({ ...conclusion, dueOn: dayNumberToIso(localDayNumberOf(dueAt)) });
  }
  return dated;
}

/** Opens one commitment per conclusion on the case core, in the caller's transaction; returns their ids. */
export async function makeCommitments(
  tx: Queryable,
  audit: AuditTrail,
  context: CommandContext,
  input: { origin: 'dialogue' | 'reception_session'; originId: string; unitId: string; at: Date; conclusions: readonly DatedConclusion[] },
): Promise<string[]> {
  const ids: string[] = [];
  for (const conclusion of input.conclusions) {
    const id = crypto.randomUUID();
    await openCase(tx, audit, context, commitmentStore, {
      event: 'made',
      at: input.at,
      data: { origin: input.origin, originId: input.originId, dueOn: conclusion.dueOn },
      audit: { action: 'commitment.make', after: { origin: input.origin, ownerUnitId: conclusion.ownerUnitId, dueOn: conclusion.dueOn } },
      row: {
        id,
        origin: input.origin,
        originId: input.originId,
        unitId: input.unitId,
        text: conclusion.text,
        publicText: conclusion.publicText,
        ownerUnitId: conclusion.ownerUnitId,
        ownerName: conclusion.ownerName,
        dueOn: conclusion.dueOn,
        expectedEvidence: conclusion.expectedEvidence,
        evidence: [],
      },
    });
    if (conclusion.beneficiaries.length > 0) {
      await tx
        .insert(commitmentBeneficiaries)
        .values(conclusion.beneficiaries.map((b) => ({ commitmentId: id, name: b.name, email: b.email ?? null, phone: b.phone ?? null })));
    }
    ids.push(id);
  }
  return ids;
}

/** Refuses, naming the field, a conclusion owned by a unit that does not exist. */
export async function checkOwnerUnits(db: Db, conclusions: readonly ConclusionInput[], path: string): Promise<void> {
  const names = await findUnitNames(
    db,
    conclusions.map((conclusion) => conclusion.ownerUnitId),
  );
  for (const [index, conclusion] of conclusions.entries()) {
    if (!names.has(conclusion.ownerUnitId)) {
      throw validationError([
        {
          field: `${path}.${index}.ownerUnitId`,
          in: 'body',
          code: 'not_found',
          message: { vi: 'Không có đơn vị này.', en: 'No such unit.' },
        },
      ]);
    }
  }
}
