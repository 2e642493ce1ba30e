import { DomainError } from '../../../../platform/errors/errors.js';
import { pauseClock } from '../../../cases/index.js';
import { DossierError } from '../../dossiers.errors.js';
import type { ActionHandler } from './action-context.js';

/** Asks the applicant for a supplement, once (NĐ 61/2018 art. 19(3)): the clock pauses while the papers are missing. */
export const requestSupplement: ActionHandler<{ reason: string; missingDocuments: string[] }> = async (
  { dossier, clock, now },
  command,
) => {
  if (dossier.supplementCount >= 1) throw new DomainError(DossierError.DOSSIER_SUPPLEMENT_LIMIT);
  return {
    clock: clock ? pauseClock(clock, now) : clock,
    changes: { supplementCount: dossier.supplementCount + 1 },
    data: { reason: command.reason, missingDocuments: command.missingDocuments },
    notice: 'supplement_requested',
  };
};
