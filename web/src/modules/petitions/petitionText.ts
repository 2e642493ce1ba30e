import type { Petition, PetitionOutcome, PetitionStatus } from '@contracts/petitions';
import type { SettlementDetail, SettlementStatus, SettlementStep } from '@contracts/settlements';

export const petitionStatusColours: Record<PetitionStatus, string> = {
  received: 'default',
  classified: 'blue',
  accepted: 'green',
  guided: 'gold',
  transferred: 'purple',
  returned: 'orange',
  filed: 'default',
  split: 'cyan',
  referred: 'magenta',
};

export const settlementStatusColours: Record<SettlementStatus, string> = {
  in_progress: 'blue',
  suspended: 'orange',
  decided: 'green',
  terminated: 'default',
};

/** Not handled yet and past its due date. */
export function isPetitionOverdue(petition: Pick<Petition, 'dueAt' | 'handledAt'>, now = Date.now()): boolean {
  return !petition.handledAt && !!petition.dueAt && Date.parse(petition.dueAt) < now;
}

/**
 * The outcomes that fit the petition as classified (the server checks them again): accept within
 * competence when eligible, guide or transfer outside it (a denunciation is transferred, never
 * guided), return what another body forwarded, and file. Before classification only filing (and,
 * for anonymous information, referring it for inspection); after a transfer to a subordinate, urging it.
 */
export function offeredOutcomes(petition: Petition): PetitionOutcome[] {
  // Anonymous information about a violation goes to an inspection or check (Law 25/2018 art. 25).
  const anonymousInformation =
    petition.isAnonymous && (petition.kind === 'denunciation' || petition.kind === 'mixed') ? (['inspect'] as const) : [];
  if (petition.status === 'received') return [...anonymousInformation, 'file'];
  // A subordinate that has not reported back on a petition transferred to it is urged.
  if (petition.status === 'transferred' && petition.classification?.competence.scope === 'subordinate') return ['urge'];
  if (petition.status !== 'classified' || !petition.classification) return [];
  const { classification } = petition;
  const isOurs = classification.competence.scope === 'ours';
  const outcomes: PetitionOutcome[] = [];
  if (isOurs && classification.isEligible) outcomes.push('accept');
  if (!isOurs && petition.kind !== 'denunciation' && petition.kind !== 'mixed') outcomes.push('guide');
  if (!isOurs) outcomes.push('transfer');
  if (petition.channel === 'forwarded') outcomes.push('return_to_forwarder');
  outcomes.push(...anonymousInformation, 'file');
  return outcomes;
}

/** The petition's statuses whose handling has a letter (proposal to accept, guidance, transfer slip, return, referral). */
const statusesWithLetter: PetitionStatus[] = ['accepted', 'guided', 'transferred', 'returned', 'referred'];

/** Whether the petition's handling has a letter now: those statuses, and a complaint filed as not eligible (the notice of non-acceptance). */
export function hasHandlingLetter(petition: Petition): boolean {
  if (statusesWithLetter.includes(petition.status)) return true;
  return (
    petition.status === 'filed' && petition.kind === 'complaint' && !petition.isAnonymous && petition.classification?.isEligible === false
  );
}

/** The steps the settlement's status and kind allow now (the server checks the law's conditions). */
export function offeredSteps(settlement: Pick<SettlementDetail, 'status' | 'kind'>): SettlementStep['step'][] {
  const isComplaint = settlement.kind === 'complaint_first' || settlement.kind === 'complaint_second';
  const isDenunciation = settlement.kind === 'denunciation';
  switch (settlement.status) {
    case 'in_progress':
      return [
        'notify',
        'assign_verification',
        'verify',
        'dialogue',
        ...(settlement.kind === 'recommendation' ? [] : (['extend'] as const)),
        'suspend',
        'withdraw',
        'decide',
        'terminate',
        ...(isDenunciation ? (['escalate'] as const) : []),
      ];
    case 'suspended':
      return ['resume', 'notify', 'withdraw', 'terminate', ...(isDenunciation ? (['escalate'] as const) : [])];
    case 'decided':
      return ['publish', ...(isComplaint ? (['appeal', 'enforce'] as const) : [])];
    case 'terminated':
      return [];
  }
}
