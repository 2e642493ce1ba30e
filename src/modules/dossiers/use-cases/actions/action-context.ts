import type { Actor } from '../../../../platform/audit/audit.js';
import type { Tx } from '../../../../platform/db/types.js';
import type { DossierAction, DossierActionName } from '../../../../contracts/dossiers.js';
import type { WorkingCalendar } from '../../../calendar/index.js';
import type { DeadlineClock } from '../../../cases/index.js';
import type { DossierRow } from '../../dossiers.repository.js';
import type { dossiers } from '../../dossiers.tables.js';
import type { DossierNotice } from '../../notifications.js';

/** What an action sees: the dossier locked in the command's transaction, its clock, the unit's calendar. */
export type ActionContext = {
  tx: Tx;
  actor: Actor;
  dossier: DossierRow;
  calendar: WorkingCalendar;
  clock: DeadlineClock | null;
  now: Date;
};

/** What an action decides; the case core then writes the event, the status and the version. */
export type ActionOutcome = {
  /** Columns of the dossier that change with the event (never the status: the core derives it). */
  changes?: Partial<typeof dossiers.$inferInsert>;
  /** The clock after the action, when it moved. */
  clock?: DeadlineClock | null;
  /** The event's data, kept in the history and the audit entry. */
  data: Record<string, unknown>;
  /** What the applicant is told, if anything. */
  notice?: DossierNotice;
};

export type ActionHandler<Command> = (context: ActionContext, command: Command) => Promise<ActionOutcome>;

/** One handler per action, typed by its command: a missing or mistyped one fails the type check. */
export type ActionHandlers = { [Name in DossierActionName]: ActionHandler<Extract<DossierAction, { action: Name }>> };
