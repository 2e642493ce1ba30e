/**
 * Petitions: complaints, denunciations, recommendations and reflections on the case core — the
 * petition book, the readers' projection, the petitioner's identity in a protected store behind an
 * identity clearance, and the legal clocks as versioned rules.
 */
export { registerPetitionRoutes } from './petitions.routes.js';
export { registerSettlementRoutes } from './settlements.routes.js';
export { registerPetitionLetterRoutes } from './letters.routes.js';
export { registerPetitionFileRoutes } from './files.routes.js';
export { registerProtectionRoutes } from './protection.routes.js';
export { registerSyncRoutes } from './sync.routes.js';
export { registerReceptionRoutes } from './reception.routes.js';
export { registerDialogueRoutes } from './dialogues.routes.js';
export { escalateOverdueCommitments } from './use-cases/escalate-commitments.js';
export { warnReceptionMinimum } from './use-cases/warn-reception-minimum.js';
export { confirmCommitment, findConfirmationQuestion, type ConfirmationQuestion } from './use-cases/confirm-commitment.js';
export { clockRuleKeys, findClockRule, petitionClockRules, ruleSetVersionOn, type ClockRule, type ClockRuleKey } from './clock-rules.js';
export { explainPetitionDue, type DueExplanation } from './explain-due.js';
export { isTrackingCode, submitCitizenPetition, type CitizenPetition } from './use-cases/submit-citizen-petition.js';
export { findCitizenTracking, listPlaceReports, type CitizenStage, type CitizenTracking } from './use-cases/track-citizen-petition.js';
export { queueDeadlineWarnings } from './use-cases/warn-deadlines.js';
export { receiveForwardedPetition } from './use-cases/receive-forwarded.js';
export {
  bookSession,
  findPublishedSession,
  listPublishedSessions,
  publicCommitmentBoard,
  BOOKINGS_PER_SESSION,
  type BoardItem,
  type PublishedSession,
} from './use-cases/public-reception.js';
export { petitionFigures } from './petition-figures.js';
export { settlementFigures } from './settlement-figures.js';
export { receptionFigures } from './use-cases/reception-figures.js';
export { dialogueFigures } from './use-cases/dialogue-figures.js';
export { hotMatters, petitionClockBoard } from './use-cases/clock-board.js';
export { listReceivedPetitions } from './use-cases/figure-lists.js';
export { petitionRecordIds } from './record-units.js';
