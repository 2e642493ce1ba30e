import type { ComplexityCriterion, Settlement, SettlementEventType, SettlementStep } from '../../../contracts/settlements.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import type { Text } from '../../../platform/i18n/locale.js';
import { calendarFor, type WorkingCalendar } from '../../calendar/index.js';
import {
  advanceCase,
  extendClock,
  getDueAt,
  pauseClock,
  resumeClock,
  stopClock,
  type DeadlineClock,
  stepInstant,
} from '../../cases/index.js';
import { findClockRule, type ClockRule } from '../clock-rules.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import {
  allowedExtensions,
  maxExtensionDays,
  missingBeforeDecision,
  resultMisfit,
  withdrawalContinues,
  type StepRecord,
} from '../settlement-rules.js';
import { settlementStore } from '../settlement-type.js';
import { getSettlement, getSettlementRecord, selectSettlementSteps } from '../settlements.repository.js';
import type { settlements } from '../settlements.tables.js';

type Row = typeof settlements.$inferSelect;
type Plan = { event: SettlementEventType; data: Record<string, unknown>; changes?: Record<string, unknown> };
type Situation = { row: Row; history: StepRecord[]; rule: ClockRule; calendar: WorkingCalendar; at: Date; ruleSetDay: string };

const refuse = (why: Text) => new DomainError(PetitionError.SETTLEMENT_STEP_REFUSED, { why });
const isComplaint = (row: Row) => row.kind === 'complaint_first' || row.kind === 'complaint_second';
const dueOf = (calendar: WorkingCalendar, clock: DeadlineClock) => new Date(getDueAt(calendar, clock)).toISOString();

function extend(s: Situation, step: Extract<SettlementStep, { step: 'extend' }>): Plan {
  const { row, rule, calendar, at } = s;
  const recorded = s.history.flatMap((h) => (h.type === 'extended' ? ((h.data.criteria as ComplexityCriterion[]) ?? []) : []));
  const criteria = new Set<ComplexityCriterion>([...row.complexity, ...recorded, ...step.criteria]);
  const allowed = allowedExtensions(row.kind, rule, criteria, isComplaint(row) && row.complexity.length > 0);
  if (row.extensionCount >= allowed)
    throw refuse(
      row.kind === 'denunciation'
        ? {
            vi: `Đã gia hạn ${row.extensionCount} lần; vụ việc có ${criteria.size} tiêu chí phức tạp được gia hạn tối đa ${allowed} lần (Luật Tố cáo 2018 Điều 30; Nghị định 31/2019 Điều 3).`,
            en: `Extended ${row.extensionCount} times; with ${criteria.size} complexity criteria at most ${allowed} (Law on Denunciations art. 30; Decree 31/2019 art. 3).`,
          }
        : {
            vi: 'Vụ việc này không được gia hạn thêm (khiếu nại phức tạp chỉ kéo dài đến thời hạn luật định, Luật Khiếu nại 2011 Điều 28, 37).',
            en: 'No further extension (a complex complaint runs to its statutory limit only, Law on Complaints arts. 28, 37).',
          },
    );
  const max = maxExtensionDays(row.kind, rule, row.isRemote);
  if (step.days > max)
    throw validationError([
      {
        field: 'days',
        in: 'body',
        code: 'too_long',
        message: { vi: `Mỗi lần gia hạn không quá ${max} ngày.`, en: `At most ${max} days per extension.` },
      },
    ]);
  const clock = extendClock(calendar, row.clock, { at, by: { unit: row.clock.limit.unit, value: step.days }, reason: step.decisionRef });
  return {
    event: 'extended',
    data: { decisionRef: step.decisionRef, days: step.days, criteria: step.criteria },
    changes: { clock, dueAt: dueOf(calendar, clock), extensionCount: row.extensionCount + 1, complexity: [...criteria] },
  };
}

function decide(s: Situation, step: Extract<SettlementStep, { step: 'decide' }>): Plan {
  const { row, calendar, at } = s;
  const misfit = resultMisfit(row.kind, step.result);
  if (misfit) throw validationError([{ field: 'result', in: 'body', code: 'result_mismatch', message: misfit }]);
  const missing = missingBeforeDecision(row.kind, s.history, s.ruleSetDay);
  if (missing.length > 0) throw refuse({ vi: missing.map((m) => m.vi).join(' '), en: missing.map((m) => m.en).join(' ') });
  const clock = stopClock(calendar, row.clock, at);
  const isOnTime = row.dueAt === null || at.getTime() <= Date.parse(row.dueAt);
  return {
    event: 'decided',
    data: { decisionRef: step.decisionRef, result: step.result, isOnTime, ...(step.remedies ? { remedies: step.remedies } : {}) },
    changes: { clock, result: step.result, decidedAt: at.toISOString(), isOnTime, answer: step.summary, closedAt: at.toISOString() },
  };
}

