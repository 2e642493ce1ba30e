/**
 * The dossier's life as one typed transition table: which command may happen in which
 * status, and where it leads. The current status is never stored on its own authority: it is
 * the fold of the dossier's append-only events through this table.
 */

export const dossierStatuses = [
  'submitted',
  'guided',
  'refused',
  'processing',
  'supplement_requested',
  'result_ready',
  'stopped',
  'withdrawn',
  'returned',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

/** The national status codes of the portal (legal-rules §1.4). */
export const nationalStatusCode: Record<DossierStatus, number> = {
  submitted: 1,
  guided: 3,
  refused: 3,
  processing: 4,
  supplement_requested: 5,
  stopped: 8,
  withdrawn: 7,
  result_ready: 9,
  returned: 10,
};

export const dossierEventTypes = [
  'submitted_online',
  'received',
  'guided',
  'refused_at_intake',
  'supplement_requested',
  'supplement_received',
  'handed_over',
  'returned_to_step',
  'rescheduled',
  'approved',
  'stopped',
  'withdrawn',
  'returned',
] as const;
export type DossierEventType = (typeof dossierEventTypes)[number];

/** The commands of POST /dossiers/:id/actions and the event each one appends. */
export const actionEvents = {
  request_supplement: 'supplement_requested',
  receive_supplement: 'supplement_received',
  hand_over: 'handed_over',
  return_to_step: 'returned_to_step',
  reschedule: 'rescheduled',
  approve: 'approved',
  stop: 'stopped',
  withdraw: 'withdrawn',
  return: 'returned',
} as const satisfies Record<string, DossierEventType>;
export type DossierActionName = keyof typeof actionEvents;
export const dossierActionNames = Object.keys(actionEvents) as DossierActionName[];

type Transition = { from: readonly (DossierStatus | null)[]; to: DossierStatus | 'same' };

export const transitions: Record<DossierEventType, Transition> = {
  submitted_online: { from: [null], to: 'submitted' },
  received: { from: [null, 'submitted'], to: 'processing' },
  guided: { from: [null, 'submitted'], to: 'guided' },
  refused_at_intake: { from: [null, 'submitted'], to: 'refused' },
  supplement_requested: { from: ['processing'], to: 'supplement_requested' },
  supplement_received: { from: ['supplement_requested'], to: 'processing' },
  handed_over: { from: ['processing'], to: 'same' },
  returned_to_step: { from: ['processing'], to: 'same' },
  rescheduled: { from: ['processing', 'supplement_requested'], to: 'same' },
  approved: { from: ['processing'], to: 'result_ready' },
  stopped: { from: ['processing', 'supplement_requested'], to: 'stopped' },
  withdrawn: { from: ['submitted', 'processing', 'supplement_requested'], to: 'withdrawn' },
  returned: { from: ['result_ready', 'stopped'], to: 'returned' },
};

/** The status after `event`, or undefined when the table does not allow it from `status`. */
export function nextStatus(status: DossierStatus | null, event: DossierEventType): DossierStatus | undefined {
  const transition = transitions[event];
  if (!transition.from.includes(status)) return undefined;
  return transition.to === 'same' ? (status ?? undefined) : transition.to;
}

/** The status a new dossier's first event gives it (the transition table, from nothing). */
export function firstStatus(event: DossierEventType): DossierStatus {
  const status = nextStatus(null, event);
  if (status === undefined) throw new Error(`event ${event} cannot start a dossier's history`);
  return status;
}

/** Folds an event history into its status; throws on a history the table does not allow. */
export function foldStatus(events: readonly { type: DossierEventType }[]): DossierStatus | null {
  let status: DossierStatus | null = null;
  for (const event of events) {
    const next = nextStatus(status, event.type);
    if (next === undefined) throw new Error(`event ${event.type} is not allowed from ${status ?? 'nothing'}`);
    status = next;
  }
  return status;
}
