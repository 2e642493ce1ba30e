import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { answerFeedback, rateTransaction } from '../../src/modules/ratings/index.js';
import type { FeedbackFinding, FeedbackSubject, RatingAnswers } from '../../src/contracts/ratings.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildProcedure, buildStaff, buildUnitTree, fixtureRandom, type UnitRef } from '../support/factories.js';
import { acting, timeline, when, type Acting, type TimedDossier } from '../support/timeline.js';

/**
 * The Circular 01/2018 evaluation of one commune in March 2026, hand-computed. The procedure takes
 * 3 working days in three steps: reception (4 budget hours), appraisal (16), approval (4); 8 budget
 * hours make a working day (08:00–12:00, 13:00–17:00).
 *
 *   X  received Mon 02/3 09:00 by the counter officer, handed on at 10:00 (step due 14:00: on time);
 *      appraised, handed on Tue 03/3 10:00 (due Wed 04/3 10:00: early); approved Wed 04/3 09:00
 *      (step due Tue 03/3 15:00: late). The dossier, due Thu 05/3 17:00, is early.
 *      Intake rated unsatisfied, attitude poor, with a comment: a conduct complaint against the
 *      counter officer, upheld.
 *   Y  the same steps a week later, approved Tue 10/3 11:00 (on time). Rated unsatisfied with a
 *      comment, attitude fair; the leader finds it is about conduct but disproven: not counted.
 *   Z  the same a week later again; rated unsatisfied with a comment about the procedure: feedback,
 *      not a complaint against anyone.
 *
 * Officer scores (i1 i2 i3 i4 i7, averaged over X, Y, Z):
 *   counter officer  2 | 1 (on time ×3)   | 2 | 1 | (0+2+2)/3 = 1.3 → 7.3, complete
 *   specialist       2 | 2 (early ×3)     | 2 | 1 | 2                → 9
 *   leader           2 | (0+1+1)/3 = 0.7  | 2 | 1 | 2                → 7.7
 * The unit: i2 the worst step (0, 1, 1) = 0.7; i5 1 (the procedure is not settled at the one-stop
 * department, but all are received and returned there); i6 1; i7 (0+2+2)/3 = 1.3; i8 2 (three
 * items answered on time); i9 0 (no dossier online) → 2 + 0.7 + 2 + 1 + 1 + 1 + 1.3 + 2 + 0 = 11, fair.
 */
let t: TestApp;
let commune: UnitRef;
let leaderClient: Client;
let counter: Acting;
let specialist: Acting;
let leader: Acting;
const procedure = buildProcedure({ name: 'Thủ tục thử chấm điểm' });
const dossiers: Record<string, TimedDossier> = {};

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin)).commune;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  counter = acting(await buildStaff(t.admin, { fullName: 'Nông Thị Quầy', unitId: commune.id, roles: ['counter_officer'] }));
  specialist = acting(await buildStaff(t.admin, { fullName: 'Lục Văn Thẩm', unitId: commune.id, roles: ['specialist'] }));
  const leaderStaff = await buildStaff(t.admin, { fullName: 'Ma Văn Duyệt', unitId: commune.id, roles: ['leader'] });
  leader = acting(leaderStaff);
  leaderClient = leaderStaff.client;
  const life = timeline(t.database.db, { unitId: commune.id, procedureCode: procedure.code, applicant: buildApplicant(fixtureRandom()) });
  const plans: [string, string, string, string, string][] = [
    ['X', '2026-03-02', '2026-03-02 10:00', '2026-03-03 10:00', '2026-03-04 09:00'],
    ['Y', '2026-03-09', '2026-03-09 10:00', '2026-03-10 10:00', '2026-03-10 11:00'],
    ['Z', '2026-03-16', '2026-03-16 10:00', '2026-03-17 10:00', '2026-03-17 11:00'],
  ];
  const feedback: [string, RatingAnswers, FeedbackSubject, FeedbackFinding][] = [
    ['X', { level: 'unsatisfied', attitude: 'poor', comment: 'Cán bộ hách dịch, bắt đi lại nhiều lần.' }, 'conduct', 'upheld'],
    ['Y', { level: 'unsatisfied', attitude: 'fair', comment: 'Cán bộ đòi tiền ngoài quy định.' }, 'conduct', 'disproven'],
    ['Z', { level: 'unsatisfied', attitude: 'good', comment: 'Thủ tục còn rườm rà, nhiều giấy tờ.' }, 'procedure', 'upheld'],
  ];
  for (const [name, day, handedOn, appraised, approved] of plans) {
    const dossier = (dossiers[name] = await life.receive(counter, `${day} 09:00`));
    const [, answers, subject, finding] = feedback.find(([which]) => which === name)!;
    const rated = await rateTransaction(
      { db: t.database.db },
      { actor: { id: null, name: 'citizen:test' } },
      { dossierId: dossier.id, transaction: 'intake', channel: 'qr', answers, now: when(`${day} 09:10`) },
    );
    await life.act(dossier, counter, { action: 'hand_over' }, handedOn);
    await life.act(dossier, specialist, { action: 'hand_over' }, appraised);
    await life.act(dossier, leader, { action: 'approve' }, approved);
    await answerFeedback({ db: t.database.db, access: createAccessPolicy(t.database.db) }, leader.principal, leader.context, {
      id: rated.feedbackItemId!,
      expectedVersion: 1,
      answer: 'Đơn vị đã xác minh và trả lời công dân.',
      subject,
      finding,
      now: when(`${day} 15:00`),
    });
  }
});
afterAll(async () => t?.close());

