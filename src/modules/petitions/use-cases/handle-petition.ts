import { eq, or } from 'drizzle-orm';
import type { Petition, PetitionEventType, PetitionHandling, PetitionOutcome, PetitionStatus } from '../../../contracts/petitions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import type { Text } from '../../../platform/i18n/locale.js';
import { advanceCase } from '../../cases/index.js';
import { petitionStore } from '../petition-type.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition, getPetitionRow } from '../petitions.repository.js';
import { stopPetitionClock } from '../petition-clock.js';
import { petitionEvents, petitions } from '../petitions.tables.js';

const eventOf: Record<PetitionOutcome, PetitionEventType> = {
  accept: 'accepted',
  guide: 'guided',
  transfer: 'transferred',
  return_to_forwarder: 'returned_to_forwarder',
  file: 'filed',
  urge: 'urged',
  inspect: 'referred_for_inspection',
};

const refuse = (why: Text) => new DomainError(PetitionError.PETITION_OUTCOME_NOT_ALLOWED, { why });

/** The events of every petition of a matter: the original and the petitions linked to it as repeats. */
async function matterEvents(db: Queryable, petition: Petition): Promise<PetitionEventType[]> {
  const root = petition.duplicateOf ?? petition.id;
  const rows = await db
    .select({ type: petitionEvents.type })
    .from(petitionEvents)
    .innerJoin(petitions, eq(petitions.id, petitionEvents.caseId))
    .where(or(eq(petitions.id, root), eq(petitions.duplicateOf, root)));
  return rows.map((row) => row.type);
}

/** Why an outcome does not fit the classified petition, or undefined when it does. */
function misfit(petition: Petition, outcome: PetitionOutcome): Text | undefined {
  // Anonymous information needs no classification: it is not a denunciation case at all.
  if (outcome === 'inspect')
    return petition.isAnonymous && (petition.kind === 'denunciation' || petition.kind === 'mixed')
      ? undefined
      : {
          vi: 'Chỉ thông tin tố cáo nặc danh mới chuyển để thanh tra, kiểm tra (Luật Tố cáo 2018 Điều 25).',
          en: 'Only anonymous denunciation information is referred for inspection (Law on Denunciations art. 25).',
        };
  const classification = petition.classification;
  if (!classification) return { vi: 'Đơn chưa được phân loại.', en: 'The petition is not classified yet.' };
  const isOurs = classification.competence.scope === 'ours';
  switch (outcome) {
    case 'accept':
      if (!classification.isEligible) return { vi: 'Đơn không đủ điều kiện xử lý.', en: 'The petition is not eligible.' };
      if (!isOurs) return { vi: 'Đơn không thuộc thẩm quyền của đơn vị.', en: 'The petition is outside our competence.' };
      return undefined;
    case 'guide':
      if (isOurs)
        return { vi: 'Đơn thuộc thẩm quyền: không hướng dẫn đi nơi khác.', en: 'Within our competence: nothing to guide elsewhere.' };
      if (petition.kind === 'denunciation')
        return {
          vi: 'Tố cáo không thuộc thẩm quyền thì chuyển đơn (Luật Tố cáo 2018 Điều 24).',
          en: 'A denunciation outside competence is transferred.',
        };
      return undefined;
    case 'transfer':
      if (isOurs) return { vi: 'Đơn thuộc thẩm quyền: không chuyển.', en: 'Within our competence: not transferred.' };
      return undefined;
    case 'return_to_forwarder':
      if (petition.channel !== 'forwarded')
        return { vi: 'Đơn không do cơ quan khác chuyển đến.', en: 'The petition was not forwarded by another body.' };
      return undefined;
    case 'file':
      return undefined;
    case 'urge':
      if (petition.status !== 'transferred' || classification.competence.scope !== 'subordinate')
        return {
          vi: 'Chỉ đôn đốc cấp dưới được chuyển đơn (Thông tư 05/2021/TT-TTCP Điều 14 khoản 2).',
          en: 'Only a subordinate a petition was transferred to is urged (Circular 05/2021 art. 14(2)).',
        };
      return undefined;
  }
}

/**
 * Handles a classified petition: accept within competence, guide the petitioner to the competent
 * body once per matter, transfer once (a denunciation once per content), return it to the body that
 * forwarded it, or file it. The "once" rules look at every petition of the matter (its repeats).
 */
export async function handlePetition(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; expectedVersion: number; handling: PetitionHandling },
  now: Date = new Date(),
): Promise<Petition> {
  const { db, access } = deps;
  const petition = await getPetition(db, input.petitionId);
  await access.require(principal, PetitionPermission['petitions.process'], petition.unitId);
  const { outcome, to, note } = input.handling;
  const why = misfit(petition, outcome);
  if (why && !(outcome === 'file' && petition.status === 'received')) throw refuse(why);
  const history = await matterEvents(db, petition);
  if (outcome === 'guide' && history.includes('guided')) throw new DomainError(PetitionError.PETITION_ALREADY_GUIDED);
  if (outcome === 'transfer' && (petition.kind === 'denunciation' || petition.kind === 'mixed') && history.includes('transferred'))
    throw new DomainError(PetitionError.DENUNCIATION_ALREADY_TRANSFERRED);
  const row = await getPetitionRow(db, petition.id);
  // Urging changes nothing of the petition's own clock: it was handled when transferred.
  const stopped = outcome === 'urge' ? {} : await stopPetitionClock(db, { unitId: petition.unitId, clock: row.clock, at: now });
  await runCommand(db, context, (tx, audit) =>
    advanceCase(tx, audit, context, petitionStore, {
      caseId: petition.id,
      from: { status: petition.status as PetitionStatus, version: input.expectedVersion },
      event: eventOf[outcome],
      at: now,
      data: { ...(to ? { to } : {}), ...(note ? { note } : {}) },
      audit: { action: `petition.${outcome}`, after: { ...(to ? { to } : {}) } },
      changes: outcome === 'urge' ? {} : { outcomeTo: to ?? null, ...stopped },
    }),
  );
  return getPetition(db, petition.id);
}
