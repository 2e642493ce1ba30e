/** The one-stop dossier lifecycle: intake, processing steps, results and return, public tracking. */
export { registerDossierRoutes } from './dossiers.routes.js';
export {
  findDossierByCode,
  findDossierBySecret,
  findTrackingView,
  prepareTrackingLookups,
  selectEvents,
  type TrackingView,
} from './dossiers.repository.js';
export { submitOnline } from './use-cases/submit-online.js';
export { decideOnlineIntake } from './use-cases/decide-online-intake.js';
export { Applicant } from '../../contracts/dossiers.js';
export { receiveAtCounter } from './use-cases/receive-at-counter.js';
export { actOnDossier } from './use-cases/act-on-dossier.js';
export { nationalStatusCode, type DossierStatus } from './dossier-states.js';
export {
  findCounterTransaction,
  selectRecentCounterTransactions,
  type CounterTransaction,
  type CounterTransactionKind,
} from './counter-transactions.js';
export {
  countHomeDeliveries,
  countOpenAtFirstAppointment,
  monthlyDossierCounts,
  selectOpenWithMovedAppointment,
  selectSettledDossierFacts,
  selectUnitIdsWithDossiers,
  sumDossierCounts,
  type DossierCounts,
  type OpenAtInstant,
  type OpenDossierWithPauses,
  type PauseEvent,
  type SettledDossierFacts,
  type StepHandler,
  type UnitPeriod,
} from './dossier-statistics.js';
export { listReceivedDossiers, type FigureList, type ListPage } from './figure-lists.js';
export { dossierRecordIds } from './record-units.js';
