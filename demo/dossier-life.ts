/**
 * Plans a received dossier's life as timed actions on the unit's working calendar: a hand-over
 * at the end of each step, approval, then return. Most finish before the appointment; a few
 * are late, a few get one apology with a new appointment, a few are withdrawn, and some pause
 * once for a supplement. Pure: the caller runs the actions through the dossiers module.
 */
import { addWorkingDays, addWorkingTime, countWorkingTime, type WorkingCalendar } from '../src/modules/calendar/index.js';
import type { DossierAction } from '../src/modules/dossiers/use-cases/act-on-dossier.js';
import { homeDeliveryCodes, rescheduleReasons, supplementReasons, withdrawalReason } from './procedure-mix.js';
import type { Random } from './random.js';
import { dayNumberToIso, localDayNumberOf, vietnamInstant } from '../src/platform/time/vietnam-time.js';

/** Who acts: the receiving commune's staff, or the provincial department's that handles a step. */
export type Actor = 'counter' | 'specialist' | 'leader' | 'department_specialist' | 'department_leader';
export type PlannedAction = { at: number; actor: Actor; command: DossierAction };
export type Fate = 'normal' | 'late' | 'reschedule' | 'withdraw';
type Delivery = 'counter' | 'post' | 'home' | 'electronic';

/** Shares of received dossiers (that are not handled on the spot). */
export const FATE_SHARES = { withdraw: 0.006, reschedule: 0.02, late: 0.01, supplement: 0.05 } as const;

const MINUTE = 60_000;

export type LifeInput = {
  calendar: WorkingCalendar;
  procedureCode: string;
  /** The steps; `atDepartment` when a provincial department handles the step. */
  steps: readonly { role: string; budgetHours: number; atDepartment?: boolean }[];
  isOnTheSpot: boolean;
  canPauseForSupplement: boolean;
  documentNames: readonly string[];
  receivedAt: number;
  dueAt: number;
  delivery: Delivery;
  /** Where a home or postal delivery goes and who receives it. */
  applicant: { name: string; address: string };
};

const actorOf = (step: LifeInput['steps'][number]): Actor => {
  if (step.role === 'counter_officer') return 'counter';
  if (step.atDepartment) return step.role === 'leader' ? 'department_leader' : 'department_specialist';
  return step.role === 'leader' ? 'leader' : 'specialist';
};

/** The last working day on which the appraisal may ask for a supplement: three working days after the receipt day. */
function supplementDeadline(calendar: WorkingCalendar, receivedAt: number): number {
  let day = localDayNumberOf(receivedAt);
  for (let left = 3; left > 0;) if (calendar.isWorkingDay(dayNumberToIso(++day))) left -= 1;
  return vietnamInstant(dayNumberToIso(day), '16:00');
}

function chooseFate(random: Random, isSimple: boolean): Fate {
  if (isSimple) return 'normal';
  const draw = random.next();
  if (draw < FATE_SHARES.withdraw) return 'withdraw';
  if (draw < FATE_SHARES.withdraw + FATE_SHARES.reschedule) return 'reschedule';
  if (draw < FATE_SHARES.withdraw + FATE_SHARES.reschedule + FATE_SHARES.late) return 'late';
  return 'normal';
}

/** The record a home or postal return keeps: the applicant receives it at their address when it is returned. */
export function deliveryRecordOf(delivery: Delivery, applicant: LifeInput['applicant'], at: number) {
  if (delivery !== 'home' && delivery !== 'post') return {};
  const base = { recipientName: applicant.name, address: applicant.address, deliveredAt: new Date(at).toISOString() };
  return delivery === 'home'
    ? { deliveryRecord: { ...base, deliveredBy: homeCourier } }
    : { deliveryRecord: { ...base, postalReceiptNumber: `EB${String(at % 1_000_000_000).padStart(9, '0')}VN` } };
}

const homeCourier = 'Nhân viên Bưu điện văn hóa xã';

