import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFor } from '../../src/modules/calendar/index.js';
import {
  getStatutoryDueAt,
  pauseClock,
  rescheduleClock,
  restartClock,
  resumeClock,
  startClock,
  type DeadlineClock,
} from '../../src/modules/cases/index.js';
import { getVersion } from '../../src/modules/catalog/index.js';
import { actOnDossier, receiveAtCounter } from '../../src/modules/dossiers/index.js';
import type { DossierAction } from '../../src/modules/dossiers/use-cases/act-on-dossier.js';
import { timeLimitOf } from '../../src/modules/dossiers/use-cases/receive-at-counter.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { countUnfinishedAt } from '../../src/modules/reports/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import { DomainError } from '../../src/platform/errors/errors.js';
import { vietnamInstant } from '../../src/platform/time/vietnam-time.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildProcedure, buildUnitTree, fixtureRandom } from '../support/factories.js';

/**
 * Random dossier lives through the use cases (supplements that pause or restart the clock,
 * financial obligations, apologies, approvals, stops, withdrawals), then the unfinished dossiers
 * judged at many instants — by the reports module (SQL over the rows, and the clock's history for
 * the dossiers whose appointment moved) and, independently, by replaying each dossier's events up
 * to the instant through the clock functions. Both must agree at every instant.
 */
let t: TestApp;
let unitId: string;
const pausing = buildProcedure({ name: 'Thủ tục thử tạm dừng khi bổ sung' });
const restarting = buildProcedure({
  name: 'Thủ tục thử tính lại từ đầu khi bổ sung',
  canPauseForSupplement: false,
  processingTime: { unit: 'working_days', value: 1 },
  steps: [
    { name: 'Tiếp nhận', handlerUnitType: 'service_centre', role: 'counter_officer', budgetHours: 2 },
    { name: 'Thẩm định', handlerUnitType: 'commune', role: 'specialist', budgetHours: 4 },
    { name: 'Phê duyệt', handlerUnitType: 'commune', role: 'leader', budgetHours: 2 },
  ],
});
const everyone: Principal = {
  kind: 'token',
  tokenId: '00000000-0000-4000-8000-000000000002',
  tokenName: 'figures',
  role: 'leader',
  unitId: null,
};
const HOUR = 3_600_000;
const start = vietnamInstant('2026-03-02', '08:30');

beforeAll(async () => {
  t = await createTestApp();
  unitId = (await buildUnitTree(t.admin)).commune.id;
  for (const procedure of [pausing, restarting]) await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
});
afterAll(async () => t?.close());

const command = (at: number): fc.Arbitrary<DossierAction> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constant<DossierAction>({ action: 'request_supplement', reason: 'Thiếu giấy tờ', missingDocuments: ['Tờ khai'] }),
    },
    { weight: 4, arbitrary: fc.constant<DossierAction>({ action: 'receive_supplement' }) },
    { weight: 3, arbitrary: fc.constant<DossierAction>({ action: 'request_payment', obligation: 'Lệ phí trước bạ' }) },
    { weight: 4, arbitrary: fc.constant<DossierAction>({ action: 'receive_payment' }) },
    { weight: 2, arbitrary: fc.constant<DossierAction>({ action: 'hand_over' }) },
    {
      weight: 3,
      arbitrary: fc.integer({ min: 3, max: 12 }).map<DossierAction>((days) => ({
        action: 'reschedule',
        reason: 'Chờ xác minh',
        newDueAt: new Date(vietnamInstant(new Date(at + days * 24 * HOUR + 7 * HOUR).toISOString().slice(0, 10), '16:00')).toISOString(),
      })),
    },
    { weight: 1, arbitrary: fc.constant<DossierAction>({ action: 'approve' }) },
    { weight: 1, arbitrary: fc.constant<DossierAction>({ action: 'stop', reason: 'Không đủ điều kiện' }) },
    { weight: 1, arbitrary: fc.constant<DossierAction>({ action: 'withdraw' }) },
  );

type Event = { type: string; at: number; data: Record<string, unknown> };

/** The state at `atMs` by replaying the events before it through the clock functions. */
function replay(input: {
  calendar: Parameters<typeof startClock>[0];
  limit: Parameters<typeof startClock>[1]['limit'];
  events: Event[];
  atMs: number;
}) {
  let clock: DeadlineClock | null = null;
  let supplements = 0;
  for (const event of input.events) {
    if (event.at >= input.atMs) break;
    if (event.type === 'received') clock = startClock(input.calendar, { receivedAt: event.at, limit: input.limit });
    if (!clock) continue;
    if (event.type === 'supplement_requested') supplements += 1;
    if (event.type === 'supplement_requested' || event.type === 'payment_requested') clock = pauseClock(clock, event.at);
    if (event.type === 'payment_received' || (event.type === 'supplement_received' && event.data.clockRule === 'resume'))
      clock = resumeClock(input.calendar, clock, event.at);
    if (event.type === 'supplement_received' && event.data.clockRule === 'restart') clock = restartClock(input.calendar, clock, event.at);
    if (event.type === 'rescheduled')
      clock = rescheduleClock(input.calendar, clock, { newDueAt: Date.parse(String(event.data.newDueAt)), at: event.at });
  }
  if (!clock) throw new Error('not received before the instant');
  if (supplements > 1) return 'overdue';
  if (clock.pausedAt !== null) return clock.pausedAt > getStatutoryDueAt(input.calendar, clock, clock.pausedAt) ? 'overdue' : 'paused';
  return input.atMs > getStatutoryDueAt(input.calendar, clock, input.atMs) ? 'overdue' : 'on_time';
}

