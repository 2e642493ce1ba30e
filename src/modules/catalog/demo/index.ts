export { demoProcedures } from './demo-procedures.js';
export type { Procedure as DemoProcedure } from './helpers.js';
