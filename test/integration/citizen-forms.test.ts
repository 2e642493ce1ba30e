import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAddress, openCitizenForm, trackingSecretOf, type CitizenForm } from '../support/citizen-forms.js';
import { multipart } from '../support/multipart.js';
import { buildProcedure } from '../support/procedures.js';
import { auditCount, createTestApp, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildUnitTree, fixtureRandom, submissionFields } from '../support/factories.js';

/**
 * The citizen forms (online submission, ratings) are protected by their own form token and the
 * request's origin, work in a browser that also holds an officer session, answer refusals in
 * HTML, check the fields before accepting a file, and never hold an upload whole in memory.
 */
let t: TestApp;
let communeId: string;
const procedure = buildProcedure({ name: 'Đăng ký kết hôn (thử biểu mẫu)' });
procedure.documents.push({ name: 'Giấy xác nhận tình trạng hôn nhân (nếu có)', form: 'original', count: 1, isRequired: false });
const pdf = (size = 512) => Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(size)]);
const dossierCount = async () => (await t.database.query<{ n: number }>('select count(*)::int as n from dossiers'))[0]!.n;
/** The applicant of every submission; a refused form shows their name back. */
const applicant = buildApplicant(fixtureRandom(), { name: 'Trần Thị Biểu Mẫu' });
const applicantFields = (unit: string) => submissionFields(applicant, unit);

