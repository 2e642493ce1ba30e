import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildProcedure, buildStaff, buildUnitTree, fixtureRandom, type UnitRef } from '../support/factories.js';
import { acting, timeline, when, type Acting } from '../support/timeline.js';

/**
 * A step's due time follows the dossier's clock, computed by hand on the default working hours
 * (08:00–12:00, 13:00–17:00) in March 2026. The procedure takes 3 working days in four steps:
 * reception 4 budget hours, appraisal 12, approval 4, return of the result 4.
 *
 * Paused (the procedure may pause for a supplement):
 *   received Mon 02/3 09:00; reception handed on at 10:00 (due 14:00: on time).
 *   Appraisal from Mon 10:00, due after 12 working hours: Mon 10–12, 13–17 (6 h), Tue 08–12 (10 h),
 *   Tue 13–15 (12 h) → Tue 03/3 15:00. A supplement is asked Mon 16:00 and arrives Wed 04/3 10:00:
 *   the pause lasts Mon 16–17 (1 h) + Tue (8 h) + Wed 08–10 (2 h) = 11 working hours, so the step is
 *   due Tue 15:00 + 11 h = Tue 15–17 (2 h), Wed 08–12, 13–17 (10 h), Thu 08–09 → Thu 05/3 09:00.
 *   The dossier, due at the end of Thu 05/3 (17:00), moves by the same 11 h to Mon 09/3 11:00.
 *   Appraisal handed on Thu 08:30: on time (it would be late against Tue 15:00).
 *   Approval from Thu 08:30, due 4 h later: 08:30–12 (3.5 h), 13–13:30 → Thu 13:30; approved Thu
 *   14:00: the step is late ("Chậm bước"), the dossier early (settled Thu, due Mon 09/3).
 *   Return from Thu 14:00: 4 h would end Fri 06/3 09:00, but it waits for the applicant until the
 *   appointment, Mon 09/3 11:00; collected Mon 09/3 09:00: on time.
 *
 * Restarted (the procedure counts its limit again from the complete dossier): the same until the
 * supplement arrives Wed 04/3 10:00; the appraisal then counts its 12 h again: Wed 10–12, 13–17
 * (6 h), Thu 08–12 (10 h), Thu 13–15 → Thu 05/3 15:00.
 */
let t: TestApp;
let commune: UnitRef;
let counter: Acting;
let specialist: Acting;
let leader: Acting;
let leaderClient: Client;
const steps = [
  { name: 'Tiếp nhận, kiểm tra hồ sơ', handlerUnitType: 'service_centre' as const, role: 'counter_officer' as const, budgetHours: 4 },
  { name: 'Thẩm định', handlerUnitType: 'commune' as const, role: 'specialist' as const, budgetHours: 12 },
  { name: 'Phê duyệt', handlerUnitType: 'commune' as const, role: 'leader' as const, budgetHours: 4 },
  { name: 'Trả kết quả', handlerUnitType: 'service_centre' as const, role: 'counter_officer' as const, budgetHours: 4 },
];
const pausing = buildProcedure({ name: 'Thủ tục thử tạm dừng', steps });
const restarting = buildProcedure({ name: 'Thủ tục thử tính lại', steps, canPauseForSupplement: false });

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin)).commune;
  for (const procedure of [pausing, restarting]) await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  counter = acting(await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] }));
  specialist = acting(await buildStaff(t.admin, { unitId: commune.id, roles: ['specialist'] }));
  const leaderStaff = await buildStaff(t.admin, { unitId: commune.id, roles: ['leader'] });
  leader = acting(leaderStaff);
  leaderClient = leaderStaff.client;
});
afterAll(async () => t?.close());

const iso = (text: string) => when(text).toISOString();

async function stepsOf(dossierId: string) {
  const detail = await leaderClient.get(`/api/v1/dossiers/${dossierId}`);
  expect(detail.statusCode).toBe(200);
  return {
    dossier: detail.data as { dueAt: string; outcome: string | null },
    tasks: (detail.data.tasks as { stepIndex: number; dueAt: string | null; outcome: string | null; status: string }[]).map((task) => [
      task.stepIndex,
      task.status,
      task.dueAt,
      task.outcome,
    ]),
  };
}

describe("a step's due time and lateness", () => {
  it('moves by the supplement pause, waits for the appointment to hand back the result, and is late only against its own due time', async () => {
    const life = timeline(t.database.db, { unitId: commune.id, procedureCode: pausing.code, applicant: buildApplicant(fixtureRandom()) });
    const dossier = await life.receive(counter, '2026-03-02 09:00');
    await life.act(dossier, counter, { action: 'hand_over' }, '2026-03-02 10:00');
    expect((await stepsOf(dossier.id)).tasks[1]).toEqual([1, 'active', iso('2026-03-03 15:00'), null]);

    await life.act(
      dossier,
      specialist,
      { action: 'request_supplement', reason: 'Thiếu giấy chứng sinh', missingDocuments: ['Giấy chứng sinh'] },
      '2026-03-02 16:00',
    );
    await life.act(dossier, counter, { action: 'receive_supplement' }, '2026-03-04 10:00');
    const resumed = await stepsOf(dossier.id);
    expect(resumed.tasks[1]).toEqual([1, 'active', iso('2026-03-05 09:00'), null]);
    expect(resumed.dossier.dueAt).toBe(iso('2026-03-09 11:00'));

    await life.act(dossier, specialist, { action: 'hand_over' }, '2026-03-05 08:30');
    await life.act(dossier, leader, { action: 'approve' }, '2026-03-05 14:00');
    await life.act(dossier, counter, { action: 'return', delivery: 'counter' }, '2026-03-09 09:00');
    const settled = await stepsOf(dossier.id);
    expect(settled.dossier.outcome).toBe('early');
    expect(settled.tasks).toEqual([
      [0, 'done', iso('2026-03-02 14:00'), 'on_time'],
      [1, 'done', iso('2026-03-05 09:00'), 'on_time'],
      [2, 'done', iso('2026-03-05 13:30'), 'late'],
      [3, 'done', iso('2026-03-09 11:00'), 'on_time'],
    ]);
  });

  it('counts the step in progress again from the complete dossier when the procedure counts its limit again', async () => {
    const life = timeline(t.database.db, {
      unitId: commune.id,
      procedureCode: restarting.code,
      applicant: buildApplicant(fixtureRandom()),
    });
    const dossier = await life.receive(counter, '2026-03-02 09:00');
    await life.act(dossier, counter, { action: 'hand_over' }, '2026-03-02 10:00');
    await life.act(
      dossier,
      specialist,
      { action: 'request_supplement', reason: 'Thiếu giấy chứng sinh', missingDocuments: ['Giấy chứng sinh'] },
      '2026-03-02 16:00',
    );
    await life.act(dossier, counter, { action: 'receive_supplement' }, '2026-03-04 10:00');
    expect((await stepsOf(dossier.id)).tasks[1]).toEqual([1, 'active', iso('2026-03-05 15:00'), null]);
  });
});
