import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formEncoded, nextAddress, openCitizenForm, trackingSecretOf } from '../support/citizen-forms.js';
import { canary, fillWithCanaries, findInLogs, pathCanary } from '../support/canaries.js';
import { pdf, realValuesFor, seedDeployment, type Deployment } from '../support/deployment-fixtures.js';
import { createLoggedTestApp, type LoggedTestApp } from '../support/logged-app.js';
import { multipart } from '../support/multipart.js';
import { listOperations, type OpenApi, type OperationRef } from '../support/openapi-arbitraries.js';
import { adminPassword, readyPassword, staffPassword } from '../support/test-app.js';

/**
 * Known secrets and personal values, sent through every operation of /openapi.json (path, query,
 * JSON body, Authorization, cookies, X-CSRF-Token, Idempotency-Key) and through the citizen pages
 * (tracking link, kiosk, online submission), must appear in no log line. The production logger
 * configuration writes to memory at each level of MOTCUA_LOG_LEVELS (default: info and trace).
 */
const levels = (process.env.MOTCUA_LOG_LEVELS ?? 'info,trace').split(',').map((level) => level.trim());

/** Fields that name a record: they get a real id so that the request reaches the use case. */
const plainPathValues: Record<string, string> = { year: '2025', version: '1', form: 'receipt', slug: 'dang-ky-khai-sinh', number: '1' };
const recordFields = new Set([
  'id',
  'unitId',
  'receivingUnitId',
  'parentId',
  'dossierId',
  'ratingId',
  'procedureCode',
  'assignmentId',
  'don-vi',
  'number',
  'year',
  'version',
  'form',
]);

