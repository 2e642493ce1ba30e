import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFeedback, rateTransaction } from '../../src/modules/ratings/index.js';
import type { DossierAction } from '../../src/modules/dossiers/use-cases/act-on-dossier.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { monthlyFigures, unitFigures, unitReport } from '../../src/modules/reports/index.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildProcedure, buildStaff, buildUnitTree, fixtureRandom, type UnitRef } from '../support/factories.js';
import { acting, timeline, when, type Acting, type TimedDossier } from '../support/timeline.js';

/**
 * The first quarter of 2026 at one commune, hand-computed, through the use cases at chosen
 * instants. The procedure takes 3 working days (national calendar, 08:00–12:00 and 13:00–17:00,
 * day 1 the next working day): received on a Monday at 09:00, due on the Thursday at 17:00.
 *
 *   A  Mon 02/3 → approved Wed 04/3                         settled early
 *   B  Mon 09/3 → approved Thu 12/3                         settled on time
 *   C  Mon 16/3 → approved Mon 23/3                         settled late
 *   D  Mon 23/3 (due 26/3), unfinished at the end            overdue
 *   E  Mon 30/3 (due 02/4), unfinished                       in progress on time
 *   F  Mon 23/3, supplement asked Wed 25/3 (before its due)  waiting for the citizen, not overdue
 *   G  Mon 16/3, a 1-day procedure (due Tue 17/3), supplement asked Thu 19/3 (after its due, within
 *      the 3 working days the law allows for asking)      overdue (finished on the request day, late)
 *   H  Mon 16/3, financial obligation asked Wed 18/3         waiting for the citizen (national status 6)
 *   I  Wed 25/3 (due Mon 30/3), supplement Thu 26/3 → Mon 30/3: two working days, due Wed 01/4: on time
 *   J  Mon 02/3, withdrawn Tue 03/3                          neither settled nor unfinished
 *   K  Mon 23/3 (due 26/3), withdrawn Thu 02/4               overdue at the end
 *   L  Mon 16/3 (due 19/3), apology on 17/3 for 10/4         overdue: the statutory appointment counts
 *
 * Received 12; settled 3 (1 early, 1 on time, 1 late); unfinished at the end 8, overdue 4 (D, G,
 * K, L), waiting 2 (F, H); handled 11. On time (2.1) = (1 + 1 + 8 − 4) / 11 = 54.55 %; late =
 * (1 + 4) / 11 = 45.45 %. Settled only, the page used to show 2 / 3 = 66.67 %.
 * Ratings in the quarter: A unsatisfied; B very satisfied; C unsatisfied, attitude poor, with a
 * comment (a conduct complaint); E satisfied. Dossiers with a dislike or complaint: A, C → 5.4 =
 * 100 − (5 + 2) / 11 × 100 = 36.36 %.
 */
let t: TestApp;
let commune: UnitRef;
let leaderClient: Client;
let counter: Acting;
let leader: Acting;
let life: ReturnType<typeof timeline>;
const procedure = buildProcedure({ name: 'Thủ tục thử số liệu cuối kỳ' });
const oneDay = buildProcedure({
  name: 'Thủ tục thử một ngày',
  processingTime: { unit: 'working_days', value: 1 },
  steps: [
    { name: 'Tiếp nhận, kiểm tra hồ sơ', handlerUnitType: 'service_centre', role: 'counter_officer', budgetHours: 2 },
    { name: 'Thẩm định', handlerUnitType: 'commune', role: 'specialist', budgetHours: 4 },
    { name: 'Phê duyệt, trả kết quả', handlerUnitType: 'commune', role: 'leader', budgetHours: 2 },
  ],
});
const q1 = { from: '2026-01-01', to: '2026-03-31' };
const dossiers: Record<string, TimedDossier> = {};

