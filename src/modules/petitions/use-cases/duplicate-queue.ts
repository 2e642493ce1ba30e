import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Petition } from '../../../contracts/petitions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { subtreeUnitIds } from '../../org/index.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { duplicateReviews, petitions } from '../petitions.tables.js';
import { findDuplicateCandidates } from './find-duplicates.js';

type Deps = { db: Db; access: AccessPolicy };
/** The open petitions looked at for the queue: the latest ones, so the queue answers in time on a province's book. */
const SCANNED = 100;

/**
 * The review queue of possible repeats: petitions not handled nor linked yet, in the officer's
 * reach, the latest first, with the candidates nobody has reviewed (a pair found not to be the same
 * matter leaves the queue; a repeat leaves it once linked). Candidates are never merged by themselves.
 */
export async function duplicateQueue(deps: Deps, principal: Principal, query: { unitId?: string; page: number; pageSize: number }) {
  const { db, access } = deps;
  await access.requireSomewhere(principal, PetitionPermission['petitions.process']);
  const open = await db
    .select({ id: petitions.id })
    .from(petitions)
    .where(
      and(
        access.unitScope(principal, PetitionPermission['petitions.process'], petitions.unitId),
        query.unitId ? sql`${petitions.unitId} in (${subtreeUnitIds(query.unitId)})` : undefined,
        isNull(petitions.handledAt),
        isNull(petitions.duplicateOf),
      ),
    )
    .orderBy(desc(petitions.receivedAt))
    .limit(SCANNED);
  const ids = open.map((row) => row.id);
  const reviewed = ids.length
    ? await db
        .select({ a: duplicateReviews.petitionId, b: duplicateReviews.candidateId })
        .from(duplicateReviews)
        .where(or(inArray(duplicateReviews.petitionId, ids), inArray(duplicateReviews.candidateId, ids)))
    : [];
  const linked = ids.length
    ? await db.select({ a: petitions.id, b: petitions.duplicateOf }).from(petitions).where(inArray(petitions.duplicateOf, ids))
    : [];
  const settled = new Set([...reviewed, ...linked].flatMap(({ a, b }) => [`${a}:${b}`, `${b}:${a}`]));
  const items: { petition: Petition; candidates: Awaited<ReturnType<typeof findDuplicateCandidates>> }[] = [];
  for (const id of ids) {
    const candidates = (await findDuplicateCandidates(deps, principal, { petitionId: id, windowDays: 365 })).filter(
      (candidate) => !settled.has(`${id}:${candidate.petitionId}`),
    );
    if (candidates.length > 0) items.push({ petition: await getPetition(db, id), candidates });
  }
  const start = (query.page - 1) * query.pageSize;
  return { items: items.slice(start, start + query.pageSize), total: items.length, page: query.page, pageSize: query.pageSize };
}

/** Records that a candidate is not the same matter as the petition (either way round): the pair leaves the queue. */
export async function reviewDuplicate(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; candidateId: string; decision: 'not_duplicate' },
  now: Date = new Date(),
) {
  const petition = await getPetition(deps.db, input.petitionId);
  await deps.access.require(principal, PetitionPermission['petitions.process'], petition.unitId);
  if (input.candidateId === petition.id)
    throw new DomainError(PetitionError.PETITION_DUPLICATE_INVALID, {
      why: { vi: 'Không so một đơn với chính nó.', en: 'A petition is not compared with itself.' },
    });
  const [candidate] = await deps.db.select({ id: petitions.id }).from(petitions).where(eq(petitions.id, input.candidateId));
  if (!candidate) throw new DomainError(PetitionError.PETITION_NOT_FOUND);
  const review = { decision: input.decision, reviewedBy: context.actor.name, reviewedAt: now.toISOString() };
  await runCommand(deps.db, context, async (tx, audit) => {
    await tx
      .insert(duplicateReviews)
      .values({ petitionId: petition.id, candidateId: candidate.id, ...review })
      .onConflictDoUpdate({ target: [duplicateReviews.petitionId, duplicateReviews.candidateId], set: review });
    audit.record({
      action: 'petition.duplicate_review',
      entity: 'petition',
      entityId: petition.id,
      after: { candidateId: candidate.id, decision: input.decision },
    });
  });
  return { petitionId: petition.id, candidateId: candidate.id, ...review };
}