describe('the evaluation of TT 01/2018', () => {
  it('times each step against its own due time', async () => {
    const steps = await t.database.query<{ due_at: Date | string; outcome: string; finished_by_id: string }>(
      'select due_at, outcome, finished_by_id from dossier_tasks where dossier_id = $1 order by step_index',
      [dossiers.X!.id],
    );
    expect(steps.map((step) => [new Date(step.due_at).toISOString(), step.outcome, step.finished_by_id])).toEqual([
      [when('2026-03-02 14:00').toISOString(), 'on_time', counter.id],
      [when('2026-03-04 10:00').toISOString(), 'early', specialist.id],
      [when('2026-03-03 15:00').toISOString(), 'late', leader.id],
    ]);
  });

  it('scores every officer on the step they handled, and a conduct complaint only against its officer', async () => {
    const scores = await leaderClient.get(`/api/v1/ratings/scores?unitId=${commune.id}&from=2026-03-01&to=2026-03-31`);
    expect(scores.statusCode).toBe(200);
    const officer = (id: string) => scores.data.officers.find((o: { officerId: string }) => o.officerId === id);
    expect(officer(counter.id)).toMatchObject({
      officerName: 'Nông Thị Quầy',
      dossiers: 3,
      indicators: { i1: 2, i2: 1, i3: 2, i4: 1, i7: 1.3 },
      total: 7.3,
      classification: 'complete',
    });
    expect(officer(specialist.id)).toMatchObject({ dossiers: 3, indicators: { i1: 2, i2: 2, i3: 2, i4: 1, i7: 2 }, total: 9 });
    expect(officer(leader.id)).toMatchObject({ dossiers: 3, indicators: { i1: 2, i2: 0.7, i3: 2, i4: 1, i7: 2 }, total: 7.7 });
    // (0 × 2 + 2 × 1 + 1 × 0) / 3 = 0.7: what the leader's indicator 2 was computed from.
    expect(officer(leader.id).basis.i2).toEqual({ two: 0, one: 2, zero: 1 });
  });

  it('scores the unit on the worst step, the one-stop share of its procedures and the complaints against any officer', async () => {
    const scores = await leaderClient.get(`/api/v1/ratings/scores?unitId=${commune.id}&from=2026-03-01&to=2026-03-31`);
    expect(scores.data.unit).toEqual({
      dossiers: 3,
      indicators: { i1: 2, i2: 0.7, i3: 2, i4: 1, i5: 1, i6: 1, i7: 1.3, i8: 2, i9: 0 },
      total: 11,
      classification: 'fair',
      // What each score was computed from, as the dashboard explains it.
      basis: {
        i1: { two: 3, one: 0, zero: 0 },
        i2: { two: 0, one: 2, zero: 1 },
        i3: { two: 3, one: 0, zero: 0 },
        i4: { two: 0, one: 3, zero: 0 },
        i7: { two: 2, one: 0, zero: 1 },
        i5: { procedures: 1, atOneStop: 0, threshold: 1 },
        i6: { publishedElectronically: true, postedOnPaper: false },
        i8: { total: 3, answeredOnTime: 3, overdueOpen: 0 },
        i9: { received: 3, receivedOnline: 0, onlineLate: 0 },
      },
    });
  });

  it('counts every unsatisfied rating as a dislike for Decision 766, whatever the complaint became', async () => {
    const figures = await leaderClient.get(`/api/v1/reports/units/${commune.id}/figures?from=2026-03-01&to=2026-03-31`);
    // Three dossiers settled early or on time, none unfinished; all three disliked: 100 − (0 + 3/3) = 0.
    expect(figures.data.decision766).toMatchObject({
      handled: 3,
      dossiersWithDislikeOrComplaint: 3,
      timelinessPercent: 100,
      satisfactionPercent: 0,
    });
  });
});
