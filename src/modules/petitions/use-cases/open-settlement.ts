import { eq, sql } from 'drizzle-orm';
import type { Settlement, SettlementKind, SettlementOpening } from '../../../contracts/settlements.js';
import type { Petition } from '../../../contracts/petitions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { calendarFor } from '../../calendar/index.js';
import { getDueAt, openCase, startClock, stepInstant } from '../../cases/index.js';
import { findClockRule, limitOf } from '../clock-rules.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { petitions } from '../petitions.tables.js';
import { settlementRuleOf } from '../settlement-rules.js';
import { settlementStore } from '../settlement-type.js';
import { settlements } from '../settlements.tables.js';
import { getSettlement } from '../settlements.repository.js';

const kindError = (vi: string, en: string) => validationError([{ field: 'kind', in: 'body', code: 'kind_mismatch', message: { vi, en } }]);

/** The settlement kind a petition leads to; a given kind must fit the petition's. */
function settlementKindOf(petition: Petition, given: SettlementKind | undefined): SettlementKind {
  const settledBefore = petition.classification?.settlementStatus === 'once' || petition.classification?.settlementStatus === 'several';
  const inferred: SettlementKind | undefined =
    petition.kind === 'complaint'
      ? settledBefore
        ? 'complaint_second'
        : 'complaint_first'
      : petition.kind === 'denunciation'
        ? 'denunciation'
        : petition.kind === 'mixed'
          ? undefined
          : 'recommendation';
  if (!inferred) throw kindError('Đơn có nhiều nội dung: tách đơn trước khi thụ lý.', 'A mixed petition is split before it is accepted.');
  if (!given) return inferred;
  const fits = petition.kind === 'complaint' ? given.startsWith('complaint_') : given === inferred;
  if (!fits) throw kindError('Loại giải quyết không phù hợp với loại đơn.', 'This kind of settlement does not fit the petition.');
  return given;
}

/**
 * Accepts a petition for settlement (thụ lý): a petition whose handling proposed acceptance becomes
 * a settlement on its kind's clock — the rule in force on the petition's day of receipt, the complex
 * or remote-area limit when recorded — counted from the acceptance.
 */
export async function openSettlement(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; opening: SettlementOpening },
  now: Date = new Date(),
): Promise<Settlement> {
  const { db, access } = deps;
  const petition = await getPetition(db, input.petitionId);
  await access.require(principal, PetitionPermission['petitions.settle'], petition.unitId);
  if (petition.status !== 'accepted')
    throw new DomainError(PetitionError.SETTLEMENT_STEP_REFUSED, {
      why: { vi: 'Đơn chưa được đề xuất thụ lý.', en: 'The petition was not proposed for acceptance.' },
    });
  const { opening } = input;
  const kind = settlementKindOf(petition, opening.kind);
  const acceptedAt = stepInstant('acceptedAt', opening.acceptedAt, now, {
    at: Date.parse(petition.receivedAt),
    what: 'ngày nhận đơn / the day of receipt',
  });
  if (opening.previousSettlementId) {
    const [previous] = await db
      .select({ kind: settlements.kind })
      .from(settlements)
      .where(eq(settlements.id, opening.previousSettlementId));
    if (kind !== 'complaint_second' || previous?.kind !== 'complaint_first')
      throw validationError([
        {
          field: 'previousSettlementId',
          in: 'body',
          code: 'not_first_instance',
          message: {
            vi: 'Chỉ khiếu nại lần hai gắn với một vụ giải quyết lần đầu.',
            en: 'Only a second complaint refers to a first-instance settlement.',
          },
        },
      ]);
  }
  const ruleSetDay = todayInVietnam(new Date(petition.receivedAt));
  const rule = findClockRule(settlementRuleOf[kind], ruleSetDay);
  if (!rule) throw new Error(`no ${settlementRuleOf[kind]} rule on ${ruleSetDay}`);
  const isComplex = kind !== 'denunciation' && kind !== 'recommendation' && opening.complexity.length > 0;
  const calendar = await calendarFor(db, petition.unitId);
  const clock = startClock(calendar, { receivedAt: acceptedAt, limit: limitOf(rule, { isComplex, isRemote: opening.isRemote }) });
  const dueAt = new Date(getDueAt(calendar, clock)).toISOString();
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    // One settlement per petition: the petition's row is locked while it is checked and opened.
    await tx.execute(sql`select id from ${petitions} where id = ${petition.id} for update`);
    const [existing] = await tx.select({ id: settlements.id }).from(settlements).where(eq(settlements.petitionId, petition.id));
    if (existing) throw new DomainError(PetitionError.SETTLEMENT_EXISTS);
    await openCase(tx, audit, context, settlementStore, {
      row: {
        id,
        petitionId: petition.id,
        unitId: petition.unitId,
        kind,
        acceptedAt: acceptedAt.toISOString(),
        decisionRef: opening.decisionRef,
        isRemote: opening.isRemote,
        complexity: opening.complexity,
        clockRule: rule.key,
        clock,
        dueAt,
        originalDueAt: dueAt,
        previousSettlementId: opening.previousSettlementId ?? null,
      },
      event: 'accepted',
      at: acceptedAt,
      data: { kind, decisionRef: opening.decisionRef, isRemote: opening.isRemote, complexity: opening.complexity, dueAt },
      audit: { action: 'settlement.accept', after: { petitionId: petition.id, kind, dueAt } },
    });
  });
  return getSettlement(db, id);
}
