/** The procedure catalogue: versioned procedures with their rules, for officers, the portal and dossiers. */
export { registerCatalogRoutes } from './catalog.routes.js';
export { registerDemoCatalogueRoutes } from './demo-catalogue.routes.js';
export { findVersionInForce, getVersion, selectProcedures, type ProcedureVersion } from './catalog.repository.js';
export { totalBudgetHours } from './procedure-rules.js';
export { loadDemoCatalogue } from './use-cases/load-demo-catalogue.js';
export type { ProcedureInput } from '../../contracts/catalog.js';
export { renderDocumentTemplate } from './use-cases/render-document-template.js';
export { procedureFigures, type ProcedureFigures } from './procedure-figures.js';
