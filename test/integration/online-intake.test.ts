import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildProcedure, buildStaff, buildUnitTree, fixtureRandom, submissionFields } from '../support/factories.js';
import { openCitizenForm, trackingSecretOf, type CitizenForm } from '../support/citizen-forms.js';

let t: TestApp;
let communeId: string;
let counter: Client;
const procedure = buildProcedure({ name: 'Đăng ký khai sinh trực tuyến (thử)' });

/** The multipart body a browser sends from the form page: its form token first, then the fields, then the files. */
function form(page: CitizenForm, fields: Record<string, string>, uploads: Record<string, Buffer>) {
  fields = { _form: page.fields._form!, ...fields };
  const boundary = `----motcua${crypto.randomBytes(6).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const [name, content] of Object.entries(uploads)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: page.cookie! } };
}
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(512)]);

beforeAll(async () => {
  t = await createTestApp();
  // The submission page lists the commune by its name.
  communeId = (await buildUnitTree(t.admin, { communes: [{ name: 'Xã Trực Tuyến' }] })).commune.id;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  counter = (await buildStaff(t.admin, { unitId: communeId, roles: ['counter_officer'] })).client;
});
afterAll(async () => t?.close());

describe('online intake from the portal', () => {
  it('takes a submission with its scans, then an officer receives it and it gets its code', async () => {
    const citizen = new Client(t.app);
    const page = await citizen.get(`/nop-ho-so/${procedure.code}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Xã Trực Tuyến');
    expect(page.body).not.toMatch(/<script/i);
    const fields = submissionFields(buildApplicant(fixtureRandom(), { name: 'Phạm Thị Dung' }), communeId);

    const formPage = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const missing = form(formPage, fields, { doc1: pdf() });
    const refused = await citizen.request('POST', `/nop-ho-so/${procedure.code}`, missing);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Cần tải lên: Giấy chứng sinh');

    const complete = form(formPage, fields, { doc1: pdf(), doc2: pdf() });
    const submitted = await citizen.request('POST', `/nop-ho-so/${procedure.code}`, complete);
    expect(submitted.statusCode).toBe(303);
    const trackingPath = `/tra-cuu?k=${trackingSecretOf(submitted)}`;
    expect((await citizen.get(trackingPath)).body).toContain('Mới đăng ký');

    const list = await counter.get('/api/v1/dossiers?status=submitted');
    const dossier = list.data.items.find((item: { applicantName: string }) => item.applicantName === 'Phạm Thị Dung');
    expect(dossier).toMatchObject({ channel: 'online', code: null, nationalStatus: 1 });
    expect((await counter.get(`/api/v1/dossiers/${dossier.id}/files`)).data.items).toHaveLength(2);
    expect((await counter.get(`/api/v1/dossiers/${dossier.id}`)).data).toMatchObject({
      intakeDecisions: ['receive', 'guide', 'refuse'],
      allowedActions: ['withdraw'],
    });
    const specialist = (await buildStaff(t.admin, { unitId: communeId, roles: ['specialist'] })).client;
    expect((await specialist.get(`/api/v1/dossiers/${dossier.id}`)).data).toMatchObject({ intakeDecisions: [], allowedActions: [] });
    const received = await counter.post(
      `/api/v1/dossiers/${dossier.id}/intake-decision`,
      { decision: 'receive' },
      { 'if-match': `"${dossier.version}"` },
    );
    expect(received.statusCode).toBe(200);
    expect(received.data.code).toMatch(/-\d{6}-\d{4}$/);
    expect(received.data).toMatchObject({ status: 'processing', nationalStatus: 4 });
    expect(received.data.tasks[0].status).toBe('active');
    expect(received.data.intakeDecisions).toEqual([]);
    const again = await counter.post(
      `/api/v1/dossiers/${dossier.id}/intake-decision`,
      { decision: 'receive' },
      { 'if-match': `"${received.data.version}"` },
    );
    expect(again.data.code).toBe('DOSSIER_TRANSITION_NOT_ALLOWED');
    expect((await citizen.get(trackingPath)).body).toContain('Đang xử lý');
  });

  it('lets the officer guide the applicant once with what is missing', async () => {
    const citizen = new Client(t.app);
    const formPage = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const submitted = await citizen.request(
      'POST',
      `/nop-ho-so/${procedure.code}`,
      form(formPage, submissionFields(buildApplicant(fixtureRandom(), { name: 'Vũ Văn Hải' }), communeId), { doc1: pdf(), doc2: pdf() }),
    );
    expect(submitted.statusCode).toBe(303);
    const dossier = (await counter.get('/api/v1/dossiers?q=vu%20van%20hai')).data.items[0];
    const guided = await counter.post(
      `/api/v1/dossiers/${dossier.id}/intake-decision`,
      { decision: 'guide', reason: 'Ảnh chụp giấy chứng sinh bị mờ', missingDocuments: ['Giấy chứng sinh (bản rõ nét)'] },
      { 'if-match': `"${dossier.version}"` },
    );
    expect(guided.data).toMatchObject({ status: 'guided', nationalStatus: 3, code: null });
  });
});
