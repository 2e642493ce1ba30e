import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError, validationError } from '../../platform/errors/errors.js';
import { addWorkingDaysOfTime, addWorkingTime, type WorkingCalendar } from '../calendar/index.js';
import type { ProcedureInput } from '../catalog/index.js';
import { findUnitByCode, selectNearbyUnitsOfType } from '../org/index.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { DossierError } from './dossiers.errors.js';
import { dossierTasks } from './dossiers.tables.js';
import { classifyOutcome } from './outcome.js';

export type TaskRow = typeof dossierTasks.$inferSelect;
type Step = ProcedureInput['steps'][number];
type UnitRef = { id: string; type: string; path: string; parentId: string | null };

/**
 * When a step is due, and when it is late (the rule the dossier page's "Chậm bước" shows):
 *
 * - A step is due its budget after it starts, counted as a share of working days (8 budget hours
 *   to a day, each day as long as the hours in force on it).
 * - Time spent waiting for the applicant moves the step's due time as it moves the dossier's: a
 *   supplement or a financial obligation paused while the step was in progress adds the working
 *   time of the pause (`moveActiveTaskDue`); when the procedure counts its limit again from the
 *   complete dossier, the step in progress counts its budget again from then.
 * - The step that hands the result back waits for the applicant to come: it is due no earlier than
 *   the dossier's appointment (`notBefore`), so a result ready early and collected on the day of
 *   the appointment is not late at the counter.
 * - A step finished after its own due time is late *for the step* ("Chậm bước"): it counts in the
 *   officers' and units' indicator 2 (Circular 01/2018), but is not the dossier's lateness — only
 *   the dossier's end against its appointment makes it "Quá hạn".
 */
export function taskDueAt(calendar: WorkingCalendar, startMs: number, budgetHalfHours: number, notBefore?: number): number {
  const due = addWorkingDaysOfTime(calendar, startMs, budgetHalfHours / 16);
  return notBefore === undefined ? due : Math.max(due, notBefore);
}

/**
 * Moves the due time of the step in progress when the dossier's clock resumes after waiting for
 * the applicant: by the working time of the pause (`pausedMs`), or, when the limit counts again
 * from zero (`restartAt`), to the step's whole budget from then. Answers the new due time, if a
 * step with a due time is in progress.
 */
export async function moveActiveTaskDue(
  tx: Queryable,
  input: { dossierId: string; calendar: WorkingCalendar } & ({ pausedMs: number } | { restartAt: number }),
): Promise<string | undefined> {
  const active = await findActiveTask(tx, input.dossierId);
  if (!active?.dueAt) return undefined;
  const dueMs =
    'restartAt' in input
      ? taskDueAt(input.calendar, input.restartAt, active.budgetHalfHours)
      : addWorkingTime(input.calendar, Date.parse(active.dueAt), input.pausedMs);
  const dueAt = new Date(dueMs).toISOString();
  await tx.update(dossierTasks).set({ dueAt }).where(eq(dossierTasks.id, active.id));
  return dueAt;
}

/**
 * Where a step is handled: the named unit when the step names one, else the nearest unit of
 * the step's type — the receiving unit itself, one of its direct children (its service centre,
 * a department) or one of its ancestors (the province) — else the receiving unit.
 */
export async function resolveHandlingUnit(tx: Queryable, receiving: UnitRef, step: Step, date: string): Promise<string> {
  if (step.handlerUnitCode) {
    // The unit holding the code on the day of receipt: a retired unit that once had it receives nothing.
    const named = await findUnitByCode(tx, step.handlerUnitCode, date);
    if (named) return named.id;
  }
  const wanted = step.handlerUnitType;
  if (!wanted || receiving.type === wanted) return receiving.id;
  const ancestorIds = receiving.path.split('/').filter(Boolean);
  const candidates = await selectNearbyUnitsOfType(tx, { type: wanted, unitId: receiving.id, ancestorIds, date });
  const child = candidates.find((unit) => unit.parentId === receiving.id);
  if (child) return child.id;
  const ancestor = candidates.filter((unit) => ancestorIds.includes(unit.id)).sort((a, b) => b.depth - a.depth)[0];
  return ancestor?.id ?? receiving.id;
}