async function submit(
  page: CitizenForm,
  options: {
    fields?: Record<string, string>;
    files?: Record<string, Buffer>;
    headers?: Record<string, string>;
    token?: string | null;
  } = {},
) {
  const token = options.token === undefined ? page.fields._form : options.token;
  const fields = { ...(token ? { _form: token } : {}), ...(options.fields ?? applicantFields(communeId)) };
  const files = options.files ?? { doc1: pdf(), doc2: pdf() };
  const form = multipart([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...Object.entries(files).map(([name, value]) => ({ name, value, filename: `${name}.pdf`, type: 'application/pdf' })),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/nop-ho-so/${procedure.code}`,
    remoteAddress: nextAddress(),
    headers: { 'content-type': form.contentType, ...(page.cookie ? { cookie: page.cookie } : {}), ...options.headers },
    payload: form.body,
  });
}

beforeAll(async () => {
  t = await createTestApp({ MOTCUA_UPLOAD_TOTAL_MB: '1' });
  communeId = (await buildUnitTree(t.admin)).commune.id;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
});
afterAll(async () => t?.close());

describe('the online submission form', () => {
  it('refuses a post from another site or without the form token, in HTML, filing nothing', async () => {
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    expect(page.fields._form).toMatch(/^[\w-]{32,}$/);
    const before = { dossiers: await dossierCount(), audit: await auditCount(t.database) };
    for (const refused of [
      await submit(page, { headers: { origin: 'https://trang-gia-mao.example' } }),
      await submit(page, { headers: { 'sec-fetch-site': 'cross-site' } }),
      await submit(page, { token: null }),
      await submit(page, { token: 'x'.repeat(32) }),
      await submit({ ...page, cookie: undefined }),
    ]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('text/html');
      expect(refused.body).toContain('Chưa gửi được biểu mẫu');
    }
    expect({ dossiers: await dossierCount(), audit: await auditCount(t.database) }).toEqual(before);
  });

  it('works in a browser that also holds an officer session, with an optional file input left empty', async () => {
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const officerCookie = t.admin.auth.cookie!;
    const submitted = await submit(page, {
      files: { doc3: Buffer.alloc(0), doc1: pdf(), doc2: pdf() },
      headers: { cookie: `${page.cookie}; ${officerCookie}`, origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' },
    });
    expect(submitted.statusCode).toBe(303);
    expect(trackingSecretOf(submitted)).toMatch(/^[\w-]{16,}$/);
    expect(submitted.headers['cache-control']).toBe('no-store');
  });

  it('answers a submission with a redirect to a page of its own, so a reload files nothing; the page gives the full tracking address', async () => {
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const before = await dossierCount();
    const submitted = await submit(page);
    expect(submitted.statusCode).toBe(303);
    const answerPath = String(submitted.headers.location);
    expect(answerPath).toMatch(/^\/nop-ho-so\/da-gui\?k=/);
    const secret = trackingSecretOf(submitted)!;
    for (let reload = 0; reload < 3; reload += 1) {
      const answer = await t.app.inject({ method: 'GET', url: answerPath, remoteAddress: nextAddress() });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.body).toContain('Đã gửi hồ sơ');
      expect(answer.body).toContain('Chưa cấp: mã hồ sơ được cấp khi cán bộ một cửa tiếp nhận');
      expect(answer.body).toContain(`>${t.config.publicUrl}/tra-cuu?k=${secret}</a>`);
    }
    expect(await dossierCount()).toBe(before + 1);
    const unknown = await t.app.inject({ method: 'GET', url: '/nop-ho-so/da-gui?k=khong-co-ho-so-nay', remoteAddress: nextAddress() });
    expect(unknown.statusCode).toBe(404);
  });

  it('chooses no place for the citizen, and asks for one when none is chosen', async () => {
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const select = /<select id="unit"[^>]*>([\s\S]*?)<\/select>/.exec(page.body)?.[1] ?? '';
    expect(select).toMatch(/^<option value="" selected>— Chọn nơi nộp —<\/option>/);
    expect(select.match(/ selected/g)).toHaveLength(1);
    const before = await dossierCount();
    const refused = await submit(page, { fields: { ...applicantFields(communeId), unit: '' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Chọn nơi nộp hồ sơ.');
    expect(await dossierCount()).toBe(before);
  });

  it('checks the fields before accepting any file', async () => {
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const before = await dossierCount();
    // A wrong citizen ID is reported, not the file that follows it (which is not even a PDF).
    const refused = await submit(page, {
      fields: { ...applicantFields(communeId), citizenId: '12' },
      files: { doc1: Buffer.from('MZ not a scan at all') },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('số định danh gồm 12 chữ số');
    expect(refused.body).not.toContain('Tệp phải là PDF');
    // The values typed are kept on the form shown again; the form token is not shown as a value.
    expect(refused.body).toContain('Trần Thị Biểu Mẫu');
    const wrongType = await submit(page, { files: { doc1: Buffer.from('MZ not a scan at all'), doc2: pdf() } });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.body).toContain('Tệp phải là PDF, JPEG hoặc PNG.');
    expect(await dossierCount()).toBe(before);
  });

  it('caps the total size of the files of one submission', async () => {
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const before = await dossierCount();
    const tooMuch = await submit(page, { files: { doc1: pdf(600_000), doc2: pdf(600_000) } });
    expect(tooMuch.statusCode).toBe(413);
    expect(tooMuch.body).toContain('Tổng dung lượng các tệp quá lớn');
    expect(await dossierCount()).toBe(before);
  });

  it('answers a body that is not a well-formed form with problem+json naming the body', async () => {
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const form = multipart([
      { name: '_form', value: page.fields._form! },
      ...Object.entries(applicantFields(communeId)).map(([name, value]) => ({ name, value })),
      { name: 'doc1', value: pdf(50_000), filename: 'a.pdf' },
    ]);
    const before = { dossiers: await dossierCount(), audit: await auditCount(t.database) };
    for (const [contentType, payload] of [
      ['multipart/form-data', form.body],
      [form.contentType, form.body.subarray(0, form.body.length - 20)],
      [form.contentType, form.body.subarray(0, 200)],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/nop-ho-so/${procedure.code}`,
        remoteAddress: nextAddress(),
        headers: { 'content-type': contentType, cookie: page.cookie! },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors[0]).toMatchObject({ field: 'body', code: 'malformed' });
    }
    expect({ dossiers: await dossierCount(), audit: await auditCount(t.database) }).toEqual(before);
  });
});

describe('state-changing API calls', () => {
  it('are refused when a browser sends them from another site', async () => {
    const forged = await t.admin.post(
      '/api/v1/units',
      { code: 'XSITE1', name: 'Tỉnh giả', type: 'province' },
      { origin: 'https://trang-gia-mao.example' },
    );
    expect(forged.statusCode).toBe(403);
    expect(forged.data.code).toBe('CROSS_SITE_REQUEST');
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { username: 'admin', password: 'whatever-1' },
    });
    expect(signIn.json().code).toBe('CROSS_SITE_REQUEST');
  });

  it('answers personal data with Cache-Control: no-store', async () => {
    const list = await t.admin.get('/api/v1/dossiers');
    expect(list.headers['cache-control']).toBe('no-store');
    const dossier = list.data.items[0];
    expect((await t.admin.get(`/api/v1/dossiers/${dossier.id}`)).headers['cache-control']).toBe('no-store');
    expect((await t.admin.get(`/api/v1/dossiers/${dossier.id}/files`)).headers['cache-control']).toBe('no-store');
  });
});
