import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProcedures } from '../../src/modules/catalog/demo/index.js';
import { auditCount, createTestApp, type Client, type Reply, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnit, counterIntake } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Polls a job as its starter would, until it ends. */
async function waitForJob(client: Client, id: string): Promise<Reply> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const job = await client.get(`/api/v1/jobs/${id}`);
    expect(job.statusCode).toBe(200);
    if (job.data.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} still running`);
}

describe('an administrator sets up a deployment from the officer app alone', () => {
  it('offers the 34 provinces of the national tables in Vietnamese order, none loaded yet', async () => {
    const response = await t.admin.get('/api/v1/units/reference-provinces');
    expect(response.statusCode).toBe(200);
    const names: string[] = response.data.items.map((p: { name: string }) => p.name);
    expect(names).toHaveLength(34);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const tuyenQuang = response.data.items.find((p: { code: string }) => p.code === '08');
    expect(tuyenQuang).toMatchObject({ name: 'Tỉnh Tuyên Quang', isLoaded: false, formerProvinces: 2 });
    expect(tuyenQuang.communes).toBeGreaterThan(100);
  });

  it('loads a province with its history as a job that shows its progress, then receives a dossier there', async () => {
    const started = await t.admin.post('/api/v1/units/reference-import', { province: '08', withHistory: true });
    expect(started.statusCode).toBe(202);
    expect(started.headers.location).toBe(`/api/v1/jobs/${started.data.id}`);
    expect(started.data).toMatchObject({ kind: 'units.reference-import', status: 'running', error: null });

    const ended = await waitForJob(t.admin, started.data.id);
    expect(ended.data.status).toBe('succeeded');
    expect(ended.data.result.units).toBeGreaterThan(400);
    expect(ended.data.result.successions).toBeGreaterThan(300);
    expect(ended.data.progress.done).toBe(ended.data.progress.total);
    expect(ended.data.progress.total).toBeGreaterThan(1);

    const provinces = await t.admin.get('/api/v1/units/reference-provinces');
    expect(provinces.data.items.find((p: { code: string }) => p.code === '08').isLoaded).toBe(true);

    const sample = await t.admin.post('/api/v1/procedures/load-sample', undefined);
    expect(sample.statusCode).toBe(202);
    const loaded = await waitForJob(t.admin, sample.data.id);
    expect(loaded.data).toMatchObject({ status: 'succeeded', result: { created: demoProcedures.length, skipped: 0 } });
    const again = await waitForJob(t.admin, (await t.admin.post('/api/v1/procedures/load-sample', undefined)).data.id);
    expect(again.data.result).toMatchObject({ created: 0, skipped: demoProcedures.length });

    // A working commune: its service centre and counter officer, then a dossier of a sample procedure.
    const communes = await t.admin.get(`/api/v1/units?q=${encodeURIComponent('Bắc Mê')}&status=current&type=commune`);
    const bacMe = communes.data.items[0];
    expect(bacMe.name).toBe('Xã Bắc Mê');
    const centre = await buildUnit(t.admin, {
      name: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
      type: 'service_centre',
      parentId: bacMe.id,
    });
    const counter = await buildStaff(t.admin, { roles: ['counter_officer'], unitId: centre.id });
    const birth = demoProcedures.find((p) => p.name.toLowerCase().includes('khai sinh'))!;
    const intake = await counterIntake(counter.client, { unitId: centre.id, procedureCode: birth.code, documents: [{ index: 1 }] });
    expect(intake.statusCode, intake.body).toBe(201);
  });

  it('refuses an unknown province naming the field, and everybody but a deployment-wide administrator', async () => {
    const province = (await t.admin.get('/api/v1/units?type=province&status=current')).data.items[0];
    const localAdmin = await buildStaff(t.admin, { roles: ['administrator'], unitId: province.id });
    const before = await auditCount(t.database);
    const unknown = await t.admin.post('/api/v1/units/reference-import', { province: '99' }, { 'accept-language': 'en' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.data.errors[0]).toMatchObject({ field: 'province', code: 'not_found' });

    for (const [url, body] of [
      ['/api/v1/units/reference-import', { province: '01' }],
      ['/api/v1/procedures/load-sample', undefined],
    ] as const) {
      const refused = await localAdmin.client.post(url, body);
      expect(refused.statusCode).toBe(403);
    }
    expect((await localAdmin.client.get('/api/v1/units/reference-provinces')).statusCode).toBe(403);
    expect(await auditCount(t.database), 'a refusal writes nothing').toBe(before);
  });

  it('shows a job only to whoever started it', async () => {
    const started = await t.admin.post('/api/v1/procedures/load-sample', undefined);
    await waitForJob(t.admin, started.data.id);
    const other = await buildStaff(t.admin, { roles: ['administrator'], unitId: null });
    expect((await other.client.get(`/api/v1/jobs/${started.data.id}`)).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/jobs/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