export type TaskInsert = typeof dossierTasks.$inferInsert;
type TaskPlanInput = { dossierId: string; steps: readonly Step[]; receiving: UnitRef; calendar: WorkingCalendar; startMs: number };

/** The procedure's steps as the dossier's task rows (only reads: where each step is handled); the first starts at receipt. */
export async function planTasks(db: Queryable, input: TaskPlanInput): Promise<TaskInsert[]> {
  const rows: TaskInsert[] = [];
  for (const [index, step] of input.steps.entries()) {
    const budgetHalfHours = Math.round(step.budgetHours * 2);
    rows.push({
      dossierId: input.dossierId,
      stepIndex: index,
      name: step.name,
      unitId: await resolveHandlingUnit(db, input.receiving, step, todayInVietnam(new Date(input.startMs))),
      role: step.role,
      budgetHalfHours,
      status: index === 0 ? 'active' : 'waiting',
      startedAt: index === 0 ? new Date(input.startMs).toISOString() : null,
      dueAt: index === 0 ? new Date(taskDueAt(input.calendar, input.startMs, budgetHalfHours)).toISOString() : null,
    });
  }
  return rows;
}

export async function insertTasks(tx: Queryable, rows: readonly TaskInsert[]): Promise<void> {
  if (rows.length > 0) await tx.insert(dossierTasks).values([...rows]);
}

export async function selectTasks(db: Queryable, dossierId: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(dossierTasks)
    .where(eq(dossierTasks.dossierId, dossierId))
    .orderBy(asc(dossierTasks.startedAt), asc(dossierTasks.stepIndex));
}

export async function findActiveTask(tx: Queryable, dossierId: string): Promise<TaskRow | undefined> {
  const [row] = await tx
    .select()
    .from(dossierTasks)
    .where(and(eq(dossierTasks.dossierId, dossierId), eq(dossierTasks.status, 'active')));
  return row;
}

/** Finishes the active task and starts the next waiting step; returns both (next is undefined after the last step). */
export async function handOver(
  tx: Queryable,
  input: {
    dossierId: string;
    calendar: WorkingCalendar;
    now: number;
    actor: Actor;
    note?: string | undefined;
    isFinal?: boolean;
    /** The next step is due no earlier than this instant (the appointment, for the step that returns the result). */
    nextNotBefore?: number | undefined;
  },
): Promise<{ finished: TaskRow | undefined; next: TaskRow | undefined }> {
  const active = await findActiveTask(tx, input.dossierId);
  if (active) {
    await tx
      .update(dossierTasks)
      .set({
        status: 'done',
        finishedAt: new Date(input.now).toISOString(),
        finishedBy: input.actor.name,
        finishedById: input.actor.id,
        outcome: active.dueAt ? classifyOutcome(input.now, Date.parse(active.dueAt)) : null,
        note: input.note ?? null,
      })
      .where(eq(dossierTasks.id, active.id));
  }
  const waiting = await tx
    .select()
    .from(dossierTasks)
    .where(and(eq(dossierTasks.dossierId, input.dossierId), eq(dossierTasks.status, 'waiting')))
    .orderBy(asc(dossierTasks.stepIndex));
  const next = waiting.find((task) => !active || task.stepIndex > active.stepIndex) ?? waiting[0];
  if (input.isFinal) {
    if (waiting.length > 0)
      await tx
        .update(dossierTasks)
        .set({ status: 'skipped' })
        .where(
          inArray(
            dossierTasks.id,
            waiting.map((task) => task.id),
          ),
        );
    return { finished: active, next: undefined };
  }
  if (!next) {
    if (!active) throw new DomainError(DossierError.DOSSIER_NO_ACTIVE_TASK);
    return { finished: active, next: undefined };
  }
  const startedAt = new Date(input.now).toISOString();
  const dueAt = new Date(taskDueAt(input.calendar, input.now, next.budgetHalfHours, input.nextNotBefore)).toISOString();
  await tx
    .update(dossierTasks)
    .set({ status: 'active', startedAt, dueAt, handedOverBy: input.actor.name, handedOverById: input.actor.id })
    .where(eq(dossierTasks.id, next.id));
  return {
    finished: active,
    next: { ...next, status: 'active', startedAt, dueAt, handedOverBy: input.actor.name, handedOverById: input.actor.id },
  };
}

