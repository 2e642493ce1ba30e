/**
 * The seeds' reception and dialogue figures entered through the API and read back from the log:
 * seed 004 ("tiếp công dân định kỳ 29 ngày, với 786 lượt công dân"; "7 lượt đối thoại với công
 * dân trong quá trình giải quyết đơn thư") and seed 000 ("tiếp công dân 13 cuộc"; "24 lượt đối
 * thoại trực tiếp; Thường trực Huyện ủy đối thoại 4 cuộc"), each in its own commune, with
 * distractors that must not be counted (a cancelled session, a dialogue planned and not held,
 * regular reception on other days, a delegated session counted apart).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let communes: CommuneRef[];
let officers: Staff[];
const year = 2025;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

function expectCreated(response: { statusCode: number; body: string }, status = 201) {
  expect(response.statusCode, response.body).toBe(status);
}

/** Distinct weekdays of the year from 3 February, `step` days apart. */
function weekdays(count: number, step: number): string[] {
  const days: string[] = [];
  for (let n = 0; days.length < count; n += step) {
    const date = new Date(Date.UTC(year, 1, 3) + n * 86_400_000).toISOString().slice(0, 10);
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) days.push(date);
  }
  return days;
}

async function heldSession(
  officer: Staff,
  unitId: string,
  date: string,
  extra: Record<string, unknown> = {},
  held: Record<string, unknown> = {},
) {
  const planned = await officer.client.post('/api/v1/reception/sessions', {
    unitId,
    hostBody: 'peoples_committee',
    hostRole: 'commune_chairman',
    hostName: 'Chủ tịch UBND xã',
    place: 'Trụ sở UBND xã',
    date,
    ...extra,
  });
  expectCreated(planned);
  const outcome = await officer.client.post(
    `/api/v1/reception/sessions/${planned.data.id}/outcome`,
    { action: 'held', heldByName: 'Chủ tịch UBND xã', ...held },
    ifMatch(1),
  );
  expectCreated(outcome, 200);
  return planned.data.id as string;
}

async function heldDialogue(officer: Staff, unitId: string, date: string, body: Record<string, unknown>) {
  const planned = await officer.client.post('/api/v1/dialogues', {
    unitId,
    kind: 'thematic',
    hostBody: 'peoples_committee',
    hostName: 'Chủ tịch UBND xã',
    title: 'Đối thoại với Nhân dân',
    plannedAt: `${date}T08:00:00+07:00`,
    place: 'Hội trường',
    ...body,
  });
  expectCreated(planned);
  const minutes = await officer.client.post(
    `/api/v1/dialogues/${planned.data.id}/minutes`,
    {
      outcome: 'held',
      heldAt: `${date}T09:00:00+07:00`,
      attendeesCount: 20,
      participants: [{ name: 'Chủ tịch UBND xã', role: 'Chủ trì', signed: true }],
      agreed: 'Thống nhất hướng giải quyết',
    },
    ifMatch(1),
  );
  expectCreated(minutes, 200);
}

beforeAll(async () => {
  t = await createTestApp();
  communes = (await buildUnitTree(t.admin, { communes: 2 })).communes;
  officers = await Promise.all(communes.map((commune) => buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id })));
});
afterAll(async () => t?.close());

