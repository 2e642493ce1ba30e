/**
 * Citizen reception and commitments on the portal, without JavaScript: the reception calendar of
 * published sessions, booking a session with the form token (queue numbers, the same person keeps
 * theirs, bad input answered in HTML and nothing written), the public commitment board without any
 * person, the citizen's "has it been done?" link whose "no" reopens the commitment once, and the
 * JSON twins for machines.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formEncoded, nextAddress, openCitizenForm } from '../support/citizen-forms.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';
import { auditCount, Client, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
let anonymous: Client;
type Made = { id: string; version: number; [key: string]: any };

const vietnamDay = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const shortDate = (iso: string) => iso.split('-').reverse().join('/');
const get = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: nextAddress() });
const post = (url: string, page: { cookie?: string | undefined }, payload: string) =>
  t.app.inject({
    method: 'POST',
    url,
    remoteAddress: nextAddress(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(page.cookie ? { cookie: page.cookie } : {}) },
    payload,
  });
const count = async (table: string) => (await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;
const isHtml = (response: { headers: Record<string, unknown> }) => String(response.headers['content-type']).startsWith('text/html');

async function session(date: string, extra: Record<string, unknown> = {}): Promise<Made> {
  const response = await officer.client.post('/api/v1/reception/sessions', {
    unitId: commune.id,
    hostBody: 'peoples_committee',
    hostRole: 'commune_chairman',
    hostName: 'Chủ tịch UBND xã Lục Văn Công',
    place: 'Trụ sở UBND xã, phòng tiếp công dân',
    date,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data;
}

/** A dialogue held yesterday whose minutes make one commitment per conclusion; their ids. */
async function commitments(conclusions: Record<string, unknown>[]): Promise<string[]> {
  const day = vietnamDay(-1);
  const dialogue = await officer.client.post('/api/v1/dialogues', {
    unitId: commune.id,
    kind: 'thematic',
    hostBody: 'peoples_committee',
    hostName: 'Chủ tịch UBND xã',
    title: 'Đối thoại về đường giao thông nông thôn',
    plannedAt: `${day}T08:00:00+07:00`,
    place: 'Nhà văn hóa thôn Nà Pồng',
  });
  expect(dialogue.statusCode, dialogue.body).toBe(201);
  const minutes = await officer.client.post(
    `/api/v1/dialogues/${dialogue.data.id}/minutes`,
    {
      outcome: 'held',
      heldAt: `${day}T09:00:00+07:00`,
      attendeesCount: 35,
      participants: [{ name: 'Chủ tịch UBND xã', role: 'Chủ trì', signed: true }],
      agreed: 'Làm đường bê tông thôn Nà Pồng',
      conclusions: conclusions.map((extra) => ({
        text: 'Nội bộ: hộ ông Nông Văn Thụ Hưởng hiến 50 m² đất',
        publicText: 'Đổ bê tông đường thôn Nà Pồng',
        ownerUnitId: commune.id,
        ownerName: 'Công chức Hà Văn Phụ Trách',
        dueOn: vietnamDay(20),
        expectedEvidence: 'Biên bản nghiệm thu',
        beneficiaries: [{ name: 'Nông Văn Thụ Hưởng', email: 'thu.huong@example.test' }],
        ...extra,
      })),
    },
    { 'if-match': '"1"' },
  );
  expect(minutes.statusCode, minutes.body).toBe(200);
  return minutes.data.commitmentIds;
}

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  anonymous = new Client(t.app);
});
afterAll(async () => t?.close());

