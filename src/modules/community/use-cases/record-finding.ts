import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Finding, FindingInput, FindingStep } from '../../../contracts/supervision.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityPermission } from '../community.policy.js';
import { requireNotFuture } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { supervisionFindings } from '../democracy.tables.js';
import { getFinding, getFindingRow } from '../supervision.repository.js';

type Deps = { db: Db; access: AccessPolicy };
type Result = Promise<z.infer<typeof Finding>>;

/** A board's finding and its recommendation to the body concerned. */
export async function recordFinding(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof FindingInput>,
  now = new Date(),
): Result {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await getUnitRow(db, input.unitId);
  requireNotFuture({ foundOn: input.foundOn }, now);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(supervisionFindings).values({ id, ...input });
    audit.record({ action: 'community.finding_record', entity: 'supervision_finding', entityId: id, after: { board: input.board } });
  });
  return getFinding(db, id);
}

/** The response of the body concerned, then the board closing its follow-up. */
export async function recordFindingStep(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { id: string; version: number; step: z.infer<typeof FindingStep> },
  now = new Date(),
): Result {
  const { db, access } = deps;
  const row = await getFindingRow(db, input.id);
  await access.require(principal, CommunityPermission['community.manage'], row.unitId);
  if (row.closedOn) throw new DomainError(DemocracyError.FINDING_CLOSED);
  const { step } = input;
  if (step.step === 'respond' && row.respondedOn) throw new DomainError(DemocracyError.ANSWERED);
  requireNotFuture({ on: step.on }, now);
  const after = step.step === 'close' ? (row.respondedOn ?? row.foundOn) : row.foundOn;
  if (step.on < after) {
    throw validationError([
      { field: 'on', in: 'body', code: 'too_early', message: { vi: `Trước ngày ${after}.`, en: `Before ${after}.` } },
    ]);
  }
  const values =
    step.step === 'respond' ? { response: step.response, respondedOn: step.on } : { closedOn: step.on, closingNote: step.note };
  await runCommand(db, context, async (tx, audit) => {
    const updated = await tx
      .update(supervisionFindings)
      .set({ ...values, version: row.version + 1 })
      .where(and(eq(supervisionFindings.id, row.id), eq(supervisionFindings.version, input.version)))
      .returning({ id: supervisionFindings.id });
    if (updated.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
    audit.record({ action: `community.finding_${step.step}`, entity: 'supervision_finding', entityId: row.id });
  });
  return getFinding(db, row.id);
}