/** Sends the dossier back to an earlier step: the active task is marked returned and that step opens again. */
export async function returnToStep(
  tx: Queryable,
  input: { dossierId: string; stepIndex: number; calendar: WorkingCalendar; now: number; actor: Actor; reason: string },
): Promise<{ from: TaskRow; to: TaskRow }> {
  const active = await findActiveTask(tx, input.dossierId);
  if (!active) throw new DomainError(DossierError.DOSSIER_NO_ACTIVE_TASK);
  if (input.stepIndex >= active.stepIndex) {
    throw validationError([
      { field: 'stepIndex', code: 'not_earlier', message: { vi: 'Chỉ trả về một bước trước đó.', en: 'Only an earlier step.' } },
    ]);
  }
  const [earlier] = await tx
    .select()
    .from(dossierTasks)
    .where(and(eq(dossierTasks.dossierId, input.dossierId), eq(dossierTasks.stepIndex, input.stepIndex)))
    .limit(1);
  if (!earlier) throw validationError([{ field: 'stepIndex', code: 'not_found' }]);
  const now = new Date(input.now).toISOString();
  await tx
    .update(dossierTasks)
    .set({ status: 'returned', finishedAt: now, finishedBy: input.actor.name, finishedById: input.actor.id, note: input.reason })
    .where(eq(dossierTasks.id, active.id));
  const [reopened] = await tx
    .insert(dossierTasks)
    .values({
      dossierId: input.dossierId,
      stepIndex: earlier.stepIndex,
      name: earlier.name,
      unitId: earlier.unitId,
      role: earlier.role,
      budgetHalfHours: earlier.budgetHalfHours,
      status: 'active',
      startedAt: now,
      dueAt: new Date(taskDueAt(input.calendar, input.now, earlier.budgetHalfHours)).toISOString(),
      handedOverBy: input.actor.name,
      handedOverById: input.actor.id,
    })
    .returning();
  // The steps after it wait again, in order.
  const later = await tx
    .select()
    .from(dossierTasks)
    .where(and(eq(dossierTasks.dossierId, input.dossierId), eq(dossierTasks.status, 'done')));
  for (const task of later.filter((row) => row.stepIndex > input.stepIndex && row.stepIndex < active.stepIndex)) {
    await tx.insert(dossierTasks).values({
      dossierId: input.dossierId,
      stepIndex: task.stepIndex,
      name: task.name,
      unitId: task.unitId,
      role: task.role,
      budgetHalfHours: task.budgetHalfHours,
      status: 'waiting',
    });
  }
  await tx.insert(dossierTasks).values({
    dossierId: input.dossierId,
    stepIndex: active.stepIndex,
    name: active.name,
    unitId: active.unitId,
    role: active.role,
    budgetHalfHours: active.budgetHalfHours,
    status: 'waiting',
  });
  return { from: active, to: reopened! };
}

/** Whether a step waits after the active one (e.g. returning the result once the leader approves). */
export async function hasWaitingStepAfterActive(tx: Queryable, dossierId: string): Promise<boolean> {
  const active = await findActiveTask(tx, dossierId);
  if (!active) return false;
  const waiting = await tx
    .select({ stepIndex: dossierTasks.stepIndex })
    .from(dossierTasks)
    .where(and(eq(dossierTasks.dossierId, dossierId), eq(dossierTasks.status, 'waiting')));
  return waiting.some((task) => task.stepIndex > active.stepIndex);
}
