import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, Client, createTestApp, createUnit, type Reply, type TestApp } from '../support/test-app.js';
import { buildProcedure } from '../support/procedures.js';

/**
 * The malformed requests that once answered 500, replayed: NUL bytes, years 0 and 1, lone UTF-16
 * surrogates in audited text, and what the framework itself answers. Each is a 4xx problem+json
 * naming the field, with the security headers, and writes nothing.
 */
let t: TestApp;
let unit: { id: string; version: number };
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  unit = await createUnit(t.admin, { name: 'Tỉnh Thăm Dò', type: 'province' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});
afterAll(async () => t?.close());

function expectRefused(response: Reply, field: string) {
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, response.body).toBeLessThan(500);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.data.errors.map((error: { field: string }) => error.field)).toContain(field);
}

describe('requests that once answered 500', () => {
  it('refuse a NUL byte wherever it is sent', async () => {
    const before = await auditCount(t.database);
    const anonymous = new Client(t.app);
    expectRefused(await anonymous.get('/tra-cuu?ma=%00'), 'ma');
    expectRefused(await anonymous.get('/thu-tuc?q=%00'), 'q');
    expectRefused(await anonymous.get('/cong-khai?don-vi=a%00b'), 'don-vi');
    expectRefused(await t.admin.get('/api/v1/dossiers?q=a%00'), 'q');
    expectRefused(await t.admin.get('/api/v1/units?q=%00'), 'q');
    expectRefused(await t.admin.get('/api/v1/staff?q=x%00y'), 'q');
    expectRefused(await anonymous.post('/api/v1/auth/sign-in', { username: 'ad\u0000min', password: 'Whatever-123' }), 'username');
    expectRefused(await t.admin.post('/api/v1/ratings/kiosks', { unitId: unit.id, label: 'Quầy\u0000 1' }), 'label');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuse dates of year 0 or 1, and dates out of the platform’s range', async () => {
    const before = await auditCount(t.database);
    expectRefused(await t.admin.get('/api/v1/units?at=0000-01-01'), 'at');
    expectRefused(await t.admin.get('/api/v1/units?at=0001-01-01'), 'at');
    expectRefused(await t.admin.get('/api/v1/audit?from=0001-01-01'), 'from');
    expectRefused(await t.admin.get(`/api/v1/units/${unit.id}/tracking-book?from=0000-01-01&to=2026-01-31`), 'from');
    expectRefused(
      await t.admin.patch(`/api/v1/units/${unit.id}`, { validTo: '0001-01-01' }, { 'if-match': `"${unit.version}"` }),
      'validTo',
    );
    expectRefused(await t.admin.post('/api/v1/procedures', { effectiveFrom: '0000-12-31', procedure: buildProcedure() }), 'effectiveFrom');
    expectRefused(await t.admin.get('/api/v1/calendar/due?start=0001-01-01T00:00:00Z&workingDays=3'), 'start');
    expectRefused(await t.admin.get('/api/v1/units?at=2026-02-30'), 'at');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuse a lone UTF-16 surrogate in text that would be audited', async () => {
    const before = await auditCount(t.database);
    expectRefused(await t.admin.patch(`/api/v1/units/${unit.id}`, { name: 'Tỉnh \ud800' }, { 'if-match': `"${unit.version}"` }), 'name');
    expectRefused(
      await t.admin.post('/api/v1/staff', {
        username: 'surrogate.test',
        fullName: 'Người Thử',
        password: 'Staff-password-1',
        title: 'x\udfffy',
        roles: [],
      }),
      'title',
    );
    expectRefused(await t.admin.post('/api/v1/api-tokens', { name: '\udbff', role: 'supervisor', unitId: null }), 'name');
    expectRefused(
      await t.admin.post('/api/v1/units', { code: 'SUR1', name: 'Xã', type: 'province', legalBasis: { '\ud800': 1 } } as never),
      'legalBasis.(key)',
    );
    expect(await auditCount(t.database)).toBe(before);
  });
});

describe('answers the framework gives before a route runs', () => {
  const fetchRaw = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  const send = (text: string) =>
    new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve(answer));
    });

  it('are problem+json with the request id and the security headers', async () => {
    for (const [path, status] of [
      ['/api/v1/units/%E0%A4%A', 400],
      [`/api/v1/units/${'a'.repeat(150)}`, 414],
    ] as const) {
      const response = await fetchRaw(path);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(JSON.parse(response.body).errors[0].field).toBe('path');
    }
    for (const [request, status] of [
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
      ['NOT A REQUEST\r\n\r\n', 400],
    ] as const) {
      const answer = await send(request);
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(head).toContain('content-type: application/problem+json');
      expect(head).toContain('x-content-type-options: nosniff');
      expect(head).toMatch(/x-request-id: [\w-]{8,}/);
      expect(JSON.parse(body).status).toBe(status);
    }
  });
});
