/** Indicators, dashboard queries and public statistics over what the other modules record. */
export { registerReportRoutes } from './reports.routes.js';
export { decision766, figuresOf, monthlyFigures, percent, unitFigures, type Figures } from './unit-figures.js';
