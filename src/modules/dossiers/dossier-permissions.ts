import { and, eq, exists, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { AccessPolicy } from '../../platform/auth/access.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Queryable } from '../../platform/db/types.js';
import { actionEvents, dossierActionNames, dossierCase, type DossierActionName, type DossierStatus } from './dossier-states.js';
import { DossierPermission } from './dossiers.policy.js';
import type { TaskRow } from './dossier-tasks.js';
import { dossiers, dossierTasks } from './dossiers.tables.js';

/** The permission each action needs at the dossier's unit (or at the unit of its step in progress). */
const permissionOf: Record<DossierActionName, string> = {
  request_supplement: DossierPermission['dossiers.process'],
  receive_supplement: DossierPermission['dossiers.receive'],
  request_payment: DossierPermission['dossiers.process'],
  receive_payment: DossierPermission['dossiers.receive'],
  hand_over: DossierPermission['dossiers.read'],
  return_to_step: DossierPermission['dossiers.process'],
  reschedule: DossierPermission['dossiers.approve'],
  approve: DossierPermission['dossiers.approve'],
  stop: DossierPermission['dossiers.approve'],
  withdraw: DossierPermission['dossiers.receive'],
  return: DossierPermission['dossiers.return'],
};

/** A step is handed on by whoever holds its role at its handling unit. */
export const stepRolePermission: Record<string, string> = {
  counter_officer: DossierPermission['dossiers.receive'],
  specialist: DossierPermission['dossiers.process'],
  leader: DossierPermission['dossiers.approve'],
};

/** The permissions a user holds at the dossier's receiving unit and at the unit of its step in progress. */
export type ActionGrants = { atReceivingUnit: ReadonlySet<string>; atTaskUnit: ReadonlySet<string> };

type StepRef = Pick<TaskRow, 'status' | 'stepIndex' | 'role' | 'unitId'>;

/** Two queries at most (one when the step is at the receiving unit); inside a command pass its `tx` as `on`. */
export async function loadActionGrants(
  access: AccessPolicy,
  principal: Principal,
  dossier: { receivingUnitId: string; activeTask: StepRef | undefined },
  on?: Queryable,
): Promise<ActionGrants> {
  const atReceivingUnit = await access.permissionsAt(principal, dossier.receivingUnitId, on);
  const taskUnitId = dossier.activeTask?.unitId;
  if (taskUnitId === undefined) return { atReceivingUnit, atTaskUnit: new Set() };
  const atTaskUnit = taskUnitId === dossier.receivingUnitId ? atReceivingUnit : await access.permissionsAt(principal, taskUnitId, on);
  return { atReceivingUnit, atTaskUnit };
}

/**
 * Whether the user's roles allow the action: a hand-over by the holder of the step's role at the
 * step's unit; the rest by the dossier's unit, or by the unit of the step in progress (not the return,
 * which the one-stop department that received the dossier does).
 */
export function mayAct(action: DossierActionName, grants: ActionGrants, activeTask: Pick<StepRef, 'role'> | undefined): boolean {
  if (action === 'hand_over' && activeTask)
    return grants.atTaskUnit.has(stepRolePermission[activeTask.role] ?? DossierPermission['dossiers.process']);
  const permission = permissionOf[action];
  return grants.atReceivingUnit.has(permission) || (activeTask !== undefined && action !== 'return' && grants.atTaskUnit.has(permission));
}

export type DossierState = {
  status: DossierStatus;
  supplementCount: number;
  rescheduleCount: number;
  hasClock: boolean;
  tasks: readonly StepRef[];
};

/**
 * The actions this user may take on the dossier now: allowed by the transition table, within the
 * legal limits (one supplement request, one reschedule), sensible for its steps (no hand-over after
 * the last step, no send-back from the first) and granted by the user's roles at the units concerned.
 */
export function allowedActionsFor(dossier: DossierState, grants: ActionGrants): DossierActionName[] {
  const active = dossier.tasks.find((task) => task.status === 'active');
  const isPossible: Record<DossierActionName, boolean> = {
    request_supplement: dossier.supplementCount < 1,
    receive_supplement: true,
    request_payment: dossier.hasClock,
    receive_payment: true,
    hand_over: active !== undefined && dossier.tasks.some((task) => task.status === 'waiting'),
    return_to_step: active !== undefined && dossier.tasks.some((task) => task.stepIndex < active.stepIndex),
    reschedule: dossier.rescheduleCount < 1 && dossier.hasClock,
    approve: true,
    stop: true,
    withdraw: true,
    return: true,
  };
  return dossierActionNames.filter(
    (action) =>
      dossierCase.nextStatus(dossier.status, actionEvents[action]) !== undefined && isPossible[action] && mayAct(action, grants, active),
  );
}

/** An online submission waiting to be checked: the receiving unit's counter officers receive, guide or refuse it. */
export function intakeDecisionsFor(dossier: { status: string; channel: string }, grants: ActionGrants): ('receive' | 'guide' | 'refuse')[] {
  const isWaiting = dossier.status === 'submitted' && dossier.channel === 'online';
  return isWaiting && grants.atReceivingUnit.has(DossierPermission['dossiers.receive']) ? ['receive', 'guide', 'refuse'] : [];
}

/** The permission that makes a step of a given role wait for a user: they hold that very role at the step's unit. */
const stepQueuePermission: Record<string, string> = {
  counter_officer: DossierPermission['dossiers.step.counter_officer'],
  specialist: DossierPermission['dossiers.step.specialist'],
  leader: DossierPermission['dossiers.step.leader'],
};

/**
 * The dossiers waiting for this user ("mine"), by role, as a WHERE condition: for a counter officer,
 * an online submission to check, a supplement to receive or a result to return at their units; for
 * anyone, a step in progress whose role they hold at its unit — a leader's list holds what waits
 * for a leader, not every dossier open at the unit. One `id IN (… UNION ALL …)`: the planner finds
 * the open steps and dossiers through their indexes and joins them, so the cost follows what is open
 * at the user's units, not the years of dossiers behind it (no per-row checks). Both parts are read
 * at the units they name, so every dossier waiting for the user lies within their reach (dossierReach).
 */
export function waitingForUser(access: AccessPolicy, principal: Principal, db: Queryable): SQL {
  const queue = DossierPermission['dossiers.counter_queue'];
  const stepIsMine = or(
    ...Object.entries(stepQueuePermission).map(([role, permission]) =>
      and(eq(dossierTasks.role, role), access.unitScope(principal, permission, dossierTasks.unitId)),
    ),
    and(
      notInArray(dossierTasks.role, Object.keys(stepQueuePermission)),
      access.unitScope(principal, DossierPermission['dossiers.process'], dossierTasks.unitId),
    ),
  );
  const atMyStep = db
    .select({ id: dossierTasks.dossierId })
    .from(dossierTasks)
    // The units the user reads at (every step role reads there) first: an index range per unit, then the role's test.
    .where(
      and(
        eq(dossierTasks.status, 'active'),
        access.unitScope(principal, DossierPermission['dossiers.read'], dossierTasks.unitId),
        stepIsMine,
      ),
    );
  const atMyCounter = db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(
      and(
        inArray(dossiers.status, ['submitted', 'supplement_requested', 'result_ready', 'stopped']),
        access.unitScope(principal, DossierPermission['dossiers.read'], dossiers.receivingUnitId),
        access.unitScope(principal, queue, dossiers.receivingUnitId),
      ),
    );
  return sql`${dossiers.id} in (${atMyStep} union all ${atMyCounter})`;
}

/** The steps that brought a dossier to a unit: in progress there, or done or sent back from there (not the ones still waiting). */
const reachedStatuses = ['active', 'done', 'returned'] as const;

/**
 * The dossiers a user may read, as a WHERE condition: those received in their reach, and those
 * whose steps came to a unit in their reach (a provincial department reads the dossiers a commune
 * handed to it). One correlated EXISTS over the steps; no per-row checks.
 */
export function dossierReach(access: AccessPolicy, principal: Principal, db: Queryable): SQL {
  const read = DossierPermission['dossiers.read'];
  return or(
    access.unitScope(principal, read, dossiers.receivingUnitId),
    exists(
      db
        .select({ one: sql`1` })
        .from(dossierTasks)
        .where(
          and(
            eq(dossierTasks.dossierId, dossiers.id),
            inArray(dossierTasks.status, [...reachedStatuses]),
            access.unitScope(principal, read, dossierTasks.unitId),
          ),
        ),
    ),
  )!;
}
