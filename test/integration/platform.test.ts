import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, auditCount, uniqueCode, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('platform', () => {
  it('answers liveness and readiness', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.get('/healthz')).data).toEqual({ status: 'ok' });
    const ready = await anonymous.get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.data.status).toBe('ready');
    expect(['pglite', 'postgres']).toContain(ready.data.database);
  });

  it('publishes an OpenAPI 3.1 document covering every API route, and a docs page', async () => {
    const anonymous = new Client(t.app);
    const spec = (await anonymous.get('/openapi.json')).data;
    expect(spec.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(spec.info.title).toBe('motcua API');
    for (const path of ['/api/v1/units', '/api/v1/units/{id}', '/api/v1/staff', '/api/v1/auth/sign-in', '/api/v1/audit', '/healthz']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect(spec.paths['/api/v1/units'].post.requestBody.content['application/json'].schema.properties.code).toBeDefined();
    const docs = await anonymous.get('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.body).toContain('swagger');
  });

  it('sets security headers and echoes a safe request id', async () => {
    const response = await new Client(t.app).get('/healthz', { 'x-request-id': 'abc12345-test' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-request-id']).toBe('abc12345-test');
    const unsafe = await new Client(t.app).get('/healthz', { 'x-request-id': '<script>' });
    expect(unsafe.headers['x-request-id']).not.toBe('<script>');
  });

  it('answers unknown paths with a problem in Vietnamese by default and English on request', async () => {
    const vi = await new Client(t.app).get('/api/v1/nothing-here');
    expect(vi.statusCode).toBe(404);
    expect(vi.headers['content-type']).toContain('application/problem+json');
    expect(vi.data).toMatchObject({ code: 'NOT_FOUND', status: 404, title: 'Không tìm thấy' });
    expect(vi.data.requestId).toBeTruthy();
    const en = await new Client(t.app).get('/api/v1/nothing-here', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.data.title).toBe('Not found');
  });

  it('refuses malformed JSON with a problem naming the body, writing nothing', async () => {
    const before = await auditCount(t.database);
    const response = await t.admin.request('POST', '/api/v1/units', {
      body: '{"code": "X1", ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.data.code).toBe('VALIDATION_FAILED');
    expect(response.data.errors[0].field).toBe('body');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuses a wrong field type with the field named, in the chosen language', async () => {
    const response = await t.admin.post('/api/v1/units', { code: 'X2', name: 42, type: 'province' }, { 'accept-language': 'vi' });
    expect(response.statusCode).toBe(400);
    expect(response.data.errors).toEqual([expect.objectContaining({ field: 'name', in: 'body', code: 'invalid_type' })]);
    expect(response.data.errors[0].message).toMatch(/Sai kiểu dữ liệu/);
  });

  it('serves the citizen portal home page without JavaScript', async () => {
    const response = await new Client(t.app).get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Cổng dịch vụ công');
    expect(response.body).not.toContain('<script');
    expect(Buffer.byteLength(response.body)).toBeLessThan(100 * 1024);
  });

  it('runs a create once per Idempotency-Key, replays the answer, and refuses the key for another body', async () => {
    const body = { code: uniqueCode(), name: 'Tỉnh Một Lần', type: 'province' };
    const key = { 'idempotency-key': `key-${uniqueCode()}` };
    const first = await t.admin.post('/api/v1/units', body, key);
    const before = await auditCount(t.database);
    const second = await t.admin.post('/api/v1/units', body, key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.data.id).toBe(first.data.id);
    expect(await auditCount(t.database)).toBe(before);
    const other = await t.admin.post('/api/v1/units', { ...body, name: 'Khác' }, key);
    expect(other.statusCode).toBe(422);
    const failedKey = { 'idempotency-key': `key-${uniqueCode()}` };
    expect((await t.admin.post('/api/v1/units', { ...body, type: 'nope' }, failedKey)).statusCode).toBe(400);
    expect((await t.admin.post('/api/v1/units', { ...body, code: uniqueCode() }, failedKey)).statusCode).toBe(201);
  });

  it('tells a retry that the change was made when its answer was lost, and lets a retry take over an attempt that died before committing', async () => {
    const keyRow = (key: string) =>
      t.database.query<{ status: number | null; committed: boolean }>(
        'select status, committed_at is not null as committed from idempotency_keys where key = $1',
        [key],
      );
    const lost = { code: uniqueCode(), name: 'Tỉnh Mất Trả Lời', type: 'province' };
    const lostKey = `key-${uniqueCode()}`;
    expect((await t.admin.post('/api/v1/units', lost, { 'idempotency-key': lostKey })).statusCode).toBe(201);
    expect(await keyRow(lostKey)).toEqual([{ status: 201, committed: true }]);
    // The process died after the commit, before the answer was stored.
    await t.database.query('update idempotency_keys set status = null, body = null where key = $1', [lostKey]);
    const before = await auditCount(t.database);
    const retried = await t.admin.post('/api/v1/units', lost, { 'idempotency-key': lostKey });
    expect(retried.statusCode).toBe(409);
    expect(retried.data.code).toBe('IDEMPOTENCY_ANSWER_LOST');
    expect(await auditCount(t.database)).toBe(before);
    expect(await t.database.query('select id from units where code = $1', [lost.code])).toHaveLength(1);

    const died = { code: uniqueCode(), name: 'Tỉnh Làm Lại', type: 'province' };
    const diedKey = `key-${uniqueCode()}`;
    const first = await t.admin.post('/api/v1/units', died, { 'idempotency-key': diedKey });
    // As if the first attempt had died before committing: nothing created, the key still claimed.
    await t.database.query('delete from units where id = $1', [first.data.id]);
    await t.database.query(
      'update idempotency_keys set status = null, body = null, committed_at = null, created_at = now() where key = $1',
      [diedKey],
    );
    expect((await t.admin.post('/api/v1/units', died, { 'idempotency-key': diedKey })).data.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    await t.database.query("update idempotency_keys set created_at = now() - interval '10 minutes' where key = $1", [diedKey]);
    const takenOver = await t.admin.post('/api/v1/units', died, { 'idempotency-key': diedKey });
    expect(takenOver.statusCode).toBe(201);
    expect(takenOver.headers['idempotent-replayed']).toBeUndefined();
    expect(await keyRow(diedKey)).toEqual([{ status: 201, committed: true }]);
  });
});