describe('unfinished dossiers at the end of a period', () => {
  it('are judged as a replay of their events up to that end judges them', async () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`period-end property seed: ${seed} (replay with FC_SEED=${seed})`);
    const random = fc.sample(
      fc.record({
        receivedAfterHours: fc.integer({ min: 0, max: 24 * 20 }),
        restarts: fc.boolean(),
        steps: fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1_000 })), { maxLength: 10 }),
      }),
      { numRuns: 40, seed },
    );
    const deps = { db: t.database.db, access: createAccessPolicy(t.database.db) };
    const calendar = await calendarFor(t.database.db, unitId);
    let last = start;
    for (const plan of random) {
      const procedure = plan.restarts ? restarting : pausing;
      let now = start + plan.receivedAfterHours * HOUR;
      const intake = await receiveAtCounter(
        deps,
        everyone,
        systemContext('figures'),
        {
          receivingUnitId: unitId,
          procedureCode: procedure.code,
          applicant: buildApplicant(fixtureRandom()),
          documents: [
            { index: 1, count: 1 },
            { index: 2, count: 1 },
          ],
          setCount: 1,
          delivery: 'counter',
        },
        new Date(now),
      );
      let version = 1;
      for (const [hours, pick] of plan.steps) {
        now += hours * HOUR;
        const action = fc.sample(command(now), { numRuns: 1, seed: pick })[0]!;
        try {
          version = (
            await actOnDossier(
              deps,
              everyone,
              systemContext('figures'),
              { dossierId: intake.dossierId, expectedVersion: version, command: action },
              new Date(now),
            )
          ).version;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
        }
      }
      last = Math.max(last, now);
    }
    const rows = await t.database.query<{ dossier_id: string; type: string; at: string; data: Record<string, unknown> }>(
      'select dossier_id, type, at, data from dossier_events order by dossier_id, seq',
    );
    const eventsOf = new Map<string, Event[]>();
    for (const row of rows)
      eventsOf.set(row.dossier_id, [
        ...(eventsOf.get(row.dossier_id) ?? []),
        { type: row.type, at: new Date(row.at).getTime(), data: row.data },
      ]);
    const dossiers = await t.database.query<{
      id: string;
      received_at: string;
      finished_at: string | null;
      procedure_code: string;
      procedure_version: number;
    }>('select id, received_at, finished_at, procedure_code, procedure_version from dossiers where receiving_unit_id = $1', [unitId]);
    const limits = new Map<string, ReturnType<typeof timeLimitOf>>();
    for (const row of dossiers)
      limits.set(row.procedure_code, timeLimitOf(await getVersion(t.database.db, row.procedure_code, row.procedure_version)));
    // Instants: every event's own instant (the boundaries), and the ends of days through the activity.
    const instants = [
      ...new Set([
        ...rows.map((row) => new Date(row.at).getTime()),
        ...Array.from({ length: 40 }, (_, day) => start + day * 24 * HOUR + 15.5 * HOUR),
      ]),
    ]
      .filter((at) => at <= last + 48 * HOUR)
      .sort((a, b) => a - b);
    const ours = await countUnfinishedAt(t.database.db, [unitId], instants);
    let judged = 0;
    for (const [index, atMs] of instants.entries()) {
      const expected = { inProgress: 0, overdue: 0, paused: 0 };
      for (const row of dossiers) {
        const received = new Date(row.received_at).getTime();
        const ended = row.finished_at === null ? null : new Date(row.finished_at).getTime();
        if (!(received < atMs && (ended === null || ended >= atMs))) continue;
        const state = replay({ calendar, limit: limits.get(row.procedure_code)!, events: eventsOf.get(row.id)!, atMs });
        expected.inProgress += 1;
        if (state === 'overdue') expected.overdue += 1;
        if (state === 'paused') expected.paused += 1;
        judged += 1;
      }
      expect({ at: new Date(atMs).toISOString(), ...ours[index] }).toEqual({ at: new Date(atMs).toISOString(), ...expected });
    }
    expect(judged).toBeGreaterThan(100);
    expect(dossiers.length).toBe(40);
  }, 180_000);
});
