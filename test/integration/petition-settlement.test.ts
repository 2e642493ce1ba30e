/**
 * Settling accepted petitions, with due dates computed by hand on the calendar:
 * - a denunciation accepted Mon 3 Aug 2026: 30 days → day 30 Wed 2 Sep (National Day, moved on); two extensions of 30 days
 *   (especially complex: two criteria) → day 90 is Sun 1 Nov 2026, rolled to Mon 2 Nov (the extensions
 *   count on from day 30, not from the working day it was moved to);
 * - a first complaint accepted Mon 26 Jan 2026: 30 days → Wed 25 Feb; suspended Tue 10 Feb,
 *   resumed Tue 24 Feb (over Tết) → 14 days more → Wed 11 Mar 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;

type Made = { id: string; version: number; status: string; dueAt: string | null; [key: string]: unknown };
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });
const vnDay = (iso: string | null) => (iso === null ? null : new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10));

/** A petition received, classified eligible within competence and proposed for acceptance. */
async function acceptedPetition(kind: string, receivedAt: string, extra: Record<string, unknown> = {}): Promise<Made> {
  const received = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'post',
    kind,
    receivedAt,
    contentSummary: `Đơn ${kind} về việc thu hồi đất làm đường liên xã`,
    petitioner: { fullName: 'Hà Thị Mến', address: 'Xóm Đồng Bòng' },
  });
  expect(received.statusCode, received.body).toBe(201);
  const classified = await officer.client.post(
    `/api/v1/petitions/${received.data.id}/classification`,
    { kind, field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none', ...extra },
    ifMatch(received.data.version),
  );
  expect(classified.statusCode, classified.body).toBe(200);
  const handled = await officer.client.post(
    `/api/v1/petitions/${received.data.id}/handling`,
    { outcome: 'accept' },
    ifMatch(classified.data.version),
  );
  expect(handled.statusCode, handled.body).toBe(200);
  return handled.data;
}