describe.each(levels)('logs at level %s', (level) => {
  let t: LoggedTestApp;
  let d: Deployment;
  let operations: OperationRef[];
  const realSecrets: Record<string, string | undefined> = {};
  const pathCanaries: Record<string, string> = {};
  let sent = 0;

  const send = async (method: string, url: string, headers: Record<string, string>, payload?: string | Buffer) => {
    sent += 1;
    return t.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
      remoteAddress: nextAddress(),
    });
  };

  /** Every operation, as every kind of caller, once with real ids in the path and once with personal values there. */
  async function sendThroughEveryOperation() {
    const session = (client: Deployment['leader']) => ({ cookie: client.auth.cookie!, 'x-csrf-token': client.auth.csrfToken! });
    const callers: { name: string; headers: Record<string, string>; isSession: boolean }[] = [
      { name: 'administrator', headers: session(t.admin), isSession: true },
      { name: 'leader', headers: session(d.leader), isSession: true },
      { name: 'API token', headers: { authorization: `Bearer ${d.apiToken}` }, isSession: false },
      { name: 'unknown bearer token', headers: { authorization: `Bearer ${canary.bearer}` }, isSession: false },
      {
        name: 'unknown session',
        headers: { cookie: `motcua_session=${canary.sessionCookie}; motcua_form=${canary.formToken}`, 'x-csrf-token': canary.csrf },
        isSession: false,
      },
      { name: 'anonymous', headers: {}, isSession: false },
    ];
    for (const op of operations) {
      const real = realValuesFor(d, op.path);
      const fill = (name: string) => (recordFields.has(name) ? real(name)[0] : name === 'k' ? d.trackingSecret : undefined);
      const params = op.operation.parameters ?? [];
      const query = params
        .filter((p) => p.in === 'query')
        .map((p) => `${p.name}=${encodeURIComponent(String(fillWithCanaries(p.schema, p.name, fill)))}`)
        .join('&');
      const body = op.jsonBody ? JSON.stringify(fillWithCanaries(op.jsonBody, 'body', fill)) : undefined;
      const withRealIds = op.path.replace(/\{(\w+)\}/g, (_whole, name: string) =>
        encodeURIComponent(real(name)[0] ?? plainPathValues[name] ?? '1'),
      );
      const withPersonalValues = op.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
        const value = pathCanary(name, operations.indexOf(op));
        pathCanaries[`{${name}} of ${op.method} ${op.path}`] = value;
        return encodeURIComponent(value);
      });
      for (const path of op.path.includes('{') ? [withRealIds, withPersonalValues] : [withRealIds]) {
        for (const caller of callers) {
          if (caller.isSession && op.path === '/api/v1/auth/sign-out') continue;
          const headers: Record<string, string> = { ...caller.headers, 'if-match': '"1"', 'accept-language': 'vi' };
          if (op.method === 'POST') headers['idempotency-key'] = `${canary.idempotency}-${sent}`;
          if (body !== undefined) headers['content-type'] = 'application/json';
          await send(op.method, query ? `${path}?${query}` : path, headers, body);
        }
      }
    }
  }

  /** The real secrets, each where a client really sends it. */
  async function sendRealSecrets() {
    const signIn = await send(
      'POST',
      '/api/v1/auth/sign-in',
      { 'content-type': 'application/json' },
      JSON.stringify({ username: 'admin', password: adminPassword }),
    );
    realSecrets['new session cookie'] = signIn.cookies.find((c) => c.name === 'motcua_session')?.value;
    realSecrets['new session CSRF token'] = (signIn.json() as { csrfToken?: string }).csrfToken;
    await send(
      'POST',
      '/api/v1/auth/sign-in',
      { 'content-type': 'application/json' },
      JSON.stringify({ username: canary.username, password: canary.password }),
    );
    await send(
      'POST',
      '/api/v1/auth/sign-in',
      { 'content-type': 'application/json' },
      JSON.stringify({ username: 'admin', password: canary.password }),
    );
    const last4 = '0111';
    for (const url of [
      `/tra-cuu?k=${d.trackingSecret}`,
      `/tra-cuu?ma=${d.dossierCode}&sdt=${last4}`,
      `/tra-cuu?ma=${d.dossierCode}&sdt=${canary.phone.slice(-4)}&k=${canary.trackingSecret}`,
      `/danh-gia?k=${d.trackingSecret}`,
    ]) {
      await send('GET', url, {});
    }
    const rating = await openCitizenForm(t.app, `/danh-gia?k=${d.trackingSecret}`);
    realSecrets['form token'] = rating.fields._form;
    const formHeaders = (page: { cookie: string | undefined }) => ({
      'content-type': 'application/x-www-form-urlencoded',
      ...(page.cookie ? { cookie: page.cookie } : {}),
    });
    await send(
      'POST',
      '/danh-gia',
      formHeaders(rating),
      formEncoded({ ...rating.fields, level: 'unsatisfied', comment: canary.text, sdt: canary.phone }),
    );
    const kiosk = `/danh-gia/quay/${d.kioskToken}`;
    const atKiosk = await openCitizenForm(t.app, kiosk);
    await send('POST', kiosk, formHeaders(atKiosk), formEncoded({ ...atKiosk.fields, level: 'satisfied' }));
    await send(
      'POST',
      `${kiosk}/chi-tiet`,
      formHeaders(atKiosk),
      formEncoded({ ...atKiosk.fields, ratingId: d.ratingId ?? '', comment: canary.text }),
    );
    await send('GET', `/danh-gia/quay/${canary.kioskToken}`, {});
    pathCanaries['an unknown kiosk token'] = canary.kioskToken;
    const paired = await d.leader.post('/api/v1/ratings/kiosks', { unitId: d.communeId, label: 'Quầy thu hồi' });
    const revoked = paired.data.path as string;
    realSecrets['token of a revoked kiosk'] = revoked.split('/').pop();
    await d.leader.delete(`/api/v1/ratings/kiosks/${paired.data.id}`);
    await send('GET', revoked, {});
    // A tablet retrying a rating after its kiosk was revoked (with and without an Idempotency-Key).
    for (const retry of [{}, { 'idempotency-key': `kiosk-retry-${sent}` }] as Record<string, string>[]) {
      await send('POST', revoked, { ...formHeaders(atKiosk), ...retry }, formEncoded({ ...atKiosk.fields, level: 'satisfied' }));
      await send(
        'POST',
        `${revoked}/chi-tiet`,
        { ...formHeaders(atKiosk), ...retry },
        formEncoded({ ...atKiosk.fields, comment: canary.text }),
      );
    }
    await send('POST', kiosk, formHeaders({ cookie: undefined }), formEncoded({ level: 'satisfied' }));

    // With the province chosen: the national unit tables may have been loaded by now, and then the form asks for it first.
    const submission = await openCitizenForm(t.app, `/nop-ho-so/${d.procedureCode}?tinh=${d.provinceId}`);
    const fields = {
      ...submission.fields,
      unit: d.communeId,
      name: canary.name,
      citizenId: canary.citizenId,
      phone: canary.phone,
      email: canary.email,
      address: canary.address,
      delivery: 'counter',
    };
    const files = ['doc1', 'doc2'].map((name) => ({ name, value: pdf(), filename: `${canary.name}.pdf`, type: 'application/pdf' }));
    const form = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), ...files]);
    const submitted = await send(
      'POST',
      `/nop-ho-so/${d.procedureCode}`,
      { 'content-type': form.contentType, ...(submission.cookie ? { cookie: submission.cookie } : {}) },
      form.body,
    );
    expect(submitted.statusCode).toBe(303);
    realSecrets['tracking secret of a new submission'] = trackingSecretOf(submitted);
    await send('GET', String(submitted.headers.location), {});
    const upload = multipart([
      { name: 'kind', value: 'submitted' },
      { name: 'file', value: pdf(), filename: `${canary.citizenId} ${canary.name}.pdf`, type: 'application/pdf' },
    ]);
    await send(
      'POST',
      `/api/v1/dossiers/${d.dossierId}/files`,
      { cookie: d.leader.auth.cookie!, 'x-csrf-token': d.leader.auth.csrfToken!, 'content-type': upload.contentType },
      upload.body,
    );
  }

  beforeAll(async () => {
    t = await createLoggedTestApp(level);
    d = await seedDeployment(t.app, t.admin);
    operations = listOperations((await t.admin.get('/openapi.json')).data as OpenApi);
    Object.assign(realSecrets, {
      'administrator password': adminPassword,
      'temporary staff password': staffPassword,
      'staff password': readyPassword,
      'administrator session cookie': t.admin.auth.cookie!.split('=')[1],
      'administrator CSRF token': t.admin.auth.csrfToken,
      'leader session cookie': d.leader.auth.cookie!.split('=')[1],
      'leader CSRF token': d.leader.auth.csrfToken,
      'API token': d.apiToken,
      'kiosk token': d.kioskToken,
      'tracking secret': d.trackingSecret,
    });
    await sendThroughEveryOperation();
    await sendRealSecrets();
    console.info(`log-secrets.test.ts (${level}): ${sent} requests, ${t.lines.length} log lines`);
  }, 240_000);
  afterAll(async () => t?.close());

  it('are written, as JSON lines with request ids', () => {
    expect(t.lines.length).toBeGreaterThan(sent);
    for (const line of t.lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(t.lines.join('')).toContain('"reqId"');
  });

  it('never carry a real secret: passwords, session cookies, CSRF and form tokens, the API token, the kiosk token, tracking secrets', () => {
    expect(Object.values(realSecrets).filter(Boolean).length).toBeGreaterThanOrEqual(10);
    const found = findInLogs(t.lines, realSecrets);
    expect(found, `real secrets in the logs at level ${level}:\n${found.join('\n')}`).toEqual([]);
  });

  it('never carry the personal values and the fake credentials sent in headers, query strings and bodies', () => {
    const { kioskToken: _inPathsOnly, ...sentOutsidePaths } = canary;
    const found = findInLogs(t.lines, sentOutsidePaths);
    expect(found, `canaries in the logs at level ${level}:\n${found.join('\n')}`).toEqual([]);
  });

  it('never carry the personal values sent as path parameters', () => {
    const found = findInLogs(t.lines, pathCanaries);
    expect(found, `path parameters in the logs at level ${level}:\n${found.join('\n')}`).toEqual([]);
  });
});
