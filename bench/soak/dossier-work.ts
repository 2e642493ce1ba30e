import { deliveryRecordOf } from '../../demo/dossier-life.js';
import { officerHeaders, type Commune } from './setup.js';
import type { SoakRequest } from './workload.js';

/** What the workload knows of an open dossier: nothing but its id until an officer has opened it. */
type OpenDossier = {
  id: string;
  commune: Commune;
  state?: { version: number; next: NextAction };
};
type NextAction = { officer: 'counter' | 'specialist' | 'leader'; command: Record<string, unknown> };

/** The parts of the dossier's detail (GET /api/v1/dossiers/:id, and each action's answer) the work reads. */
type Detail = {
  version: number;
  status: string;
  delivery: string;
  applicant: { name?: unknown; address?: unknown };
  tasks: { stepIndex: number; role: string; status: string }[];
};

const officerOfRole: Record<string, NextAction['officer']> = {
  counter_officer: 'counter',
  specialist: 'specialist',
  leader: 'leader',
};

/**
 * The officers' work on the dossiers received, as the demo's dossier life does it
 * (demo/dossier-life.ts): a hand-over at the end of each step, approval at the last step before
 * the return, then the return at the counter. Each commune's open dossiers are worked on oldest
 * first; a dossier is opened once (its version and steps read), then each request is its next
 * action, sent by the officer whose step it is, with its version (If-Match). A dossier in flight is
 * out of the queue; a failed request drops it (the failure is counted as an error).
 */
export class DossierWork {
  private readonly queues: OpenDossier[][];
  private openCount = 0;

  constructor(communes: readonly Commune[]) {
    this.queues = communes.map(() => []);
  }

  /** Dossiers received and not yet returned (in the queues or in flight). */
  get open(): number {
    return this.openCount;
  }

  add(id: string, commune: Commune): void {
    this.queues[commune.index]!.push({ id, commune });
    this.openCount += 1;
  }

  /** The next request of the work at the n-th commune in turn (the next commune with work when it has none). */
  next(n: number): SoakRequest | undefined {
    for (let offset = 0; offset < this.queues.length; offset += 1) {
      const queue = this.queues[(n + offset) % this.queues.length]!;
      const dossier = queue.shift();
      if (dossier) return dossier.state ? this.act(dossier, dossier.state) : this.openDossier(dossier);
    }
    return undefined;
  }

  private openDossier(dossier: OpenDossier): SoakRequest {
    return {
      method: 'GET',
      path: `/api/v1/dossiers/${dossier.id}`,
      headers: officerHeaders(dossier.commune.counter),
      expected: 200,
      label: 'GET /api/v1/dossiers/:id',
      onSuccess: (_status, body) => this.settle(dossier, JSON.parse(body) as Detail),
      onFailure: () => this.drop(),
    };
  }

  private act(dossier: OpenDossier, state: NonNullable<OpenDossier['state']>): SoakRequest {
    const officer = dossier.commune[state.next.officer];
    return {
      method: 'POST',
      path: `/api/v1/dossiers/${dossier.id}/actions`,
      headers: officerHeaders(officer, { 'content-type': 'application/json', 'if-match': `"${state.version}"` }),
      body: JSON.stringify(state.next.command),
      expected: 200,
      label: `POST /api/v1/dossiers/:id/actions (${String(state.next.command.action)})`,
      onSuccess: (_status, body) => this.settle(dossier, JSON.parse(body) as Detail),
      onFailure: () => this.drop(),
    };
  }

  /** Back to the head of its queue with its next action, or out of the work when it is returned. */
  private settle(dossier: OpenDossier, detail: Detail): void {
    const next = nextActionOf(detail);
    if (!next) return this.drop();
    dossier.state = { version: detail.version, next };
    this.queues[dossier.commune.index]!.unshift(dossier);
  }

  private drop(): void {
    this.openCount -= 1;
  }
}

function nextActionOf(detail: Detail): NextAction | undefined {
  if (detail.status === 'result_ready') {
    const applicant = { name: String(detail.applicant.name ?? ''), address: String(detail.applicant.address ?? '') };
    const delivery = detail.delivery as Parameters<typeof deliveryRecordOf>[0];
    return { officer: 'counter', command: { action: 'return', delivery, ...deliveryRecordOf(delivery, applicant, Date.now()) } };
  }
  if (detail.status !== 'processing') return undefined;
  const active = detail.tasks.find((task) => task.status === 'active');
  const officer = active && officerOfRole[active.role];
  if (!active || !officer) throw new Error(`no step this workload can act on (status ${detail.status})`);
  // The last step before the return ends with approval; a single-step procedure is approved at once.
  const last = Math.max(0, detail.tasks.length - 2);
  return {
    officer: active.stepIndex >= last ? 'leader' : officer,
    command: { action: active.stepIndex >= last ? 'approve' : 'hand_over' },
  };
}