describe('the reception calendar', () => {
  it('lists a published session with its day in Vietnamese and its booking link, not an unpublished or cancelled one', async () => {
    const date = vietnamDay(3);
    const published = await session(date);
    await session(date, { hostName: 'Phó Chủ tịch Chưa Công Bố', published: false, startsAt: '13:30', endsAt: '16:30' });
    const cancelled = await session(date, { hostName: 'Chủ tịch Buổi Bị Hủy', startsAt: '14:00', endsAt: '16:30' });
    const cancelling = await officer.client.post(
      `/api/v1/reception/sessions/${cancelled.id}/outcome`,
      { action: 'cancelled', reason: 'Họp đột xuất' },
      { 'if-match': '"1"' },
    );
    expect(cancelling.statusCode, cancelling.body).toBe(200);

    for (const url of [`/tiep-cong-dan?don-vi=${commune.id}`, `/tiep-cong-dan?don-vi=${commune.id}&thang=${date.slice(0, 7)}`]) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('Chủ tịch UBND xã Lục Văn Công');
      expect(page.body).toContain(shortDate(date));
      expect(page.body).toMatch(/(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), /);
      expect(page.body).toContain('Trực tiếp');
      expect(page.body).toContain(`/tiep-cong-dan/dang-ky/${published.id}`);
      expect(page.body).not.toContain('Chưa Công Bố');
      expect(page.body).not.toContain('Buổi Bị Hủy');
      expect(page.body).not.toContain('<script');
      expect(Buffer.byteLength(page.body)).toBeLessThan(50_000);
    }
    const previous = await get(`/tiep-cong-dan?don-vi=${commune.id}&thang=${vietnamDay(-40).slice(0, 7)}`);
    expect(previous.statusCode).toBe(200);
    expect(previous.body).not.toContain(published.id);

    expect((await get(`/tiep-cong-dan?don-vi=${crypto.randomUUID()}`)).statusCode).toBe(404);
    const badMonth = await get(`/tiep-cong-dan?don-vi=${commune.id}&thang=2026-13`);
    expect(badMonth.statusCode).toBe(400);
    expect(isHtml(badMonth)).toBe(true);

    const json = await anonymous.get(`/api/v1/public/reception-sessions?unitId=${commune.id}&from=${vietnamDay(0)}&to=${vietnamDay(10)}`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.data.items).toEqual([
      expect.objectContaining({ id: published.id, date, bookable: true, bookingUrl: expect.stringContaining(`/dang-ky/${published.id}`) }),
    ]);
    const badUnit = await anonymous.get('/api/v1/public/reception-sessions?unitId=abc');
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.data.errors[0].field).toBe('unitId');
    const backwards = await anonymous.get(`/api/v1/public/reception-sessions?from=${vietnamDay(5)}&to=${vietnamDay(1)}`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.data.errors[0].field).toBe('to');
  });

  it('is linked from the home page, and every new page is in the API description', async () => {
    const home = await get('/');
    expect(home.body).toContain('href="/tiep-cong-dan"');
    expect(home.body).toContain('href="/cam-ket"');
    const spec = (await anonymous.get('/openapi.json')).data as { paths: Record<string, Record<string, { tags?: string[] }>> };
    expect(spec.paths['/tiep-cong-dan']?.get?.tags).toEqual(['portal']);
    expect(Object.keys(spec.paths['/tiep-cong-dan/dang-ky/{sessionId}'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(spec.paths['/cam-ket']?.get?.tags).toEqual(['portal']);
    expect(Object.keys(spec.paths['/cam-ket/xac-nhan/{token}'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(spec.paths['/api/v1/public/reception-sessions']?.get).toBeDefined();
    expect(spec.paths['/api/v1/public/commitments']?.get).toBeDefined();
  });
});

describe('booking a session without JavaScript', () => {
  const person = (name: string, citizenId: string) => ({
    name,
    citizenId,
    phone: '0912 345 678',
    matter: 'Đề nghị xem xét lại việc cấp giấy chứng nhận quyền sử dụng đất',
  });

  it('gives queue numbers 1 and 2, and the same person the same number again', async () => {
    const made = await session(vietnamDay(5));
    const url = `/tiep-cong-dan/dang-ky/${made.id}`;
    const form = await openCitizenForm(t.app, `${url}?don-vi=${commune.id}`);
    expect(form.status).toBe(200);
    expect(form.body).toContain('Đăng ký tiếp công dân');
    expect(form.fields._form).toBeTruthy();
    const book = async (fields: Record<string, string>) => {
      const response = await post(url, form, formEncoded({ ...form.fields, ...fields }));
      expect(response.statusCode, response.body).toBe(200);
      return Number(/data-queue-no="(\d+)"/.exec(response.body)?.[1]);
    };
    expect(await book(person('Hoàng Thị Mai', '004190001234'))).toBe(1);
    expect(await book(person('Lý Văn Sáng', '004088004321'))).toBe(2);
    expect(await book(person('Hoàng Thị Mai', '004190001234'))).toBe(1);
    const [bookings] = await t.database.query<{ n: number }>('select count(*)::int as n from reception_bookings where session_id = $1', [
      made.id,
    ]);
    expect(bookings!.n).toBe(2);
  });

  it('answers bad input with an HTML page naming the field, and writes nothing', async () => {
    const made = await session(vietnamDay(6));
    const url = `/tiep-cong-dan/dang-ky/${made.id}`;
    const form = await openCitizenForm(t.app, url);
    expect(form.status).toBe(200);
    const past = await session(vietnamDay(-2));
    const held = await officer.client.post(
      `/api/v1/reception/sessions/${past.id}/outcome`,
      { action: 'held', heldByName: 'Lục Văn Công' },
      { 'if-match': '"1"' },
    );
    expect(held.statusCode, held.body).toBe(200);
    const before = { bookings: await count('reception_bookings'), audit: await auditCount(t.database) };
    const send = (fields: Record<string, string>, target = url) => post(target, form, formEncoded({ ...form.fields, ...fields }));

    const badId = await send(person('Hoàng Thị Mai', '12345'));
    expect(badId.statusCode).toBe(400);
    expect(isHtml(badId)).toBe(true);
    expect(badId.body).toContain('12 chữ số');
    expect(badId.body).toContain('aria-invalid="true"');
    expect(badId.body).toContain('value="Hoàng Thị Mai"');
    const badProvince = await send(person('Hoàng Thị Mai', '999190001234'));
    expect(badProvince.statusCode).toBe(400);
    expect(badProvince.body).toContain('mã tỉnh');
    const noMatter = await send({ ...person('Hoàng Thị Mai', '004190001234'), matter: ' ' });
    expect(noMatter.statusCode).toBe(400);

    const nul = await post(url, form, `${formEncoded({ ...form.fields, ...person('Hoàng Thị Mai', '004190001234') })}&name=Ho%00ang`);
    expect(nul.statusCode).toBe(400);
    expect(isHtml(nul)).toBe(true);
    const nulOnly = await post(
      url,
      form,
      formEncoded({ ...form.fields, ...person('Hoàng Thị Mai', '004190001234'), matter: 'Nội dung\u0000ẩn' }),
    );
    expect(nulOnly.statusCode).toBe(400);
    expect(nulOnly.body).toContain('ký tự không hợp lệ');

    const unknown = `/tiep-cong-dan/dang-ky/${crypto.randomUUID()}`;
    for (const response of [await get(unknown), await send(person('Hoàng Thị Mai', '004190001234'), unknown)]) {
      expect(response.statusCode).toBe(404);
      expect(isHtml(response)).toBe(true);
    }
    for (const target of ['/tiep-cong-dan/dang-ky/khong-phai-ma', '/tiep-cong-dan/dang-ky/%00']) {
      for (const response of [await get(target), await send(person('Hoàng Thị Mai', '004190001234'), target)]) {
        expect(response.statusCode, target).toBe(400);
        expect(isHtml(response), target).toBe(true);
      }
    }
    const noToken = await post(url, {}, formEncoded(person('Hoàng Thị Mai', '004190001234')));
    expect(noToken.statusCode).toBe(403);
    expect(isHtml(noToken)).toBe(true);

    const over = `/tiep-cong-dan/dang-ky/${past.id}`;
    expect((await get(over)).statusCode).toBe(409);
    expect((await send(person('Hoàng Thị Mai', '004190001234'), over)).statusCode).toBe(409);

    expect(await count('reception_bookings')).toBe(before.bookings);
    expect(await auditCount(t.database)).toBe(before.audit);
  });
});

describe('the commitment board and the citizens’ answer', () => {
  it('shows the promise, its owner unit and due date, an overdue one marked, and no person', async () => {
    const due = vietnamDay(20);
    await commitments([{}, { publicText: 'Lắp đèn đường đầu cầu Nà Pồng', dueOn: vietnamDay(-3) }]);
    const page = await get(`/cam-ket?don-vi=${commune.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Đổ bê tông đường thôn Nà Pồng');
    expect(page.body).toContain(shortDate(due));
    expect(page.body).toContain(commune.name);
    expect(page.body).toContain('Lắp đèn đường đầu cầu Nà Pồng');
    expect(page.body).toContain('Quá hạn');
    for (const personal of ['Nông Văn Thụ Hưởng', 'thu.huong@example.test', 'Hà Văn Phụ Trách', 'Nội bộ'])
      expect(page.body).not.toContain(personal);

    const json = await anonymous.get(`/api/v1/public/commitments?unitId=${commune.id}&pageSize=50`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.data.items.map((item: { publicText: string }) => item.publicText)).toContain('Đổ bê tông đường thôn Nà Pồng');
    for (const personal of ['Nông Văn Thụ Hưởng', 'thu.huong@example.test', 'Hà Văn Phụ Trách', 'Nội bộ'])
      expect(json.body).not.toContain(personal);
    const missing = await anonymous.get('/api/v1/public/commitments');
    expect(missing.statusCode).toBe(400);
    expect(missing.data.errors[0].field).toBe('unitId');
    expect((await anonymous.get(`/api/v1/public/commitments?unitId=${crypto.randomUUID()}`)).data.errors[0].field).toBe('unitId');
  });

  it('reopens a commitment answered “Chưa” by its link, which then cannot be used again', async () => {
    const email = 'tra.loi@example.test';
    const [id] = await commitments([{ publicText: 'Nạo vét mương thôn Khuổi Khoang', beneficiaries: [{ name: 'Vi Thị Trả Lời', email }] }]);
    const current = (await officer.client.get(`/api/v1/commitments/${id}`)).data as Made;
    const done = await officer.client.post(
      `/api/v1/commitments/${id}/steps`,
      { action: 'done', evidence: 'Đã nạo vét 800 m mương' },
      { 'if-match': `"${current.version}"` },
    );
    expect(done.statusCode, done.body).toBe(200);
    const [message] = await t.database.query<{ body: string }>('select body from outbox_messages where recipient = $1', [email]);
    const link = /(\/cam-ket\/xac-nhan\/[A-Za-z0-9_-]+)/.exec(message!.body)![1]!;

    const form = await openCitizenForm(t.app, link);
    expect(form.status).toBe(200);
    expect(form.body).toContain('Việc này đã được thực hiện chưa?');
    expect(form.body).toContain('Nạo vét mương thôn Khuổi Khoang');
    expect(form.body).toContain('Đã nạo vét 800 m mương');
    expect(form.body).not.toContain('Vi Thị Trả Lời');
    const noAnswer = await post(link, form, formEncoded({ ...form.fields, comment: 'Chưa chọn' }));
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.body).toContain('Vui lòng chọn Có hoặc Chưa');
    const nul = await post(link, form, formEncoded({ ...form.fields, answer: 'no', comment: 'Mới\u0000làm' }));
    expect(nul.statusCode).toBe(400);
    expect(isHtml(nul)).toBe(true);
    expect((await post(link, {}, formEncoded({ answer: 'no' }))).statusCode).toBe(403);
    expect((await officer.client.get(`/api/v1/commitments/${id}`)).data.status).toBe('done');

    const answered = await post(link, form, formEncoded({ ...form.fields, answer: 'no', comment: 'Mới làm được một nửa' }));
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.body).toContain('mở lại');
    const after = (await officer.client.get(`/api/v1/commitments/${id}`)).data;
    expect(after).toMatchObject({ status: 'open', reopenedCount: 1 });

    for (const again of [await get(link), await post(link, form, formEncoded({ ...form.fields, answer: 'yes' }))]) {
      expect(again.statusCode).toBe(404);
      expect(isHtml(again)).toBe(true);
      expect(again.body).toContain('không còn hiệu lực');
    }
    expect((await officer.client.get(`/api/v1/commitments/${id}`)).data).toMatchObject({ status: 'open', reopenedCount: 1 });
    expect((await get('/cam-ket/xac-nhan/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
    expect((await get('/cam-ket/xac-nhan/%00')).statusCode).toBe(400);
    const board = await get(`/cam-ket?don-vi=${commune.id}`);
    expect(board.body).toContain('đã mở lại');
  });
});
