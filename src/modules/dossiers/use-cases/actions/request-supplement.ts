import { DomainError } from '../../../../platform/errors/errors.js';
import { pauseClock } from '../../../cases/index.js';
import { DossierError } from '../../dossiers.errors.js';
import { lastSupplementDay, oneStopRulesOn, vietnamDayOf } from '../../one-stop-rules.js';
import type { ActionHandler } from './action-context.js';

/**
 * The appraisal asks the applicant for a supplement: once, and within the working days the law
 * allows after receipt (legal-rules §1.3, art. 11(2)(c) and 19(4)). The clock stops while the
 * papers are missing; what happens when they arrive depends on the procedure (receive-supplement).
 */
export const requestSupplement: ActionHandler<{ reason: string; missingDocuments: string[] }> = async (
  { dossier, calendar, clock, now },
  command,
) => {
  const receivedAtMs = dossier.receivedAt ? Date.parse(dossier.receivedAt) : dossier.createdAt.getTime();
  const rules = oneStopRulesOn(vietnamDayOf(receivedAtMs));
  if (dossier.supplementCount >= rules.supplementLimit) {
    throw new DomainError(DossierError.DOSSIER_SUPPLEMENT_LIMIT, {
      count: dossier.supplementCount,
      limit: rules.supplementLimit,
      basis: rules.basis,
    });
  }
  const lastDay = lastSupplementDay(calendar, receivedAtMs, rules);
  if (vietnamDayOf(now.getTime()) > lastDay) {
    throw new DomainError(DossierError.DOSSIER_SUPPLEMENT_WINDOW_CLOSED, {
      days: rules.supplementWindowWorkingDays,
      lastDay: lastDay.split('-').reverse().join('/'),
      basis: rules.basis,
    });
  }
  return {
    clock: clock ? pauseClock(clock, now) : clock,
    changes: { supplementCount: dossier.supplementCount + 1 },
    data: { reason: command.reason, missingDocuments: command.missingDocuments, lastSupplementDay: lastDay },
    notice: 'supplement_requested',
  };
};
