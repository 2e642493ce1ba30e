/**
 * Community work on the case core: the households of each village (the denominator of resident votes
 * and mediator elections), grassroots mediation teams, mediators and cases, and resident decisions
 * judged against all the village's households.
 */
export { registerCommunityRoutes } from './community.routes.js';
export { registerModelRoutes } from './models.routes.js';
export { registerLegalAidRoutes } from './legal-aid.routes.js';
export { registerDisclosureRoutes } from './disclosures.routes.js';
export { registerMatterRoutes } from './matters.routes.js';
export { registerSupervisionRoutes } from './supervision.routes.js';
export { registerImportRoutes } from './imports.routes.js';
export { judgeVote, voteRule } from './vote-rules.js';
export { remindDisclosures } from './use-cases/remind-disclosures.js';
export { publicDisclosures, type PublicDisclosure, type PublicDisclosureChannel } from './public-disclosures.js';
export { publicMatters, type PublicMatter, type PublicMatterVillage, type PublicMatterVote } from './public-matters.js';
export { publicModels, type PublicModel } from './public-models.js';
export { publicContacts, type PublicTeam, type PublicVillageContacts } from './public-contacts.js';
export { mediationFigures } from './use-cases/mediation-figures.js';
export { legalAidFigures } from './use-cases/legal-aid-figures.js';
export { modelFigures } from './use-cases/model-figures.js';
export { democracyFigures, type DemocracyFigures } from './use-cases/democracy-figures.js';
export { communityClockBoard } from './use-cases/clock-board.js';
export { listLegalAidCases, listMediationCases, listRegisteredModels } from './use-cases/figure-lists.js';
export { communityRecordIds, democracyRecordIds } from './record-units.js';
export { warnLegalAidClocks } from './use-cases/warn-legal-aid.js';