async function open(petition: Made, body: Record<string, unknown>): Promise<Made> {
  const response = await officer.client.post(`/api/v1/petitions/${petition.id}/settlement`, { decisionRef: '12/QĐ-UBND', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.data;
}
const step = (settlement: Made, body: Record<string, unknown>) =>
  officer.client.post(`/api/v1/settlements/${settlement.id}/steps`, body, ifMatch(settlement.version));
async function stepOk(settlement: Made, body: Record<string, unknown>): Promise<Made> {
  const response = await step(settlement, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.data;
}
const detail = async (settlement: Made) => (await officer.client.get(`/api/v1/settlements/${settlement.id}`)).data;

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('a denunciation’s settlement', () => {
  it('is extended at most twice with two criteria ticked, and day 90 on a Sunday rolls to Monday', async () => {
    const petition = await acceptedPetition('denunciation', '2026-07-27T09:00:00+07:00', { field: 'corruption' });
    let s = await open(petition, { acceptedAt: '2026-08-03T09:00:00+07:00' });
    expect(s).toMatchObject({ kind: 'denunciation', status: 'in_progress', extensionCount: 0 });
    // Day 30 is Wed 2 Sep, National Day: moved to the next working day (which adjacent day is off is the calendar's).
    expect(['2026-09-03', '2026-09-04']).toContain(vnDay(s.originalDueAt as string));

    s = await stepOk(s, {
      step: 'extend',
      at: '2026-08-28T09:00:00+07:00',
      decisionRef: '20/QĐ-GH',
      days: 30,
      criteria: ['several_locations'],
    });
    expect(vnDay(s.dueAt)).toBe('2026-10-02');
    // One criterion: complex, one extension only.
    const refused = await step(s, {
      step: 'extend',
      at: '2026-09-28T09:00:00+07:00',
      decisionRef: '25/QĐ-GH',
      days: 30,
      criteria: ['several_locations'],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.code).toBe('SETTLEMENT_STEP_REFUSED');
    s = await stepOk(s, {
      step: 'extend',
      at: '2026-09-28T09:00:00+07:00',
      decisionRef: '25/QĐ-GH',
      days: 30,
      criteria: ['conflicting_evidence'],
    });
    expect(s.extensionCount).toBe(2);
    expect(vnDay(s.dueAt)).toBe('2026-11-02');
    const third = await step(s, {
      step: 'extend',
      at: '2026-10-20T09:00:00+07:00',
      decisionRef: '30/QĐ-GH',
      days: 10,
      criteria: ['many_people'],
    });
    expect(third.statusCode).toBe(409);

    const explained = await detail(s);
    const text = explained.clock.lines.map((line: { en: string }) => line.en).join('\n');
    expect(text).toContain('Day 90');
    expect(text).toContain('Sunday 2026-11-01');
    expect(text).toContain('Due: 2026-11-02 17:00.');
    expect(explained.complexity).toEqual(expect.arrayContaining(['several_locations', 'conflicting_evidence']));
  });

  it('needs both notices before its conclusion, goes on after a withdrawal when the violation is evident, and escalates only once overdue', async () => {
    const petition = await acceptedPetition('denunciation', '2026-10-01T09:00:00+07:00', { field: 'corruption' });
    let s = await open(petition, { acceptedAt: '2026-10-05T09:00:00+07:00' });
    const early = await step(s, { step: 'escalate', at: '2026-10-20T09:00:00+07:00', to: 'Chủ tịch UBND tỉnh' });
    expect(early.statusCode).toBe(409);
    s = await stepOk(s, { step: 'notify', at: '2026-10-07T09:00:00+07:00', recipients: ['petitioner'] });
    const withdrawn = await stepOk(s, { step: 'withdraw', at: '2026-10-12T09:00:00+07:00', scope: 'whole', evidentViolation: true });
    s = withdrawn;
    const events = (await detail(s)).events;
    expect(events.at(-1)).toMatchObject({ type: 'withdrawn', data: { continues: true } });

    const premature = await step(s, { step: 'decide', decisionRef: '40/KL', result: 'right', summary: 'Tố cáo đúng' });
    expect(premature.statusCode).toBe(409);
    expect(premature.data.detail).toContain('person denounced');
    expect((await detail(s)).missingBeforeDecision).toHaveLength(1);

    s = await stepOk(s, { step: 'escalate', at: '2026-11-20T09:00:00+07:00', to: 'Chủ tịch UBND tỉnh' });
    s = await stepOk(s, { step: 'notify', at: '2026-11-21T09:00:00+07:00', recipients: ['denounced'] });
    s = await stepOk(s, {
      step: 'decide',
      at: '2026-11-25T09:00:00+07:00',
      decisionRef: '40/KL',
      result: 'partly_right',
      summary: 'Tố cáo đúng một phần',
    });
    expect(s).toMatchObject({ status: 'decided', result: 'partly_right', isOnTime: false });
  });
});

describe('a complaint’s settlement', () => {
  it('stops its clock while suspended over Tết and goes on from the resumption', async () => {
    const petition = await acceptedPetition('complaint', '2026-01-20T09:00:00+07:00');
    let s = await open(petition, { acceptedAt: '2026-01-26T09:00:00+07:00' });
    expect(vnDay(s.dueAt)).toBe('2026-02-25');
    s = await stepOk(s, { step: 'suspend', at: '2026-02-10T09:00:00+07:00', decisionRef: '05/QĐ-TĐC', reason: 'Chờ kết quả giám định' });
    expect(s).toMatchObject({ status: 'suspended', dueAt: null });
    const blocked = await step(s, { step: 'verify', at: '2026-02-11T09:00:00+07:00', reportRef: 'BC-01', findingsDifferFromClaim: false });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.data.code).toBe('SETTLEMENT_STEP_NOT_ALLOWED');
    s = await stepOk(s, { step: 'resume', at: '2026-02-24T09:00:00+07:00', decisionRef: '06/QĐ-TT' });
    expect(vnDay(s.dueAt)).toBe('2026-03-11');
    const lines = (await detail(s)).clock.lines.map((line: { vi: string }) => line.vi).join('\n');
    expect(lines).toContain('cộng 14 ngày tạm đình chỉ');
  });

  it('holds a dialogue when the findings differ from the request before deciding, and an earlier step cannot come later', async () => {
    const petition = await acceptedPetition('complaint', '2026-09-01T09:00:00+07:00');
    let s = await open(petition, { acceptedAt: '2026-09-08T09:00:00+07:00', complexity: ['several_contents'] });
    // Complex at acceptance: 45 days, and no extension on top.
    expect(vnDay(s.dueAt)).toBe('2026-10-23');
    const extend = await step(s, {
      step: 'extend',
      at: '2026-09-10T09:00:00+07:00',
      decisionRef: 'x',
      days: 15,
      criteria: ['many_people'],
    });
    expect(extend.statusCode).toBe(409);
    s = await stepOk(s, { step: 'notify', at: '2026-09-09T09:00:00+07:00', recipients: ['petitioner', 'inspectorate'] });
    const back = await step(s, { step: 'verify', at: '2026-09-08T10:00:00+07:00', reportRef: 'BC-02', findingsDifferFromClaim: true });
    expect(back.statusCode).toBe(400);
    expect(back.data.errors[0].field).toBe('at');
    s = await stepOk(s, { step: 'verify', at: '2026-09-20T09:00:00+07:00', reportRef: 'BC-02', findingsDifferFromClaim: true });
    const early = await step(s, {
      step: 'decide',
      at: '2026-09-25T09:00:00+07:00',
      decisionRef: '50/QĐ',
      result: 'wrong',
      summary: 'Khiếu nại sai',
    });
    expect(early.statusCode).toBe(409);
    expect(early.data.detail).toContain('dialogue');
    s = await stepOk(s, { step: 'dialogue', at: '2026-09-28T09:00:00+07:00', minutesRef: 'BB-01', attendance: 'held' });
    const wrongResult = await step(s, { step: 'decide', decisionRef: '50/QĐ', result: 'answered', summary: 'x' });
    expect(wrongResult.statusCode).toBe(400);
    s = await stepOk(s, {
      step: 'decide',
      at: '2026-10-01T09:00:00+07:00',
      decisionRef: '50/QĐ',
      result: 'wrong',
      summary: 'Khiếu nại sai',
    });
    expect(s).toMatchObject({ status: 'decided', result: 'wrong', isOnTime: true });
    s = await stepOk(s, { step: 'appeal', at: '2026-10-10T09:00:00+07:00', to: 'second_instance' });
    expect((await step(s, { step: 'appeal', to: 'second_instance' })).statusCode).toBe(409);
  });

  it('requires a dialogue at second instance; the complainant’s absence ends it after two minutes before 1/7/2026 and after one since', async () => {
    const older = await acceptedPetition('complaint', '2026-03-02T09:00:00+07:00', { settlementStatus: 'once' });
    let s = await open(older, { acceptedAt: '2026-03-05T09:00:00+07:00' });
    expect(s.kind).toBe('complaint_second');
    s = await stepOk(s, { step: 'notify', at: '2026-03-06T09:00:00+07:00', recipients: ['petitioner'] });
    s = await stepOk(s, { step: 'dialogue', at: '2026-03-20T09:00:00+07:00', minutesRef: 'BB-1', attendance: 'petitioner_absent' });
    expect((await step(s, { step: 'decide', decisionRef: '1/QĐ', result: 'right', summary: 'Đúng' })).statusCode).toBe(409);
    s = await stepOk(s, { step: 'dialogue', at: '2026-03-27T09:00:00+07:00', minutesRef: 'BB-2', attendance: 'petitioner_absent' });
    s = await stepOk(s, { step: 'decide', at: '2026-04-10T09:00:00+07:00', decisionRef: '1/QĐ', result: 'right', summary: 'Đúng' });
    expect(s.status).toBe('decided');

    const newer = await acceptedPetition('complaint', '2026-08-03T09:00:00+07:00', { settlementStatus: 'once' });
    let n = await open(newer, { acceptedAt: '2026-08-05T09:00:00+07:00' });
    n = await stepOk(n, { step: 'notify', at: '2026-08-06T09:00:00+07:00', recipients: ['petitioner'] });
    n = await stepOk(n, { step: 'dialogue', at: '2026-08-20T09:00:00+07:00', minutesRef: 'BB-1', attendance: 'petitioner_absent' });
    n = await stepOk(n, { step: 'decide', at: '2026-08-25T09:00:00+07:00', decisionRef: '2/QĐ', result: 'wrong', summary: 'Sai' });
    expect(n.status).toBe('decided');
  });
});

describe('a recommendation', () => {
  it('is answered within 15 working days, once per petition, and the answer is kept', async () => {
    const petition = await acceptedPetition('recommendation', '2026-11-02T09:00:00+07:00', { field: 'other_administrative' });
    let s = await open(petition, { acceptedAt: '2026-11-03T09:00:00+07:00' });
    expect(s.kind).toBe('recommendation');
    const again = await officer.client.post(`/api/v1/petitions/${petition.id}/settlement`, { decisionRef: '13/TB' });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('SETTLEMENT_EXISTS');
    s = await stepOk(s, {
      step: 'decide',
      at: '2026-11-16T09:00:00+07:00',
      decisionRef: '99/TL',
      result: 'answered',
      summary: 'Tuyến đường sẽ được sửa trong quý I năm 2027.',
    });
    expect(s).toMatchObject({
      status: 'decided',
      result: 'answered',
      isOnTime: true,
      answer: 'Tuyến đường sẽ được sửa trong quý I năm 2027.',
    });
    const list = await officer.client.get('/api/v1/settlements?kind=recommendation&status=decided');
    expect(list.data.items.map((item: Made) => item.id)).toContain(s.id);
    const ofPetition = await officer.client.get(`/api/v1/settlements?petitionId=${petition.id}`);
    expect(ofPetition.data.items.map((item: Made) => item.id)).toEqual([s.id]);
  });

  it('is not accepted before the petition was proposed for acceptance, nor in the future', async () => {
    const received = await officer.client.post('/api/v1/petitions', {
      unitId: commune.id,
      channel: 'post',
      kind: 'reflection',
      contentSummary: 'Phản ánh đèn đường hỏng',
      petitioner: { fullName: 'Vi Văn Thắng' },
    });
    const notYet = await officer.client.post(`/api/v1/petitions/${received.data.id}/settlement`, { decisionRef: '1/TB' });
    expect(notYet.statusCode).toBe(409);
    const petition = await acceptedPetition('reflection', '2026-11-20T09:00:00+07:00', { field: 'other_administrative' });
    const future = await officer.client.post(`/api/v1/petitions/${petition.id}/settlement`, {
      decisionRef: '1/TB',
      acceptedAt: '2030-01-01T00:00:00Z',
    });
    expect(future.statusCode).toBe(400);
    expect(future.data.errors[0].field).toBe('acceptedAt');
  });
});

describe('the settlement figures', () => {
  const figures = async (from: string, to: string) =>
    (await officer.client.get(`/api/v1/settlements/figures?unitId=${commune.id}&from=${from}&to=${to}`)).data;

  it('count what was accepted, decided (on time or late, by result) and pending, as of each period’s end', async () => {
    const year = await figures('2026-01-01', '2026-12-31');
    expect(year).toMatchObject({ carriedOver: 0, accepted: 7, decided: 5, onTime: 4, late: 1, terminated: 0, pending: 2 });
    expect(year.byResult).toEqual({ right: 1, partly_right: 1, wrong: 2, answered: 1 });
    // Q1: the Tết complaint and the older second complaint were accepted, neither decided by 31 March.
    expect(await figures('2026-01-01', '2026-03-31')).toMatchObject({ accepted: 2, decided: 0, pending: 2 });
    // Q2: both carried over; the second complaint decided on 10 April.
    expect(await figures('2026-04-01', '2026-06-30')).toMatchObject({ carriedOver: 2, accepted: 0, decided: 1, onTime: 1, pending: 1 });
  });
});
