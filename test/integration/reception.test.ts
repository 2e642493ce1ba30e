/**
 * Citizen reception through the HTTP app: a head's sessions planned, held and counted against the
 * legal minimum of the day (weekly to 30/6/2026, two days a month from 1/7/2026), the log at the
 * desk (groups with representatives, repeats, a denunciation's citizens protected), the oral
 * complaint made a petition linked to its entry, the 10-working-day answer, and the figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warnReceptionMinimum } from '../../src/modules/petitions/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const en = { 'accept-language': 'en' };
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, ...en });

type Made = { id: string; version: number; [key: string]: unknown };
async function session(date: string, extra: Record<string, unknown> = {}): Promise<Made> {
  const response = await officer.client.post('/api/v1/reception/sessions', {
    unitId: commune.id,
    hostBody: 'peoples_committee',
    hostRole: 'commune_chairman',
    hostName: 'Chủ tịch UBND xã Hoàng Văn Thụ',
    place: 'Trụ sở UBND xã',
    date,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data;
}
async function hold(made: Made, extra: Record<string, unknown> = {}): Promise<Made> {
  const response = await officer.client.post(
    `/api/v1/reception/sessions/${made.id}/outcome`,
    { action: 'held', heldByName: 'Hoàng Văn Thụ', ...extra },
    ifMatch(made.version),
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.data;
}
const citizen = (fullName: string, idNumber?: string) => ({ fullName, address: 'Thôn Nà Sáng', ...(idNumber ? { idNumber } : {}) });
async function visit(body: Record<string, unknown>): Promise<Made> {
  const response = await officer.client.post('/api/v1/reception/visits', {
    unitId: commune.id,
    citizens: [citizen('Lương Văn Tường')],
    contentSummary: 'Đề nghị giải quyết tranh chấp ranh giới đất với hộ liền kề',
    nature: 'recommendation',
    outcome: 'answered',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data;
}

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('the heads’ sessions and the legal minimum', () => {
  it('flags July 2026 for a chairman who received on three days in June and one in July', async () => {
    for (const date of ['2026-06-03', '2026-06-10', '2026-06-17', '2026-07-15']) await hold(await session(date));
    const response = await officer.client.get(
      `/api/v1/reception/compliance?unitId=${commune.id}&from=2026-06-01&to=2026-07-31&hostRole=commune_chairman`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const periods = response.data[0].periods as { per: string; from: string; state: string; held: number; required: number }[];
    expect(periods.find((p) => p.per === 'month')).toMatchObject({ from: '2026-07-01', held: 1, required: 2, state: 'missed' });
    expect(periods.filter((p) => p.per === 'week' && p.state === 'met').map((p) => p.from)).toEqual([
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
    ]);
    // Held / required per month: June's five weeks ask five days, July two.
    expect(response.data[0].months).toEqual([
      { month: '2026-06', required: 5, held: 3, planned: 0, state: 'missed' },
      { month: '2026-07', required: 2, held: 1, planned: 0, state: 'missed' },
    ]);
  });

  it('proposes the year from the rule of each date, and a session cannot be held before its day or online without its recording', async () => {
    const plan = await officer.client.get(`/api/v1/reception/plan?unitId=${commune.id}&hostRole=commune_chairman&year=2027&days=10,20`);
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.data.days.length).toBe(24);
    expect(plan.data.days.every((d: { date: string }) => d.date.startsWith('2027-'))).toBe(true);

    const future = await session('2099-01-05');
    const early = await officer.client.post(
      `/api/v1/reception/sessions/${future.id}/outcome`,
      { action: 'held', heldByName: 'X' },
      ifMatch(1),
    );
    expect(early.statusCode).toBe(409);

    const online = await session('2026-05-06', { form: 'online', connectedPoints: ['Điểm cầu thôn Nà Sáng'] });
    // Notified by the 5th working day before Wed 6/5/2026: 5, 4 May; 1/5 and 30/4 off; 29, 28 April; Mon 27/4 off
    // (Hùng Kings' day fell on Sunday 26/4); Fri 24 April. Confirmed by the working day before, Tue 5 May.
    expect(online).toMatchObject({ pointsNoticeBy: '2026-04-24', pointsConfirmBy: '2026-05-05' });
    const unrecorded = await officer.client.post(
      `/api/v1/reception/sessions/${online.id}/outcome`,
      { action: 'held', heldByName: 'X' },
      ifMatch(1),
    );
    expect(unrecorded.statusCode).toBe(400);
    expect(unrecorded.data.errors[0].field).toBe('recordingRef');
    // Its notice days fall before the calendar's first year: refused, and nothing written.
    const count = async () => (await t.database.query<{ n: number }>('select count(*)::int as n from reception_sessions'))[0]!.n;
    const before = await count();
    const tooEarly = await officer.client.post('/api/v1/reception/sessions', {
      unitId: commune.id,
      hostBody: 'peoples_committee',
      hostRole: 'commune_chairman',
      hostName: 'X',
      place: 'Y',
      date: '1901-01-03',
      form: 'online',
      connectedPoints: ['Điểm cầu'],
    });
    expect(tooEarly.statusCode).toBe(422);
    expect(await count()).toBe(before);
    const noPoints = await officer.client.post('/api/v1/reception/sessions', {
      unitId: commune.id,
      hostBody: 'peoples_committee',
      hostRole: 'commune_chairman',
      hostName: 'X',
      place: 'Y',
      date: '2026-05-07',
      form: 'online',
    });
    expect(noPoints.statusCode).toBe(400);
  });
});

describe('the warning before a host falls below the minimum', () => {
  it('e-mails the unit once for a month with too few days held and planned, and not once enough are planned', async () => {
    const leader = await buildStaff(t.admin, { roles: ['leader'], unitId: commune.id });
    await t.database.query('update staff set email = $1 where id = $2', ['chu.tich@xa.example', leader.id]);
    await session('2026-09-10');
    const options = { publicUrl: 'https://motcua.example', delegatedCounts: false, now: new Date('2026-09-04T02:00:00Z') };
    await warnReceptionMinimum(t.database.db, options);
    await warnReceptionMinimum(t.database.db, options);
    const sent = () =>
      t.database.query<{ recipient: string; body: string }>(
        `select recipient, body from outbox_messages where topic = 'reception.minimum_warning'`,
      );
    const first = await sent();
    expect(first.map((message) => message.recipient)).toContain('chu.tich@xa.example');
    expect(first.every((message) => message.body.includes('2026-09-01'))).toBe(true);
    expect(first.length).toBe(new Set(first.map((message) => message.recipient)).size);
    await session('2026-09-21');
    await warnReceptionMinimum(t.database.db, { ...options, now: new Date('2026-09-05T02:00:00Z') });
    expect((await sent()).length).toBe(first.length);
  });
});

describe('the reception log', () => {
  it('numbers entries per year, keeps a group’s contents as one visit, ties repeats to their matter and protects a denouncer', async () => {
    const held = await hold(await session('2026-08-10'));
    const at = '2026-08-10T08:30:00+07:00';
    const first = await visit({ sessionId: held.id, visitedAt: at });
    const group = await visit({
      sessionId: held.id,
      visitedAt: at,
      peopleCount: 12,
      citizens: [citizen('Nông Thị Hoa'), { ...citizen('Mã Văn Lử'), role: 'representative' }],
      appointmentRef: 'Văn bản cử đại diện ngày 09/8/2026',
      contentSummary: 'Đề nghị bồi thường khi thu hồi đất làm đường',
      nature: 'complaint',
    });
    await visit({
      sessionId: held.id,
      visitedAt: at,
      peopleCount: 12,
      groupOf: group.id,
      contentSummary: 'Phản ánh về tiến độ thi công',
      nature: 'reflection',
    });
    await visit({ visitedAt: '2026-08-12T09:00:00+07:00', repeatOf: first.id });
    const denunciation = await visit({
      visitedAt: '2026-08-12T10:00:00+07:00',
      citizens: [citizen('Người Tố Cáo', '001099012345')],
      contentSummary: 'Tố cáo cán bộ địa chính nhận tiền',
      nature: 'denunciation',
      outcome: 'petition_received',
    });
    expect(denunciation).toMatchObject({ citizens: null, isIdentityProtected: true });
    expect(denunciation.answerDueAt).not.toBeNull();
    expect(first).toMatchObject({ entryNo: expect.any(Number), kind: 'periodic', isRepeat: false });

    const tooManyRepresentatives = await officer.client.post(
      '/api/v1/reception/visits',
      {
        unitId: commune.id,
        peopleCount: 8,
        citizens: [1, 2, 3].map((n) => ({ ...citizen(`Đại diện ${n}`), role: 'representative' })),
        contentSummary: 'x',
        nature: 'complaint',
        outcome: 'answered',
      },
      en,
    );
    expect(tooManyRepresentatives.statusCode).toBe(400);
    expect(tooManyRepresentatives.data.errors[0].field).toBe('citizens');

    const list = await officer.client.get(`/api/v1/reception/visits?unitId=${commune.id}&q=to cao can bo`);
    expect(list.data.items.map((item: Made) => item.id)).toEqual([denunciation.id]);
    expect(JSON.stringify(list.data)).not.toContain('Người Tố Cáo');

    const figures = await officer.client.get(`/api/v1/reception/figures?unitId=${commune.id}&from=2026-08-01&to=2026-08-31`);
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.data.byKind.periodic).toMatchObject({
      visits: 2,
      persons: 13,
      matters: 3,
      groups: 1,
      groupPersons: 12,
      sessions: 1,
      days: 1,
    });
    expect(figures.data.byKind.regular).toMatchObject({ visits: 2, persons: 2, matters: 2, firstMatters: 1, repeatMatters: 1 });
    expect(figures.data.total.visits).toBe(4);
  });

  it('makes an oral complaint a petition linked to its entry, once, and records the answer within 10 working days', async () => {
    const entry = await visit({
      visitedAt: '2026-09-01T09:00:00+07:00',
      nature: 'complaint',
      citizens: [citizen('Triệu Văn Pao', '002088001234')],
    });
    const made = await officer.client.post(`/api/v1/reception/visits/${entry.id}/petition`, { kind: 'complaint', signedBy: 'fingerprint' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.data).toMatchObject({ channel: 'reception', kind: 'complaint', receivedAt: '2026-09-01T02:00:00.000Z' });
    const again = await officer.client.post(`/api/v1/reception/visits/${entry.id}/petition`, { kind: 'complaint', signedBy: 'signature' });
    expect(again.statusCode).toBe(409);
    const linked = (await officer.client.get(`/api/v1/reception/visits/${entry.id}`)).data;
    expect(linked).toMatchObject({ petitionId: made.data.id, outcome: 'petition_received' });
    // 1/9 is day 0; 2/9 National Day and 3/9 off; 10 working days end on Wed 16/9 (or later if more days are off).
    expect(linked.answerDueAt >= '2026-09-15').toBe(true);
    const answered = await officer.client.post(`/api/v1/reception/visits/${entry.id}/answer`, {
      answer: 'accepted',
      at: '2026-09-08T09:00:00+07:00',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const history = await officer.client.post('/api/v1/reception/person-history', { unitId: commune.id, idNumber: '002088001234' });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.data.items.map((item: { type: string }) => item.type).sort()).toEqual(['petition', 'visit']);
  });
});
