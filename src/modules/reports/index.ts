/** Indicators, dashboard queries and public statistics over what the other modules record. */
export { registerReportRoutes } from './reports.routes.js';
export {
  decision766Of,
  figuresOf,
  monthlyFigures,
  percent,
  unitFigures,
  unitReport,
  type Decision766Figures,
  type Figures,
} from './unit-figures.js';
export { computeFigures, type FigureValues } from './figures/compute.js';
export { countUnfinishedAt, judgementInstant, type UnfinishedAtEnd } from './period-end.js';