function plan(s: Situation, step: SettlementStep): Plan {
  const { row, calendar, at } = s;
  switch (step.step) {
    case 'notify':
      if (step.recipients.includes('denounced') && row.kind !== 'denunciation')
        throw validationError([
          {
            field: 'recipients',
            in: 'body',
            code: 'not_a_denunciation',
            message: { vi: 'Chỉ tố cáo mới có người bị tố cáo.', en: 'Only a denunciation has a person denounced.' },
          },
        ]);
      return { event: 'notified', data: { recipients: step.recipients } };
    case 'assign_verification':
      return { event: 'verification_assigned', data: { assignee: step.assignee, decisionRef: step.decisionRef ?? null } };
    case 'verify':
      return { event: 'verified', data: { reportRef: step.reportRef, findingsDifferFromClaim: step.findingsDifferFromClaim } };
    case 'dialogue':
      return { event: 'dialogue_held', data: { minutesRef: step.minutesRef, attendance: step.attendance } };
    case 'extend':
      return extend(s, step);
    case 'suspend':
      return {
        event: 'suspended',
        data: { decisionRef: step.decisionRef, reason: step.reason },
        changes: { clock: pauseClock(row.clock, at), dueAt: null },
      };
    case 'resume': {
      const clock = resumeClock(calendar, row.clock, at);
      return { event: 'resumed', data: { decisionRef: step.decisionRef }, changes: { clock, dueAt: dueOf(calendar, clock) } };
    }
    case 'withdraw': {
      const continues = step.scope === 'whole' && withdrawalContinues(row.kind, step);
      return { event: 'withdrawn', data: { scope: step.scope, note: step.note ?? null, continues } };
    }
    case 'decide':
      return decide(s, step);
    case 'publish':
      return { event: 'published', data: { how: step.how } };
    case 'appeal': {
      const allowed = row.kind === 'complaint_first' || (row.kind === 'complaint_second' && step.to === 'court');
      if (!allowed)
        throw refuse({
          vi: 'Chỉ quyết định giải quyết khiếu nại lần đầu mới bị khiếu nại lần hai; lần hai chỉ còn khởi kiện.',
          en: 'Only a first-instance decision leads to a second complaint; after the second, only the court.',
        });
      if (s.history.some((h) => h.type === 'appealed' && h.data.to === step.to))
        throw refuse({ vi: 'Đã ghi nhận việc này.', en: 'Already recorded.' });
      return { event: 'appealed', data: { to: step.to } };
    }
    case 'enforce':
      if (!isComplaint(row))
        throw refuse({ vi: 'Chỉ quyết định giải quyết khiếu nại được thi hành.', en: 'Only complaint decisions are enforced.' });
      return { event: 'enforced', data: { note: step.note } };
    case 'terminate':
      return {
        event: 'terminated',
        data: { decisionRef: step.decisionRef, reason: step.reason },
        changes: { clock: row.clock.pausedAt === null ? stopClock(calendar, row.clock, at) : row.clock, closedAt: at.toISOString() },
      };
    case 'escalate':
      if (row.kind !== 'denunciation' || row.dueAt === null || at.getTime() <= Date.parse(row.dueAt))
        throw refuse({
          vi: 'Chỉ đề nghị cấp trên khi tố cáo đã quá hạn giải quyết (Luật Tố cáo 2018 Điều 38).',
          en: 'A denunciation goes to the superior only once overdue (Law on Denunciations art. 38).',
        });
      return { event: 'escalated', data: { to: step.to } };
  }
}

/**
 * Records one step of a settlement on the case core, with what the law asks of it: notices,
 * verification, dialogue, extensions within the complexity allowed, suspension and resumption of
 * the clock, withdrawal, the decision (refused while notices or a required dialogue are missing;
 * on time or late by the clock), publication, a second complaint or the court, enforcement,
 * termination, escalation of an overdue denunciation.
 */
export async function recordSettlementStep(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { settlementId: string; expectedVersion: number; step: SettlementStep },
  now: Date = new Date(),
): Promise<Settlement> {
  const { db, access } = deps;
  const found = await getSettlementRecord(db, input.settlementId);
  const { row } = found;
  await access.require(principal, PetitionPermission['petitions.settle'], row.unitId);
  const events = await selectSettlementSteps(db, row.id);
  const last = events.at(-1);
  const at = stepInstant('at', input.step.at, now, last ? { at: Date.parse(last.at), what: 'bước trước / the previous step' } : undefined);
  const rule = findClockRule(row.clockRule, found.ruleSetDay);
  if (!rule) throw new Error(`no ${row.clockRule} rule on ${found.ruleSetDay}`);
  const calendar = await calendarFor(db, row.unitId);
  const history = events.map((event) => ({ type: event.type, data: event.data }));
  // The transition table first: a step the status does not allow is refused as such, before its own rules.
  settlementStore.type.requireNext(row.status, stepEvent[input.step.step]);
  const planned = plan({ row, history, rule, calendar, at, ruleSetDay: found.ruleSetDay }, input.step);
  await runCommand(db, context, (tx, audit) =>
    advanceCase(tx, audit, context, settlementStore, {
      caseId: row.id,
      from: { status: row.status, version: input.expectedVersion },
      event: planned.event,
      at,
      data: planned.data,
      audit: { action: `settlement.${input.step.step}`, after: planned.data },
      changes: planned.changes,
    }),
  );
  return getSettlement(db, row.id);
}

const stepEvent: Record<SettlementStep['step'], SettlementEventType> = {
  notify: 'notified',
  assign_verification: 'verification_assigned',
  verify: 'verified',
  dialogue: 'dialogue_held',
  extend: 'extended',
  suspend: 'suspended',
  resume: 'resumed',
  withdraw: 'withdrawn',
  decide: 'decided',
  publish: 'published',
  appeal: 'appealed',
  enforce: 'enforced',
  terminate: 'terminated',
  escalate: 'escalated',
};