const supplement: DossierAction = { action: 'request_supplement', reason: 'Thiếu giấy tờ', missingDocuments: ['Giấy chứng sinh'] };

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin)).commune;
  for (const listed of [procedure, oneDay]) {
    const created = await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure: listed });
    if (created.statusCode !== 201) throw new Error(`procedure not created: ${created.body}`);
  }
  counter = acting(await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] }));
  const leaderStaff = await buildStaff(t.admin, { unitId: commune.id, roles: ['leader'] });
  leader = acting(leaderStaff);
  leaderClient = leaderStaff.client;
  life = timeline(t.database.db, { unitId: commune.id, procedureCode: procedure.code, applicant: buildApplicant(fixtureRandom()) });
  const receipts: [string, string][] = [
    ['A', '2026-03-02 09:00'],
    ['J', '2026-03-02 09:00'],
    ['B', '2026-03-09 09:00'],
    ['C', '2026-03-16 09:00'],
    ['G', '2026-03-16 09:00'],
    ['H', '2026-03-16 09:00'],
    ['L', '2026-03-16 09:00'],
    ['D', '2026-03-23 09:00'],
    ['F', '2026-03-23 09:00'],
    ['K', '2026-03-23 09:00'],
    ['I', '2026-03-25 09:00'],
    ['E', '2026-03-30 09:00'],
  ];
  // In time order, as the officers act.
  const q1Actions: [string, Acting, Parameters<typeof life.act>[2], string][] = [
    ['J', counter, { action: 'withdraw' }, '2026-03-03 09:00'],
    ['A', leader, { action: 'approve' }, '2026-03-04 10:00'],
    ['B', leader, { action: 'approve' }, '2026-03-12 10:00'],
    ['L', leader, { action: 'reschedule', reason: 'Chờ xác minh', newDueAt: when('2026-04-10 17:00').toISOString() }, '2026-03-17 10:00'],
    ['H', leader, { action: 'request_payment', obligation: 'Lệ phí trước bạ' }, '2026-03-18 10:00'],
    ['G', leader, supplement, '2026-03-19 10:00'],
    ['C', leader, { action: 'approve' }, '2026-03-23 10:00'],
    ['F', leader, supplement, '2026-03-25 10:00'],
    ['I', leader, supplement, '2026-03-26 09:00'],
    ['I', counter, { action: 'receive_supplement' }, '2026-03-30 09:00'],
  ];
  const events = [
    ...receipts.map(([name, at]) => ({
      at,
      run: async () => void (dossiers[name] = await life.receive(counter, at, name === 'G' ? oneDay.code : procedure.code)),
    })),
    ...q1Actions.map(([name, by, command, at]) => ({ at, run: () => life.act(dossiers[name]!, by, command, at) })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  for (const event of events) await event.run();
  const rate = (name: string, answers: Parameters<typeof rateTransaction>[2]['answers'], at: string) =>
    rateTransaction(
      { db: t.database.db },
      { actor: { id: null, name: 'citizen:test' } },
      { dossierId: dossiers[name]!.id, transaction: 'intake', channel: 'qr', answers, now: when(at) },
    );
  await rate('A', { level: 'unsatisfied' }, '2026-03-02 09:10');
  await rate('B', { level: 'very_satisfied' }, '2026-03-09 09:10');
  await rate('C', { level: 'unsatisfied', attitude: 'poor', comment: 'Cán bộ gây khó dễ, đòi thêm giấy tờ.' }, '2026-03-16 09:10');
  await rate('E', { level: 'satisfied' }, '2026-03-30 09:10');
});
afterAll(async () => t?.close());

const expectedQ1 = {
  asOf: when('2026-04-01 00:00').toISOString(),
  dossiers: {
    received: 12,
    receivedOnline: 0,
    early: 1,
    onTime: 1,
    late: 1,
    settled: 3,
    inProgress: 8,
    inProgressOverdue: 4,
    inProgressPaused: 2,
    handled: 11,
    earlyOrOnTimePercent: 54.55,
    latePercent: 45.45,
    onlinePercent: 0,
  },
  ratings: { total: 4, unsatisfied: 2, satisfiedPercent: 50 },
  decision766: {
    handled: 11,
    inProgress: 8,
    overdueInProgress: 4,
    dossiersWithDislikeOrComplaint: 2,
    timelinessPercent: 54.55,
    satisfactionPercent: 36.36,
    satisfactionFullPoints: false,
  },
};
const request = () => ({ unitId: commune.id, ...q1 });