describe('seed 004', () => {
  it('counts 29 periodic reception days with 786 visits, and 7 dialogues held while settling petitions', async () => {
    const [commune] = communes;
    const [officer] = officers;
    const days = weekdays(29, 7);
    const sessions: string[] = [];
    for (const date of days) sessions.push(await heldSession(officer!, commune!.id, date));
    // 786 visits over the 29 days: 27 a day, 3 more on the last three days.
    let entered = 0;
    for (const [index, sessionId] of sessions.entries()) {
      const count = index >= 26 ? 28 : 27;
      for (let n = 0; n < count; n += 1) {
        const visit = await officer!.client.post('/api/v1/reception/visits', {
          unitId: commune!.id,
          sessionId,
          visitedAt: `${days[index]}T08:${String(10 + (n % 40)).padStart(2, '0')}:00+07:00`,
          citizens: [{ fullName: `Công dân ${index}-${n}` }],
          contentSummary: 'Hỏi về chính sách hỗ trợ',
          nature: 'recommendation',
          outcome: 'answered',
        });
        expectCreated(visit);
        entered += 1;
      }
    }
    expect(entered).toBe(786);
    // Distractors: a cancelled session and regular reception (not periodic) on another day.
    const cancelled = await officer!.client.post('/api/v1/reception/sessions', {
      unitId: commune!.id,
      hostBody: 'peoples_committee',
      hostRole: 'commune_chairman',
      hostName: 'Chủ tịch UBND xã',
      place: 'Trụ sở',
      date: `${year}-11-20`,
    });
    await officer!.client.post(
      `/api/v1/reception/sessions/${cancelled.data.id}/outcome`,
      { action: 'cancelled', reason: 'Họp đột xuất' },
      ifMatch(1),
    );
    expectCreated(
      await officer!.client.post('/api/v1/reception/visits', {
        unitId: commune!.id,
        visitedAt: `${year}-11-21T09:00:00+07:00`,
        citizens: [{ fullName: 'Công dân thường xuyên' }],
        contentSummary: 'Hỏi thủ tục',
        nature: 'other',
        outcome: 'guided',
        outcomeTo: 'Bộ phận một cửa',
      }),
    );
    for (let n = 0; n < 7; n += 1) {
      const petition = await officer!.client.post('/api/v1/petitions', {
        unitId: commune!.id,
        channel: 'reception',
        kind: 'complaint',
        receivedAt: `${year}-0${n + 2}-02T09:00:00+07:00`,
        contentSummary: `Khiếu nại quyết định thu hồi đất số ${n + 1}`,
        petitioner: { fullName: `Người khiếu nại ${n + 1}` },
      });
      expectCreated(petition);
      await heldDialogue(officer!, commune!.id, `${year}-0${n + 2}-20`, { kind: 'complaint_case', petitionId: petition.data.id });
    }
    await heldDialogue(officer!, commune!.id, `${year}-10-15`, { kind: 'thematic' });

    const figures = (await officer!.client.get(`/api/v1/reception/figures?unitId=${commune!.id}&from=${year}-01-01&to=${year}-12-31`)).data;
    expect(figures.byKind.periodic).toMatchObject({ days: 29, sessions: 29, visits: 786, persons: 786 });
    expect(figures.total.visits).toBe(787);
    const dialogues = (await officer!.client.get(`/api/v1/dialogues/figures?unitId=${commune!.id}&from=${year}-01-01&to=${year}-12-31`))
      .data;
    expect(dialogues).toMatchObject({ held: 8, linkedToPetitions: 7 });
  }, 180_000); // hundreds of requests through the API, on a machine running the whole suite
});

describe('seed 000', () => {
  it('counts 13 reception sessions, and 24 dialogues of which 4 held by the Party committee’s standing board', async () => {
    const [, commune] = communes;
    const [, officer] = officers;
    const days = weekdays(13, 13);
    for (const [index, date] of days.entries()) {
      await heldSession(officer!, commune!.id, date, index < 11 ? {} : { kind: 'ad_hoc' }, index === 12 ? { delegated: true } : {});
    }
    const dialogueDays = weekdays(25, 5);
    for (const [index, date] of dialogueDays.slice(0, 24).entries()) {
      await heldDialogue(
        officer!,
        commune!.id,
        date,
        index < 4 ? { kind: 'party_head', hostBody: 'party_committee', hostName: 'Thường trực Đảng ủy' } : {},
      );
    }
    // Planned, never held: not counted.
    expectCreated(
      await officer!.client.post('/api/v1/dialogues', {
        unitId: commune!.id,
        kind: 'thematic',
        hostBody: 'party_committee',
        hostName: 'Thường trực Đảng ủy',
        title: 'Đối thoại dự kiến',
        plannedAt: `${dialogueDays[24]}T08:00:00+07:00`,
        place: 'Hội trường',
      }),
    );
    const figures = (await officer!.client.get(`/api/v1/reception/figures?unitId=${commune!.id}&from=${year}-01-01&to=${year}-12-31`)).data;
    expect(figures.total.sessions).toBe(13);
    expect(figures.byKind.ad_hoc.sessions).toBe(2);
    expect(figures.delegatedSessions).toBe(1);
    const dialogues = (await officer!.client.get(`/api/v1/dialogues/figures?unitId=${commune!.id}&from=${year}-01-01&to=${year}-12-31`))
      .data;
    expect(dialogues).toMatchObject({ held: 24, byHostBody: { party_committee: 4, peoples_committee: 20 } });
  }, 180_000); // hundreds of requests through the API, on a machine running the whole suite
});
