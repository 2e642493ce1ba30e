import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/platform/db/types.js';
import { auditCount, Client, createTestApp, type TestApp } from '../support/test-app.js';
import { buildDossier, buildProcedure, buildStaff, buildUnitTree, type UnitRef } from '../support/factories.js';
import { formEncoded, openCitizenForm } from '../support/citizen-forms.js';

let t: TestApp;
let commune: UnitRef;
let otherCommune: UnitRef;
let counter: { id: string; client: Client };
let otherCounter: Client;
let leader: Client;
const procedure = buildProcedure({ name: 'Chứng thực bản sao (hồ sơ thử đánh giá)' });
/** The applicant's phone ends in 4321, the digits the rating page asks for. */
const applicant = { phone: '0987654321' };
/**
 * Posts a citizen form as a browser does: with the form-token cookie of the page it came from and
 * the same token in the form's hidden field (a form shown earlier on that page, when the page
 * now shows none).
 */
const postForm = async (client: Client, url: string, fields: Record<string, string>, pageUrl = url) => {
  const page = await openCitizenForm(t.app, pageUrl);
  const token = page.fields._form ?? /motcua_form=([\w-]+)/.exec(page.cookie ?? '')?.[1];
  const body = formEncoded({ ...(token ? { _form: token } : {}), ...fields });
  return client.request('POST', url, {
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(page.cookie ? { cookie: page.cookie } : {}) },
  });
};
const ratingCount = async () => rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from ratings`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const { communes } = await buildUnitTree(t.admin, { communes: 2 });
  commune = communes[0]!;
  otherCommune = communes[1]!;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  counter = await buildStaff(t.admin, { fullName: 'Hoàng Văn Quầy', unitId: commune.id, roles: ['counter_officer'] });
  otherCounter = (await buildStaff(t.admin, { unitId: otherCommune.id, roles: ['counter_officer'] })).client;
  leader = (await buildStaff(t.admin, { unitId: commune.id, roles: ['leader'] })).client;
});
afterAll(async () => t?.close());

describe('the counter kiosk', () => {
  let kioskPath: string;

  it('is paired by a counter officer and waits for the next transaction, without a sign-in', async () => {
    const paired = await counter.client.post('/api/v1/ratings/kiosks', { unitId: commune.id, label: 'Quầy số 1' });
    expect(paired.statusCode).toBe(201);
    kioskPath = paired.data.path;
    expect(kioskPath).toMatch(/^\/danh-gia\/quay\/[\w-]{20,}$/);
    const waiting = await new Client(t.app).get(kioskPath);
    expect(waiting.statusCode).toBe(200);
    expect(waiting.body).toContain('data-kiosk="waiting"');
    expect(waiting.body).toContain('Hoàng Văn Quầy');
    expect(waiting.body).toMatch(/http-equiv="refresh"/);
    expect((await new Client(t.app).get('/danh-gia/quay/not-a-real-kiosk-token-000')).statusCode).toBe(404);
    expect((await otherCounter.post('/api/v1/ratings/kiosks', { unitId: commune.id })).statusCode).toBe(403);
  });

  it('shows the four choices for the transaction just finished, takes one rating, then waits again', async () => {
    const { dossierId, code } = await buildDossier(counter.client, { unitId: commune.id, procedureCode: procedure.code, applicant });
    const citizen = new Client(t.app);
    const choices = await citizen.get(kioskPath);
    expect(choices.body).toContain(code);
    for (const label of ['Rất hài lòng', 'Hài lòng', 'Không ý kiến', 'Không hài lòng'])
      expect(choices.body).toContain(`>${label}</button>`);
    const rated = await postForm(citizen, kioskPath, { dossierId, transaction: 'intake', level: 'very_satisfied' });
    expect(rated.statusCode).toBe(201);
    expect(rated.body).toContain('Cảm ơn quý khách đã đánh giá: Rất hài lòng');
    expect((await citizen.get(kioskPath)).body).toContain('data-kiosk="waiting"');
    const before = await auditCount(t.database);
    const again = await postForm(citizen, kioskPath, { dossierId, transaction: 'intake', level: 'unsatisfied' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Giao dịch này đã được đánh giá');
    expect(await auditCount(t.database)).toBe(before);
    const summary = await leader.get(`/api/v1/ratings/summary?unitId=${commune.id}&from=2025-01-01&to=2030-12-31`);
    expect(summary.data.counts).toMatchObject({ verySatisfied: 1, total: 1 });
    expect(summary.data.officers).toEqual([expect.objectContaining({ officerId: counter.id, verySatisfied: 1 })]);
  });

  it('refuses a transaction of another unit and bad choices, recording nothing', async () => {
    const foreign = await buildDossier(otherCounter, { unitId: otherCommune.id, procedureCode: procedure.code, applicant });
    const before = await ratingCount();
    const refused = await postForm(new Client(t.app), kioskPath, {
      dossierId: foreign.dossierId,
      transaction: 'intake',
      level: 'satisfied',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Giao dịch không thuộc đơn vị của quầy');
    const bad = await postForm(new Client(t.app), kioskPath, { dossierId: foreign.dossierId, transaction: 'intake', level: 'delighted' });
    expect(bad.statusCode).toBe(400);
    expect(await ratingCount()).toBe(before);
  });

  it('turns an unsatisfied rating with a comment into a feedback item the leader answers by its deadline', async () => {
    const { dossierId, code } = await buildDossier(counter.client, { unitId: commune.id, procedureCode: procedure.code, applicant });
    const citizen = new Client(t.app);
    const rated = await postForm(citizen, kioskPath, { dossierId, transaction: 'intake', level: 'unsatisfied' });
    const ratingId = /name="ratingId" value="([\w-]+)"/.exec(rated.body)![1]!;
    const details = await postForm(
      citizen,
      `${kioskPath}/chi-tiet`,
      { ratingId, attitude: 'poor', timeliness: 'fair', comment: 'Phải chờ lâu, cán bộ không hướng dẫn rõ.' },
      kioskPath,
    );
    expect(details.statusCode).toBe(200);
    expect(details.body).toContain('data-kiosk="done"');
    expect((await postForm(citizen, `${kioskPath}/chi-tiet`, { ratingId, comment: 'Sửa lại' }, kioskPath)).statusCode).toBe(409);
    const open = await leader.get(`/api/v1/feedback?unitId=${commune.id}&status=open`);
    expect(open.data.total).toBe(1);
    const item = open.data.items[0];
    expect(item).toMatchObject({ dossierCode: code, comment: 'Phải chờ lâu, cán bộ không hướng dẫn rõ.', officerName: 'Hoàng Văn Quầy' });
    const due = await t.admin.get(`/api/v1/calendar/due?start=${encodeURIComponent(item.openedAt)}&workingDays=15&unitId=${commune.id}`);
    expect(item.dueAt).toBe(new Date(due.data.dueAt).toISOString());
    expect(
      (
        await counter.client.post(
          `/api/v1/feedback/${item.id}/answer`,
          { answer: 'Xin lỗi ông/bà, đơn vị đã nhắc nhở cán bộ.' },
          { 'if-match': '"1"' },
        )
      ).statusCode,
    ).toBe(403);
    expect((await leader.post(`/api/v1/feedback/${item.id}/answer`, { answer: 'Ngắn' }, { 'if-match': '"1"' })).data.errors[0].field).toBe(
      'answer',
    );
    expect(
      (
        await leader.post(
          `/api/v1/feedback/${item.id}/answer`,
          { answer: 'Xin lỗi ông/bà, đơn vị đã nhắc nhở cán bộ.' },
          { 'if-match': '"7"' },
        )
      ).statusCode,
    ).toBe(412);
    const answered = await leader.post(
      `/api/v1/feedback/${item.id}/answer`,
      { answer: 'Xin lỗi ông/bà, đơn vị đã nhắc nhở cán bộ.' },
      { 'if-match': '"1"' },
    );
    expect(answered.statusCode).toBe(200);
    expect(answered.data).toMatchObject({ status: 'answered', version: 2 });
    expect((await leader.post(`/api/v1/feedback/${item.id}/answer`, { answer: 'Trả lời lần hai' }, { 'if-match': '"2"' })).statusCode).toBe(
      409,
    );

    // The feedback becomes a reflection in the petition book (the rating channel), once.
    const reflection = await leader.post(`/api/v1/feedback/${item.id}/petition`);
    expect(reflection.statusCode, reflection.body).toBe(201);
    expect(reflection.data).toMatchObject({ channel: 'rating', kind: 'reflection', isAnonymous: true, unitId: commune.id });
    expect(reflection.data.contentSummary).toContain('Phải chờ lâu, cán bộ không hướng dẫn rõ.');
    expect(reflection.data.receivedAt).toBe(new Date(item.openedAt).toISOString());
    const twice = await leader.post(`/api/v1/feedback/${item.id}/petition`);
    expect(twice.statusCode).toBe(409);
    expect(twice.data.code).toBe('FEEDBACK_ALREADY_OPENED');
  });
});

describe('rating from the receipt QR code and online', () => {
  it('rates the intake, then the return, once each', async () => {
    const { dossierId, code } = await buildDossier(counter.client, { unitId: commune.id, procedureCode: procedure.code, applicant });
    const secret = rowsOf<{ tracking_secret: string }>(
      await t.database.db.execute(sql`select tracking_secret from dossiers where id = ${dossierId}`),
    )[0]!.tracking_secret;
    const citizen = new Client(t.app);
    const tracking = await citizen.get(`/tra-cuu?k=${secret}`);
    expect(tracking.body).toContain(`/danh-gia?k=${secret}`);
    const page = await citizen.get(`/danh-gia?k=${secret}`);
    expect(page.body).toContain('Tiếp nhận hồ sơ');
    const ratingPage = `/danh-gia?k=${secret}`;
    expect((await postForm(citizen, '/danh-gia', { k: secret, transaction: 'intake' }, ratingPage)).statusCode).toBe(400);
    expect(
      (await postForm(citizen, '/danh-gia', { k: secret, transaction: 'intake', level: 'satisfied', attitude: 'good' }, ratingPage))
        .statusCode,
    ).toBe(201);
    expect((await postForm(citizen, '/danh-gia', { k: secret, transaction: 'intake', level: 'satisfied' }, ratingPage)).statusCode).toBe(
      409,
    );
    expect((await citizen.get(`/danh-gia?k=${secret}`)).body).toContain('Chưa có giao dịch cần đánh giá');
    // The tracking page offers to rate only what is left to rate.
    expect((await citizen.get(`/tra-cuu?k=${secret}`)).body).not.toContain('/danh-gia');

    let detail = (await leader.post(`/api/v1/dossiers/${dossierId}/actions`, { action: 'approve' }, { 'if-match': '"1"' })).data;
    detail = (
      await counter.client.post(
        `/api/v1/dossiers/${dossierId}/actions`,
        { action: 'return', delivery: 'counter' },
        { 'if-match': `"${detail.version}"` },
      )
    ).data;
    expect(detail.status).toBe('returned');
    expect((await citizen.get(`/tra-cuu?ma=${code}&sdt=4321`)).body).toContain(`/danh-gia?ma=${code}&amp;sdt=4321`);
    const afterReturn = await citizen.get(`/danh-gia?ma=${code}&sdt=4321`);
    expect(afterReturn.body).toContain('Trả kết quả');
    expect((await citizen.get(`/danh-gia?ma=${code}&sdt=9999`)).statusCode).toBe(404);
    expect(
      (
        await postForm(
          citizen,
          '/danh-gia',
          { ma: code, sdt: '4321', transaction: 'return', level: 'very_satisfied' },
          `/danh-gia?ma=${code}&sdt=4321`,
        )
      ).statusCode,
    ).toBe(201);
    const stored = rowsOf<{ transaction: string; channel: string; level: string }>(
      await t.database.db.execute(
        sql`select transaction, channel, level from ratings where dossier_id = ${dossierId} order by transaction`,
      ),
    );
    expect(stored).toEqual([
      { transaction: 'intake', channel: 'qr', level: 'satisfied' },
      { transaction: 'return', channel: 'online', level: 'very_satisfied' },
    ]);
    expect((await citizen.get(`/tra-cuu?ma=${code}&sdt=4321`)).body).not.toContain('/danh-gia');
  });

  it('offers nothing to rate on a dossier its applicant withdrew', async () => {
    const { code } = await buildDossier(counter.client, {
      unitId: commune.id,
      procedureCode: procedure.code,
      applicant,
      state: 'withdrawn',
    });
    const citizen = new Client(t.app);
    const tracking = await citizen.get(`/tra-cuu?ma=${code}&sdt=4321`);
    expect(tracking.body).toContain('Công dân rút hồ sơ');
    expect(tracking.body).not.toContain('/danh-gia');
    expect((await citizen.get(`/danh-gia?ma=${code}&sdt=4321`)).body).toContain('Chưa có giao dịch cần đánh giá');
    // Nor is its intake rated by a form sent straight to /danh-gia.
    const [{ tracking_secret: secret }] = rowsOf<{ tracking_secret: string }>(
      await t.database.db.execute(sql`select tracking_secret from dossiers where code = ${code}`),
    ) as [{ tracking_secret: string }];
    const before = await ratingCount();
    const sent = await postForm(citizen, '/danh-gia', { k: secret, transaction: 'intake', level: 'satisfied' }, `/danh-gia?k=${secret}`);
    expect(sent.statusCode).toBe(409);
    expect(sent.body).toContain('Hồ sơ đã rút');
    expect(await ratingCount()).toBe(before);
  });
});

describe('ratings API', () => {
  it('names the bad field and keeps other units out', async () => {
    const reversed = await leader.get(`/api/v1/ratings/summary?unitId=${commune.id}&from=2026-05-01&to=2026-01-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.headers['content-type']).toContain('application/problem+json');
    expect(reversed.data.errors[0].field).toBe('to');
    expect((await otherCounter.get(`/api/v1/ratings/summary?unitId=${commune.id}&from=2026-01-01&to=2026-12-31`)).statusCode).toBe(403);
    expect((await new Client(t.app).get(`/api/v1/ratings/summary?unitId=${commune.id}&from=2026-01-01&to=2026-12-31`)).statusCode).toBe(
      401,
    );
  });

  it('scores the unit and its officers on the indicators of the evaluation', async () => {
    const scores = await leader.get(`/api/v1/ratings/scores?unitId=${commune.id}&from=2025-01-01&to=2030-12-31`);
    expect(scores.statusCode).toBe(200);
    expect(scores.data.level).toBe('commune');
    // One dossier settled (approved the same day it was received): early or on time.
    expect(scores.data.unit.dossiers).toBe(1);
    expect([1, 2]).toContain(scores.data.unit.indicators.i1);
    expect(scores.data.unit.indicators.i3).toBe(2);
    expect(scores.data.unit.indicators.i4).toBe(1);
    expect(scores.data.unit.indicators.i8).toBe(2);
    const officer = scores.data.officers.find((o: { officerId: string }) => o.officerId === counter.id);
    expect(officer).toMatchObject({ officerName: 'Hoàng Văn Quầy', dossiers: 1 });
    expect(officer.ratings.total).toBeGreaterThanOrEqual(3);
  });
});
