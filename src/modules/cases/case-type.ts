import { DomainError } from '../../platform/errors/errors.js';

/**
 * A case type declares itself on the core: its statuses, its events, and one typed transition
 * table saying from which statuses each event may happen and where it leads. The current status
 * of a case is never stored on its own authority: it is the fold of the case's append-only
 * events through this table.
 */

/** Where an event may happen (null: it opens the case) and the status it leads to ('same': it keeps the status). */
export type Transition<Status extends string> = { readonly from: readonly (Status | null)[]; readonly to: Status | 'same' };

export type TransitionTable<Status extends string, Event extends string> = { readonly [E in Event]: Transition<Status> };

export type CaseTypeDefinition<Status extends string, Event extends string> = {
  /** The case type's name in the audit log (`dossier`, `petition`, …). */
  name: string;
  statuses: readonly Status[];
  events: readonly Event[];
  transitions: TransitionTable<Status, Event>;
  /** Columns derived from the status alone, written with it (a dossier's national status code). */
  derive?: (status: Status) => Record<string, unknown>;
  /** The error code a refused transition throws (the module's own, with `status` and `action` parameters). */
  transitionError: string;
  /** A more telling code for some refusals (a dossier returned twice), else the transition error. */
  refusalError?: (status: Status | null, event: Event) => string | undefined;
};

export type CaseType<Status extends string, Event extends string> = CaseTypeDefinition<Status, Event> & {
  /** The status after `event`, or undefined when the table does not allow it from `status`. */
  nextStatus(status: Status | null, event: Event): Status | undefined;
  /** The status after `event`; refuses (the type's own error code) when the table does not allow it. */
  requireNext(status: Status | null, event: Event): Status;
  /** The status a new case's first event gives it. */
  firstStatus(event: Event): Status;
  /** Folds a history into its status; throws on a history the table does not allow. */
  foldStatus(events: readonly { type: Event }[]): Status | null;
};

export function defineCaseType<const Status extends string, const Event extends string>(
  definition: CaseTypeDefinition<Status, Event>,
): CaseType<Status, Event> {
  const nextStatus = (status: Status | null, event: Event): Status | undefined => {
    const transition = definition.transitions[event];
    if (!transition.from.includes(status)) return undefined;
    return transition.to === 'same' ? (status ?? undefined) : transition.to;
  };
  return {
    ...definition,
    nextStatus,
    requireNext(status, event) {
      const next = nextStatus(status, event);
      if (next !== undefined) return next;
      const code = definition.refusalError?.(status, event) ?? definition.transitionError;
      throw new DomainError(code, { status: status ?? '—', action: event });
    },
    firstStatus(event) {
      const status = nextStatus(null, event);
      if (status === undefined) throw new Error(`event ${event} cannot open a ${definition.name}`);
      return status;
    },
    foldStatus(events) {
      let status: Status | null = null;
      for (const event of events) {
        const next = nextStatus(status, event.type);
        if (next === undefined) throw new Error(`event ${event.type} is not allowed from ${status ?? 'nothing'}`);
        status = next;
      }
      return status;
    },
  };
}
