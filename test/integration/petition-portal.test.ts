/**
 * The citizen side of petitions: a recommendation or reflection sent on the portal (multipart, no
 * JavaScript, with a scan), followed by its code up to the answer the unit gives; and Open311
 * GeoReport v2 for reports about places (services, a report form-encoded, the public list in JSON
 * and XML), never showing the reporter.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formEncoded, nextAddress, openCitizenForm, type CitizenForm } from '../support/citizen-forms.js';
import { multipart } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(300)]);
const petitionCount = async () => (await t.database.query<{ n: number }>('select count(*)::int as n from petitions'))[0]!.n;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const get = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: nextAddress() });

async function send(page: CitizenForm, fields: Record<string, string>, files: Record<string, Buffer> = {}) {
  const form = multipart([
    { name: '_form', value: page.fields._form! },
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...Object.entries(files).map(([name, value]) => ({ name, value, filename: `${name}.pdf`, type: 'application/pdf' })),
  ]);
  return t.app.inject({
    method: 'POST',
    url: '/phan-anh-kien-nghi',
    remoteAddress: nextAddress(),
    headers: { 'content-type': form.contentType, ...(page.cookie ? { cookie: page.cookie } : {}) },
    payload: form.body,
  });
}

const open311 = (format: 'json' | 'xml', fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${format}`,
    remoteAddress: nextAddress(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: formEncoded(fields),
  });

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('a reflection sent on the portal', () => {
  it('is recorded with its scan, followed by its code, and shows the unit’s answer once given', async () => {
    const page = await openCitizenForm(t.app, '/phan-anh-kien-nghi');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Gửi phản ánh, kiến nghị');
    const sent = await send(
      page,
      {
        unit: commune.id,
        kind: 'reflection',
        content: 'Đèn đường đoạn trước trường tiểu học thôn Nà Lầu hỏng đã hai tuần, buổi tối rất tối.',
        place: 'Thôn Nà Lầu, trước trường tiểu học',
        name: 'Triệu Thị Phản Ánh',
        phone: '0912 345 678',
      },
      { tep1: pdf() },
    );
    expect(sent.statusCode, sent.body).toBe(303);
    const location = String(sent.headers.location);
    const code = new URL(location, 'http://x').searchParams.get('ma')!;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    const answerPage = await get(location);
    expect(answerPage.body).toContain(code);

    const tracking = await get(`/phan-anh-kien-nghi/tra-cuu?ma=${code.toLowerCase()}`);
    expect(tracking.statusCode).toBe(200);
    expect(tracking.body).toContain('Đã tiếp nhận, chờ phân loại');
    expect(tracking.body).not.toContain('Triệu Thị Phản Ánh');

    const listed = await officer.client.get(`/api/v1/petitions?q=${encodeURIComponent('den duong truoc truong')}`);
    const petition = listed.data.items[0];
    expect(petition).toMatchObject({ channel: 'portal', kind: 'reflection', petitioner: null });
    const files = await t.database.query<{ n: number }>(
      `select count(*)::int as n from files where owner_type = 'petition' and owner_id = $1`,
      [petition.id],
    );
    expect(files[0]!.n).toBe(1);

    const classified = await officer.client.post(
      `/api/v1/petitions/${petition.id}/classification`,
      { kind: 'reflection', field: 'other_administrative', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      ifMatch(petition.version),
    );
    await officer.client.post(`/api/v1/petitions/${petition.id}/handling`, { outcome: 'accept' }, ifMatch(classified.data.version));
    const opened = await officer.client.post(`/api/v1/petitions/${petition.id}/settlement`, { decisionRef: '21/TB' });
    expect((await get(`/phan-anh-kien-nghi/tra-cuu?ma=${code}`)).body).toContain('Đang giải quyết');
    await officer.client.post(
      `/api/v1/settlements/${opened.data.id}/steps`,
      { step: 'decide', decisionRef: '22/TL', result: 'answered', summary: 'Điện lực xã đã thay bóng đèn ngày 05/12.' },
      ifMatch(opened.data.version),
    );
    const answered = await get(`/phan-anh-kien-nghi/tra-cuu?ma=${code}`);
    expect(answered.body).toContain('Đã trả lời');
    expect(answered.body).toContain('Điện lực xã đã thay bóng đèn ngày 05/12.');
  });

  it('shows the form again with what is wrong and records nothing', async () => {
    const page = await openCitizenForm(t.app, '/phan-anh-kien-nghi');
    const before = await petitionCount();
    const refused = await send(page, { unit: commune.id, kind: 'complaint', content: 'ngắn', name: '', phone: '12' });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toContain('text/html');
    for (const message of ['Chọn phản ánh hoặc kiến nghị.', 'Ghi rõ nội dung, ít nhất 10 ký tự.', 'Ghi họ và tên.'])
      expect(refused.body).toContain(message);
    expect(await petitionCount()).toBe(before);
    const unknown = await get('/phan-anh-kien-nghi/tra-cuu?ma=ABCDEFGHJK');
    expect(unknown.statusCode).toBe(404);
  });
});

describe('Open311 GeoReport v2', () => {
  it('lists its services in JSON and XML', async () => {
    const json = await get('/open311/v2/services.json');
    expect(json.statusCode).toBe(200);
    expect(JSON.parse(json.body).map((s: { service_code: string }) => s.service_code)).toContain('lighting');
    const xml = await get('/open311/v2/services.xml');
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><services><service><service_code>road<\/service_code>/);
  });

  it('records a report about a place and shows it with its status, never its reporter', async () => {
    const created = await open311('json', {
      service_code: 'road',
      lat: '22.7395',
      long: '105.3712',
      address_string: 'Ngầm tràn Khuổi Luông',
      description: 'Ngầm tràn bị sạt một bên, xe máy đi qua rất nguy hiểm',
      first_name: 'Ma',
      last_name: 'Văn Báo Cáo',
      phone: '0988111222',
      email: '',
    });
    expect(created.statusCode, created.body).toBe(201);
    const [item] = JSON.parse(created.body);
    expect(item.service_request_id).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);

    const one = await get(`/open311/v2/requests/${item.service_request_id}.json`);
    expect(one.statusCode, one.body).toBe(200);
    expect(JSON.parse(one.body)[0]).toMatchObject({
      status: 'open',
      service_code: 'road',
      lat: 22.7395,
      long: 105.3712,
      agency_responsible: commune.name,
    });
    const list = await get('/open311/v2/requests.xml?service_code=road');
    expect(list.body).toContain(`<service_request_id>${item.service_request_id}</service_request_id>`);
    for (const body of [one.body, list.body]) {
      expect(body).not.toContain('Báo Cáo');
      expect(body).not.toContain('0988111222');
    }
    const portalPetition = await get('/open311/v2/requests.json');
    expect(JSON.parse(portalPetition.body).every((r: { lat: unknown; address: unknown }) => r.lat !== null || r.address !== null)).toBe(
      true,
    );
  });

  it('refuses a report without a place, or for an unknown problem, naming the field and recording nothing', async () => {
    const before = await petitionCount();
    const noPlace = await open311('json', { service_code: 'waste', description: 'Rác đổ trộm bên đường liên thôn' });
    expect(noPlace.statusCode).toBe(400);
    expect(noPlace.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(noPlace.body).errors.map((e: { field: string }) => e.field)).toContain('address_string');
    const unknown = await open311('xml', {
      service_code: 'ufo',
      address_string: 'Đồi thông',
      description: 'Một vật thể lạ trên đồi thông',
    });
    expect(unknown.statusCode).toBe(400);
    expect(await petitionCount()).toBe(before);
    expect((await get('/open311/v2/requests/ZZZZZZZZZZ.json')).statusCode).toBe(404);
  });
});