export function planLife(input: LifeInput, random: Random): { fate: Fate; actions: PlannedAction[] } {
  const { calendar, receivedAt: start, dueAt } = input;
  const day = calendar.workingHours.dayLengthMs;
  const available = Math.max(30 * MINUTE, countWorkingTime(calendar, start, dueAt));
  const isInterAgency = input.steps.some((step) => step.atDepartment);
  let fate = chooseFate(random, input.isOnTheSpot || isInterAgency);
  const extra: PlannedAction[] = [];

  // P: working time from receipt to approval, not counting a supplement pause.
  let processing: number;
  if (input.isOnTheSpot) processing = random.between(8, 30) * MINUTE;
  else processing = available * (0.25 + 0.72 * random.next() ** 0.9);
  if (fate === 'reschedule') {
    const at = addWorkingTime(calendar, start, random.between(0.15, 0.45) * available);
    if (addWorkingDays(calendar, at, 1) <= dueAt) {
      const newDueAt = addWorkingDays(calendar, dueAt, random.int(2, 5));
      const approveAt = addWorkingTime(calendar, dueAt, random.between(0.1, 0.9) * countWorkingTime(calendar, dueAt, newDueAt));
      processing = countWorkingTime(calendar, start, approveAt);
      extra.push({
        at,
        actor: 'leader',
        command: { action: 'reschedule', reason: random.pick(rescheduleReasons), newDueAt: new Date(newDueAt).toISOString() },
      });
    } else {
      fate = 'late';
    }
  }
  if (fate === 'late') processing = available + random.between(0.15, 2.5) * day;

  // Steps before the last (the return at the counter) end with a hand-over, the last of them with approval.
  const steps = input.steps.length > 1 ? input.steps.slice(0, -1) : input.steps;
  const weights = steps.map((step) => Math.max(step.budgetHours, 0.5) * random.between(0.6, 1.4));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const ends: number[] = [];
  let sum = 0;
  for (const weight of weights) ends.push((processing * (sum += weight)) / total);

  // One supplement request during the first specialist step; the clock pauses until it arrives.
  let pauseFrom = Number.POSITIVE_INFINITY;
  let pauseMs = 0;
  const specialistStep = steps.findIndex((step) => step.role === 'specialist');
  if (
    fate !== 'withdraw' &&
    fate !== 'reschedule' &&
    !input.isOnTheSpot &&
    !isInterAgency &&
    input.canPauseForSupplement &&
    specialistStep >= 0 &&
    random.chance(FATE_SHARES.supplement)
  ) {
    const stepStart = specialistStep === 0 ? 0 : ends[specialistStep - 1]!;
    // Asked within three working days of receipt, as the law allows: else no supplement.
    const windowEnd = countWorkingTime(calendar, start, supplementDeadline(calendar, start));
    const stepEnd = Math.min(ends[specialistStep]!, windowEnd);
    if (stepEnd > stepStart) {
      pauseFrom = stepStart + random.between(0.2, 0.6) * (stepEnd - stepStart);
      pauseMs = random.int(1, 4) * day + random.between(0, 0.3) * day;
    }
  }
  const instant = (p: number) => addWorkingTime(calendar, start, p + (p > pauseFrom ? pauseMs : 0));
  if (pauseMs > 0) {
    const requestedAt = instant(pauseFrom);
    const missing = random.pick(input.documentNames.length > 0 ? input.documentNames : ['Tờ khai']);
    extra.push({
      at: requestedAt,
      actor: 'specialist',
      command: { action: 'request_supplement', reason: random.pick(supplementReasons), missingDocuments: [missing.slice(0, 300)] },
    });
    extra.push({ at: addWorkingTime(calendar, requestedAt, pauseMs), actor: 'counter', command: { action: 'receive_supplement' } });
  }

  const actions: PlannedAction[] = [...extra];
  steps.forEach((step, index) => {
    const at = instant(ends[index]!);
    if (index < steps.length - 1) actions.push({ at, actor: actorOf(step), command: { action: 'hand_over' } });
    else actions.push({ at, actor: step.atDepartment ? 'department_leader' : 'leader', command: { action: 'approve' } });
  });
  actions.sort((a, b) => a.at - b.at);

  if (fate === 'withdraw') {
    const at = instant(processing * random.between(0.1, 0.7));
    const before = actions.filter((action) => action.at < at);
    return { fate, actions: [...before, { at, actor: 'counter', command: { action: 'withdraw', reason: withdrawalReason } }] };
  }

  const approvedAt = actions[actions.length - 1]!.at;
  const delivery: Delivery = homeDeliveryCodes.has(input.procedureCode) && random.chance(0.2) ? 'home' : input.delivery;
  const lag =
    delivery === 'electronic'
      ? random.between(1, 20) * MINUTE
      : input.isOnTheSpot
        ? random.between(2, 15) * MINUTE
        : delivery === 'post'
          ? random.between(0.3, 1.5) * day
          : delivery === 'home'
            ? random.between(0.2, 1) * day
            : random.between(0.03, 1.5) * day;
  const returnAt = addWorkingTime(calendar, approvedAt, lag);
  actions.push({
    at: returnAt,
    actor: 'counter',
    command: { action: 'return', delivery, ...deliveryRecordOf(delivery, input.applicant, returnAt) },
  });
  return { fate, actions };
}
