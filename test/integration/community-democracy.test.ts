/**
 * Grassroots democracy through the HTTP app, checked against Law 10/2022 by hand: a disclosure due
 * 5 working days after its document across the Hùng Kings' day and 30/4–1/5 (Fri 24/4/2026 → Tue
 * 28/4, Wed 29/4, Mon 4/5, Tue 5/5, Wed 6/5), posted 30 consecutive days, broadcast 3 days; resident
 * decisions judged on every household of the village (180 households: 118 yes of 125 present does
 * not pass item 1, which needs 120; the ballot follows), clusters only from 200 households, a citizen
 * initiative's consents lapsing after 3 months, a commune-wide item passed by two thirds of villages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindDisclosures } from '../../src/modules/community/index.js';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const villages: string[] = [];
const en = { 'accept-language': 'en' };
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, ...en });
const evidence = [{ kind: 'photo', ref: 'anh-bang-tin-xa.jpg', takenOn: '2026-05-05' }];

const households = (unitId: string, asOf: string, count: number) =>
  officer.client.request('PUT', `/api/v1/community/villages/${unitId}/households`, { body: { asOf, count } });

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
  for (const name of ['Thôn Khuổi Luông', 'Thôn Nà Pồng', 'Thôn Bản Piằng']) {
    const village = await createUnit(t.admin, { type: 'village', name, parentId: commune.id });
    villages.push(village.id);
    expect((await households(village.id, '2025-01-01', 180)).statusCode).toBe(200);
  }
});
afterAll(async () => t?.close());

describe('disclosures', () => {
  it('falls due 5 working days after the document and judges the posting and the broadcast', async () => {
    const made = await officer.client.post(
      '/api/v1/community/disclosures',
      {
        unitId: commune.id,
        item: 7,
        title: 'Danh sách hộ nghèo được hỗ trợ năm 2026',
        documentRef: '45/QĐ-UBND',
        documentDate: '2026-04-24',
        channels: [{ kind: 'posting', place: 'Trụ sở UBND xã', startedOn: '2026-05-05', endedOn: '2026-05-20', evidence }],
      },
      en,
    );
    expect(made.statusCode, made.body).toBe(201);
    expect(made.data).toMatchObject({ dueOn: '2026-05-06', disclosedOn: '2026-05-05', minPostingDays: 30, minLoudspeakerDays: 3 });
    expect(made.data.channels[0].days).toBe(16);
    expect(made.data.problems).toEqual(['posting_short', 'loudspeaker_missing']);
    const broadcast = await officer.client.post(
      `/api/v1/community/disclosures/${made.data.id}/channels`,
      {
        kind: 'loudspeaker',
        startedOn: '2026-05-07',
        endedOn: '2026-05-09',
        evidence: [{ kind: 'broadcast_log', ref: 'Sổ phát thanh', takenOn: '2026-05-09' }],
      },
      ifMatch(made.data.version),
    );
    expect(broadcast.statusCode, broadcast.body).toBe(200);
    expect(broadcast.data.problems).toEqual(['posting_short']);
    const stale = await officer.client.post(
      `/api/v1/community/disclosures/${made.data.id}/channels`,
      { kind: 'website', startedOn: '2026-05-07' },
      ifMatch(1),
    );
    expect(stale.statusCode).toBe(412);
    const early = await officer.client.post(
      `/api/v1/community/disclosures/${made.data.id}/channels`,
      { kind: 'website', startedOn: '2026-04-01' },
      ifMatch(broadcast.data.version),
    );
    expect(early.statusCode).toBe(409);
  });

  it('keeps items 4 and 13 posted for good, lists the quarter and reminds of day 29 and of what is overdue', async () => {
    const procedures = await officer.client.post('/api/v1/community/disclosures', {
      unitId: commune.id,
      item: 13,
      title: 'Thủ tục hành chính giải quyết tại xã',
      documentDate: '2026-05-04',
      channels: [{ kind: 'posting', startedOn: '2026-05-05', endedOn: '2026-06-30', evidence }],
    });
    expect(procedures.data).toMatchObject({ permanent: true, minPostingDays: null, problems: ['permanent_taken_down'], current: true });
    const quarter = await officer.client.get(`/api/v1/community/disclosures/quarterly?unitId=${commune.id}&year=2026&quarter=2`);
    expect(quarter.statusCode, quarter.body).toBe(200);
    expect(quarter.data.entries.map((entry: { item: number }) => entry.item)).toEqual([7, 13]);
    expect(quarter.data.itemsWithout).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14]);
    expect(quarter.data).toMatchObject({ from: '2026-04-01', to: '2026-06-30' });

    const budget = await officer.client.post('/api/v1/community/disclosures', {
      unitId: commune.id,
      item: 2,
      title: 'Dự toán ngân sách quý IV',
      documentDate: '2026-10-01',
      channels: [{ kind: 'posting', startedOn: '2026-10-02', evidence }],
    });
    const late = await officer.client.post('/api/v1/community/disclosures', {
      unitId: commune.id,
      item: 5,
      title: 'Khoản huy động đóng góp làm đường',
      documentDate: '2026-10-01',
    });
    expect(late.data.problems).toEqual(['late', 'not_disclosed']);
    const reminders = await officer.client.get(`/api/v1/community/disclosures/reminders?unitId=${commune.id}&on=2026-10-30`);
    expect(reminders.statusCode, reminders.body).toBe(200);
    expect(reminders.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ disclosureId: budget.data.id, kind: 'posting_day_29', on: '2026-10-30' }),
        expect.objectContaining({ disclosureId: late.data.id, kind: 'overdue' }),
      ]),
    );
    // The same reminders go out by e-mail once to the commune's mobilisation officers and leaders.
    await t.database.query('update staff set email = $1 where id = $2', ['dan.van@xa.example', officer.id]);
    const options = { publicUrl: 'https://motcua.example', now: new Date('2026-10-30T02:00:00Z') };
    await remindDisclosures(t.database.db, options);
    await remindDisclosures(t.database.db, options);
    const mail = await t.database.query<{ recipient: string; subject: string; body: string }>(
      `select recipient, subject, body from outbox_messages where topic = 'community.disclosure_reminder' order by subject`,
    );
    expect(mail.map((m) => [m.recipient, m.subject])).toEqual([
      ['dan.van@xa.example', 'Nhắc: kiểm tra niêm yết công khai (ngày thứ 29)'],
      ['dan.van@xa.example', 'Nhắc: nội dung phải công khai'],
    ]);
    expect(mail[0]!.body).toContain('2026-10-30 là ngày thứ 29');
    const current = await officer.client.get(`/api/v1/community/disclosures?unitId=${commune.id}&view=archive`);
    expect(current.data.items.map((item: { item: number }) => item.item)).toEqual([7]);
    const search = await officer.client.get(`/api/v1/community/disclosures?unitId=${commune.id}&q=ho ngheo`);
    expect(search.data.items.map((item: { item: number }) => item.item)).toEqual([7]);
  });

  it('is the commune’s: a village cannot disclose', async () => {
    const made = await officer.client.post('/api/v1/community/disclosures', {
      unitId: villages[0],
      item: 1,
      title: 'Kế hoạch',
      documentDate: '2026-01-05',
    });
    expect(made.statusCode).toBe(409);
  });
});

const propose = (body: Record<string, unknown>) =>
  officer.client.post(
    '/api/v1/community/resident-matters',
    { proposer: 'village_head', proposedOn: '2026-02-01', form: 'meeting', ...body },
    en,
  );
const vote = (matter: { id: string; version: number }, body: Record<string, unknown>) =>
  officer.client.post(`/api/v1/community/resident-matters/${matter.id}/votes`, { form: 'meeting', ...body }, ifMatch(matter.version));

describe('resident decisions', () => {
  it('does not pass item 1 with 118 of 125 present in 180 households; the household ballot follows and decides', async () => {
    const matter = await propose({ unitId: villages[0], item: 1, title: 'Đóng góp bê tông hóa đường thôn' });
    expect(matter.statusCode, matter.body).toBe(201);
    const meeting = await vote(matter.data, { heldAt: '2026-03-01T08:00:00+07:00', present: 125, yes: 118, no: 7 });
    expect(meeting.statusCode, meeting.body).toBe(200);
    expect(meeting.data.status).toBe('ballot_required');
    expect(meeting.data.votes[0]).toMatchObject({
      householdsTotal: 180,
      absent: 55,
      needed: 120,
      passed: false,
      ballotRequired: true,
      sendDueOn: '2026-03-06',
    });
    const again = await vote(meeting.data, { heldAt: '2026-03-08T08:00:00+07:00', present: 130, yes: 125, no: 5 });
    expect(again.statusCode).toBe(409);
    const notFinal = await officer.client.post(
      `/api/v1/community/resident-matters/${matter.data.id}/votes/${meeting.data.votes[0].id}/document`,
      {
        decisionRef: '00/BB',
        sentOn: '2026-03-02',
        signatories: { villageHead: 'A', frontHead: 'B', householdRepresentatives: ['C', 'D'] },
      },
      ifMatch(meeting.data.votes[0].version),
    );
    expect(notFinal.statusCode).toBe(409);
    const ballot = { teamSize: 4, announcedOn: '2026-03-14', issued: 180, returned: 150 };
    const rushed = await vote(meeting.data, {
      form: 'household_ballot',
      heldAt: '2026-03-15T17:00:00+07:00',
      present: 150,
      yes: 121,
      no: 29,
      ballot,
    });
    expect(rushed.statusCode).toBe(400);
    expect(rushed.data.errors[0].field).toBe('ballot.announcedOn');
    const decided = await vote(meeting.data, {
      form: 'household_ballot',
      heldAt: '2026-03-15T17:00:00+07:00',
      present: 150,
      yes: 121,
      no: 29,
      ballot: { ...ballot, announcedOn: '2026-03-13' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.data.status).toBe('passed');
    const last = decided.data.votes[1];
    const sent = await officer.client.post(
      `/api/v1/community/resident-matters/${matter.data.id}/votes/${last.id}/document`,
      {
        decisionRef: '01/BB-TDC',
        sentOn: '2026-03-25',
        signatories: { villageHead: 'Ma Văn Thắng', frontHead: 'Hoàng Thị Lan', householdRepresentatives: ['Nông Văn A', 'Triệu Thị B'] },
      },
      ifMatch(last.version),
    );
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.data.votes[1]).toMatchObject({ sendDueOn: '2026-03-20', sentOn: '2026-03-25', sentLate: true, recognitionDueOn: null });
    const recognition = await officer.client.post(
      `/api/v1/community/resident-matters/${matter.data.id}/votes/${last.id}/recognition`,
      { decision: 'recognised', on: '2026-03-26', ref: '12/QĐ-UBND' },
      ifMatch(sent.data.votes[1].version),
    );
    expect(recognition.statusCode).toBe(409);
  });

  it('decides items 3–5 at a meeting and has the commune recognise them within 5 working days of receipt', async () => {
    const refused = await propose({ unitId: villages[1], item: 3, title: 'Hương ước thôn', form: 'household_ballot' });
    expect(refused.statusCode).toBe(400);
    const matter = await propose({ unitId: villages[1], item: 3, title: 'Hương ước thôn Nà Pồng' });
    const meeting = await vote(matter.data, { heldAt: '2026-04-20T08:00:00+07:00', present: 100, yes: 91, no: 9 });
    expect(meeting.data.status).toBe('passed');
    const made = meeting.data.votes[0];
    const sent = await officer.client.post(
      `/api/v1/community/resident-matters/${matter.data.id}/votes/${made.id}/document`,
      {
        decisionRef: '02/BB',
        sentOn: '2026-04-24',
        signatories: { villageHead: 'A', frontHead: 'B', householdRepresentatives: ['C', 'D'] },
      },
      ifMatch(made.version),
    );
    expect(sent.data.votes[0]).toMatchObject({ sentLate: false, recognitionDueOn: '2026-05-06' });
    // Recognition is the commune's act: an officer of the village itself may not give it.
    const villageOfficer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: villages[1]! });
    const byVillage = await villageOfficer.client.post(
      `/api/v1/community/resident-matters/${matter.data.id}/votes/${made.id}/recognition`,
      { decision: 'recognised', on: '2026-05-07', ref: '20/QĐ-UBND' },
      ifMatch(sent.data.votes[0].version),
    );
    expect(byVillage.statusCode).toBe(403);
    const recognised = await officer.client.post(
      `/api/v1/community/resident-matters/${matter.data.id}/votes/${made.id}/recognition`,
      { decision: 'recognised', on: '2026-05-07', ref: '20/QĐ-UBND' },
      ifMatch(sent.data.votes[0].version),
    );
    expect(recognised.statusCode, recognised.body).toBe(200);
    expect(recognised.data.votes[0]).toMatchObject({ recognition: 'recognised', recognitionLate: true });
  });

  it('meets in clusters only from 200 households and sums them', async () => {
    const matter = await propose({ unitId: villages[2], item: 6, title: 'Giờ giấc sinh hoạt nhà văn hóa' });
    const clusters = [
      { name: 'Cụm 1', present: 60, yes: 50, no: 10 },
      { name: 'Cụm 2', present: 70, yes: 45, no: 20 },
    ];
    expect((await vote(matter.data, { heldAt: '2026-05-03T08:00:00+07:00', clusters })).statusCode).toBe(409);
    await households(villages[2]!, '2026-05-01', 190);
    await households(villages[2]!, '2026-05-02', 210);
    const summed = await vote(matter.data, { heldAt: '2026-05-03T08:00:00+07:00', clusters });
    expect(summed.statusCode, summed.body).toBe(200);
    expect(summed.data.votes[0]).toMatchObject({
      householdsTotal: 210,
      present: 130,
      yes: 95,
      needed: 106,
      passed: false,
      ballotRequired: true,
    });
  });

  it('goes to a vote on a citizen initiative only while 10% of the households’ consents are within 3 months', async () => {
    const matter = await propose({
      unitId: villages[0],
      item: 6,
      title: 'Lắp đèn đường ngõ xóm',
      proposer: 'citizen_initiative',
      proposedOn: '2026-01-05',
    });
    const codes = Array.from({ length: 18 }, (_, n) => ({
      householdCode: `HK-${n + 1}`,
      consentedOn: n < 17 ? '2026-01-10' : '2026-01-31',
    }));
    const consented = await officer.client.post(
      `/api/v1/community/resident-matters/${matter.data.id}/consents`,
      { consents: codes },
      ifMatch(matter.data.version),
    );
    expect(consented.statusCode, consented.body).toBe(200);
    expect(consented.data.initiative).toMatchObject({ needed: 18, valid: 0, expired: 18, ready: false });
    expect(consented.data.status).toBe('collecting');
    const late = await vote(consented.data, { heldAt: '2026-04-11T08:00:00+07:00', present: 120, yes: 100, no: 20 });
    expect(late.statusCode).toBe(409);
    expect(late.data.detail).toContain('1 of the 18 households');
    const inTime = await vote(consented.data, { heldAt: '2026-04-10T08:00:00+07:00', present: 120, yes: 100, no: 20 });
    expect(inTime.statusCode, inTime.body).toBe(200);
    expect(inTime.data.initiative).toMatchObject({ asOf: '2026-04-10', valid: 18, ready: true, fallsShortOn: '2026-04-11' });
    expect(inTime.data.status).toBe('passed');
    // The households' register numbers stay in the register: no answer carries them.
    const listed = await officer.client.get(`/api/v1/community/resident-matters?unitId=${villages[0]}&q=den duong`);
    expect(listed.data.items).toHaveLength(1);
    for (const body of [consented.body, inTime.body, listed.body]) expect(body).not.toContain('HK-');
  });

  it('passes a commune-wide item 2 when two thirds of the villages approve it', async () => {
    expect((await propose({ unitId: commune.id, item: 3, title: 'Hương ước chung', proposer: 'chairman' })).statusCode).toBe(409);
    const matter = await propose({ unitId: commune.id, item: 2, title: 'Quỹ khuyến học xã', proposer: 'chairman' });
    expect(matter.data.villages).toEqual({ total: 3, passed: 0, needed: 2 });
    const first = await vote(matter.data, {
      villageUnitId: villages[0],
      heldAt: '2026-06-01T08:00:00+07:00',
      present: 150,
      yes: 130,
      no: 20,
    });
    expect(first.data).toMatchObject({ status: 'open', villages: { passed: 1 } });
    const second = await vote(first.data, {
      villageUnitId: villages[1],
      heldAt: '2026-06-02T08:00:00+07:00',
      present: 150,
      yes: 121,
      no: 29,
    });
    expect(second.data).toMatchObject({ status: 'passed', villages: { total: 3, passed: 2, needed: 2 } });
    const outside = await vote(second.data, { villageUnitId: commune.id, heldAt: '2026-06-02T08:00:00+07:00', present: 1, yes: 1, no: 0 });
    expect(outside.statusCode).toBe(409);
  });
});
