/** The one-stop dossier lifecycle: intake, processing steps, results and return, public tracking. */
export { registerDossierRoutes } from './dossiers.routes.js';
export { findDossierByCode, selectEvents } from './dossiers.repository.js';
export { receiveAtCounter } from './use-cases/receive-at-counter.js';
export { actOnDossier } from './use-cases/act-on-dossier.js';
export { nationalStatusCode, type DossierStatus } from './dossier-states.js';