describe('a closed quarter', () => {
  let afterQuarter: Awaited<ReturnType<typeof unitReport>>;
  let monthsAfterQuarter: Awaited<ReturnType<typeof monthlyFigures>>;

  it('counts every dossier as the law does, as of the quarter end', async () => {
    afterQuarter = await unitReport(t.database.db, request(), when('2026-04-01 08:00'));
    expect(afterQuarter).toMatchObject(expectedQ1);
    monthsAfterQuarter = await monthlyFigures(t.database.db, request(), when('2026-04-01 08:00'));
    expect(monthsAfterQuarter.map((month) => month.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsAfterQuarter[2]).toMatchObject({ asOf: expectedQ1.asOf, dossiers: expectedQ1.dossiers });
    expect(monthsAfterQuarter[1]!.dossiers).toMatchObject({ received: 0, handled: 0, earlyOrOnTimePercent: null });
  });

  it("keeps its figures while the next quarter's work goes on", async () => {
    const aprilReceipts: [string, string][] = [
      ['M', '2026-04-01 09:00'],
      ['N', '2026-04-06 09:00'],
    ];
    for (const [name, at] of aprilReceipts) dossiers[name] = await life.receive(counter, at);
    const april: [string, Acting, Parameters<typeof life.act>[2], string][] = [
      ['D', leader, { action: 'approve' }, '2026-04-02 10:00'],
      ['G', counter, { action: 'receive_supplement' }, '2026-04-02 09:00'],
      ['H', counter, { action: 'receive_payment' }, '2026-04-02 09:00'],
      ['I', leader, { action: 'approve' }, '2026-04-02 10:00'],
      ['K', counter, { action: 'withdraw' }, '2026-04-02 09:00'],
      ['M', leader, { action: 'approve' }, '2026-04-02 10:00'],
      ['F', counter, { action: 'receive_supplement' }, '2026-04-03 09:00'],
      ['H', leader, { action: 'approve' }, '2026-04-03 09:00'],
      ['E', leader, { action: 'approve' }, '2026-04-06 10:00'],
      ['F', leader, { action: 'approve' }, '2026-04-07 10:00'],
      ['L', leader, { action: 'approve' }, '2026-04-08 10:00'],
    ];
    for (const [name, by, command, at] of april) await life.act(dossiers[name]!, by, command, at);
    await rateTransaction(
      { db: t.database.db },
      { actor: { id: null, name: 'citizen:test' } },
      { dossierId: dossiers.N!.id, transaction: 'intake', channel: 'qr', answers: { level: 'unsatisfied' }, now: when('2026-04-06 09:10') },
    );
    const [item] = (await leaderClient.get(`/api/v1/feedback?unitId=${commune.id}`)).data.items as { id: string }[];
    await answerFeedback({ db: t.database.db, access: createAccessPolicy(t.database.db) }, leader.principal, leader.context, {
      id: item!.id,
      expectedVersion: 1,
      answer: 'Đơn vị đã kiểm điểm cán bộ.',
      subject: 'conduct',
      finding: 'upheld',
      now: when('2026-04-03 09:00'),
    });

    const later = when('2026-04-20 10:00');
    expect(await unitReport(t.database.db, request(), later)).toEqual(afterQuarter);
    expect(await monthlyFigures(t.database.db, request(), later)).toEqual(monthsAfterQuarter);
    // Through the API, read today: the same quarter, the same figures.
    const api = await leaderClient.get(`/api/v1/reports/units/${commune.id}/figures?from=${q1.from}&to=${q1.to}`);
    expect(api.data).toEqual(JSON.parse(JSON.stringify(afterQuarter)));
  });

  it('judges the month that runs as of now', async () => {
    const april = await unitFigures(t.database.db, { unitId: commune.id, from: '2026-04-01', to: '2026-04-30' }, when('2026-04-20 10:00'));
    // Unfinished on 20 April: G (its supplement came, not settled, overdue) and N (due Thu 9 April).
    expect(april.asOf).toBe(when('2026-04-20 10:00').toISOString());
    expect(april.dossiers).toMatchObject({ received: 2, inProgress: 2, inProgressOverdue: 2, inProgressPaused: 0 });
    // Settled in April: D, E, F, H, I, L and M; K was withdrawn (neither settled nor unfinished).
    expect(april.dossiers.settled).toBe(7);
  });

  it('shows the same figures on the public page', async () => {
    const page = await new Client(t.app).get(`/cong-khai?don-vi=${commune.code}&tu=${q1.from}&den=${q1.to}`);
    const cell = (figure: string) => {
      const row = new RegExp(`<tr data-figure="${figure}">(.*?)</tr>`, 's').exec(page.body)![1]!;
      return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!)[2]!;
    };
    expect(cell('settled')).toBe('3');
    expect(cell('in-progress')).toBe('8');
    expect(cell('in-progress-overdue')).toBe('4');
    expect(cell('in-progress-paused')).toBe('2');
    expect(cell('on-time-percent')).toBe('54,55 %');
  });
});
