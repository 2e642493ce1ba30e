/** The catalogue's schemas are the shared contract (src/contracts/catalog.ts). */
export { procedureCodePattern, ProcedureInput } from '../../contracts/catalog.js';
