/**
 * The case core every case type stands on (dossiers, petitions, reception matters, mediation and
 * legal-aid cases): a typed transition table, an append-only history, one function that opens a
 * case and one that moves it on (status, version, event and audit entry together), and the legal
 * clock driven by the working calendar.
 */
export { stepInstant } from './step-time.js';
export { defineCaseType, type CaseType, type Transition, type TransitionTable } from './case-type.js';
export {
  advanceCase,
  caseEventsTable,
  openCase,
  selectCaseEvents,
  type CaseEventsTable,
  type CaseStore,
  type CaseTable,
} from './case-store.js';
export {
  clockEventKinds,
  countRemainingWorkingTime,
  extendClock,
  getDueAt,
  getStatutoryDueAt,
  isClockOverdue,
  pauseClock,
  rescheduleClock,
  restartClock,
  resumeClock,
  startClock,
  stopClock,
  type ClockEventKind,
  type ClockExtension,
  type ClockPause,
  type ClockStep,
  type DeadlineClock,
} from './clock.js';
