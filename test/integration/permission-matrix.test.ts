import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../../src/platform/http/route-registry.js';

import { buildFixtures, nextIp, send, type Actor, type Fixtures, type Req } from '../support/matrix-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

import { platformCases } from '../support/matrix-table-platform.js';
import { serviceCases } from '../support/matrix-table-services.js';
import { petitionCases } from '../support/matrix-table-petitions.js';
import { receptionCases } from '../support/matrix-table-reception.js';
import { communityCases } from '../support/matrix-table-community.js';
import { democracyCases } from '../support/matrix-table-democracy.js';
import { reportCases } from '../support/matrix-table-reports.js';
import { nobody, type Made, type Build, type Control, type Case } from '../support/matrix-cases.js';

/**
 * The permission matrix, generated from /openapi.json: every operation × every caller at unit A
 * (each role as a person and as an API token, a person with no role, anonymous, a signed-out
 * session, a disabled account, a revoked token, a session that must still change its password),
 * aimed at unit B's resources or at the deployment's. An operation missing from the table below
 * fails the test until it is classified.
 */

const matrix: Record<string, Case | Case[]> = {
  ...platformCases,
  ...serviceCases,
  ...petitionCases,
  ...receptionCases,
  ...communityCases,
  ...democracyCases,
  ...reportCases,
};

/** Routes that are not part of the API description on purpose. */
const undocumentedOnPurpose = (url: string) =>
  url === '/openapi.json' || url === '/app' || url.startsWith('/app/') || url === '/docs' || url.startsWith('/docs/');

let t: TestApp;
let fx: Fixtures;
let documented: string[];
const unexpectedAllows: string[] = [];
const improperRefusals: string[] = [];
const failedControls: string[] = [];
let hasRun = false;
/** MATRIX_GRID=<file> writes every cell's status there (one line: case, caller, status), to read the whole matrix. */
const grid: string[] = [];

const casesOf = (key: string) => [matrix[key]!].flat();
const labelOf = (key: string, c: Case) => (c.label ? `${key} [${c.label}]` : key);
const noCredentials = new Set(['anonymous', 'signed-out', 'disabled', 'revoked']);
const isSuccess = (status: number, location: unknown) =>
  (status >= 200 && status < 300) || (status >= 300 && status < 400 && !/sign-in|dang-nhap/.test(String(location ?? '')));

function sentText(req: Req): string {
  const parts = (req.parts ?? []).map((part) => (typeof part.value === 'string' ? part.value : ''));
  return [req.url, JSON.stringify(req.json ?? ''), JSON.stringify(req.form ?? ''), ...parts].join(' ');
}

async function buildRequest(key: string, build: Build, made: Made): Promise<Req> {
  const req = await build(fx, made);
  const path = key.slice(key.indexOf(' ') + 1);
  const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  if (!pattern.test(req.url.split('?')[0]!)) throw new Error(`${key}: the matrix built ${req.url}, which is not this route`);
  return req;
}

/** Records what one cell shows; answers whether it was an unexpected allow. */
function judge(key: string, c: Case, actor: Actor, req: Req, response: Awaited<ReturnType<typeof send>>, isAfterAllow: boolean): boolean {
  const status = response.statusCode;
  const cell = `${labelOf(key, c)} as ${actor.name} → ${status}`;
  const isAllowed = c.allow(actor);
  const succeeded = isSuccess(status, response.headers.location);
  const sent = sentText(req);
  const answer = response.rawPayload.toString('latin1');
  const leaked = c.showsB ? [] : [...fx.secrets].filter((value) => answer.includes(value) && !sent.includes(value));
  if (!isAllowed && succeeded) unexpectedAllows.push(cell);
  if (leaked.length > 0)
    unexpectedAllows.push(
      `${cell}: the answer shows B's data (${leaked.map((value) => (value === fx.canary ? 'canary' : value)).join(', ')})`,
    );
  if (status >= 500) improperRefusals.push(`${cell}: server error`);
  // Once an unexpected allow has used the resource up, later refusals (409, 412) say nothing more.
  if (isAllowed || succeeded || status >= 500 || isAfterAllow) return !isAllowed && succeeded;
  if (key.includes(' /api/')) {
    const expected = noCredentials.has(actor.state) ? [401] : [403, 404];
    if (!expected.includes(status)) improperRefusals.push(`${cell}: expected ${expected.join(' or ')}`);
    if (!String(response.headers['content-type']).includes('application/problem+json'))
      improperRefusals.push(`${cell}: not application/problem+json`);
  } else if (status < 400) {
    improperRefusals.push(`${cell}: expected a 4xx page`);
  }
  return false;
}

async function runMatrix(): Promise<{ cases: number; cells: number; controls: number }> {
  const planned = Object.keys(matrix).flatMap((key) => casesOf(key).map((c) => ({ key, c })));
  const ordered = [...planned.filter(({ c }) => !c.last), ...planned.filter(({ c }) => c.last)];
  const pendingControls: { key: string; c: Case; control: Control; made: Made; wasAllowed: boolean }[] = [];
  let cells = 0;
  for (const { key, c } of ordered) {
    const method = key.split(' ')[0]!;
    const made = c.setup ? await c.setup(fx) : {};
    let wasAllowed = false;
    for (const actor of fx.actors) {
      const req = await buildRequest(key, c.request, made);
      const response = await send(fx.app, actor.credentials, method, req, actor.ip);
      if (process.env.MATRIX_GRID) grid.push(`${labelOf(key, c)}\t${actor.name}\t${response.statusCode}`);
      if (judge(key, c, actor, req, response, wasAllowed)) wasAllowed = true;
      cells += 1;
    }
    if (c.control) pendingControls.push({ key, c, control: c.control, made, wasAllowed });
  }
  // Positive controls last: the same request (or, on a citizen page, the right capability) succeeds for B's side.
  for (const { key, c, control, made, wasAllowed } of pendingControls) {
    const req = await buildRequest(key, control.request ?? c.request, made);
    const response = await send(fx.app, fx.controls[control.as], key.split(' ')[0]!, req, nextIp());
    const isExpected = control.status ? response.statusCode === control.status : isSuccess(response.statusCode, response.headers.location);
    if (!isExpected && !wasAllowed)
      failedControls.push(`${labelOf(key, c)} as ${control.as} → ${response.statusCode} ${response.body.slice(0, 200)}`);
    if (control.shows && !response.rawPayload.toString('latin1').includes(fx.canary))
      failedControls.push(`${labelOf(key, c)} as ${control.as}: the answer lacks B's canary, so a leak here would go unseen`);
  }
  return { cases: planned.length, cells, controls: pendingControls.length };
}

const report = (title: string, lines: string[]) => (lines.length === 0 ? '' : `${lines.length} ${title}:\n${lines.join('\n')}`);

beforeAll(async () => {
  t = await createTestApp();
  fx = await buildFixtures(t);
  const spec = (await t.admin.get('/openapi.json')).data as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}, 120_000);
afterAll(async () => t?.close());

describe('the permission matrix', () => {
  it('classifies every documented operation, and every route is documented', () => {
    const problems = [
      ...documented.filter((key) => !(key in matrix)).map((key) => `${key}: classify this route in the permission matrix`),
      ...Object.keys(matrix)
        .filter((key) => !documented.includes(key))
        .map((key) => `${key}: no longer in /openapi.json; remove it from the permission matrix`),
      ...Object.keys(matrix).flatMap((key) =>
        casesOf(key)
          .filter((c) => c.allow === nobody && !c.control)
          .map((c) => `${labelOf(key, c)}: a refused request needs a positive control`),
      ),
      ...registeredRoutes(t.app)
        .filter((route) => !route.isDocumented && !undocumentedOnPurpose(route.url))
        .map((route) => `${route.method} ${route.url}: registered but missing from /openapi.json`),
    ];
    expect(problems.join('\n')).toBe('');
  });

  it("gives no caller at A anything of B's or of the deployment's beyond what it is entitled to", async () => {
    const started = Date.now();
    const counts = await runMatrix();
    hasRun = true;
    if (process.env.MATRIX_GRID) writeFileSync(process.env.MATRIX_GRID, `${grid.join('\n')}\n`);
    console.log(
      `permission matrix: ${Object.keys(matrix).length} operations, ${counts.cases} cases × ${fx.actors.length} callers = ${counts.cells} requests, ${counts.controls} positive controls, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const text = report('unexpected allows', unexpectedAllows);
    if (text) console.log(text);
    expect(text).toBe('');
  }, 240_000);

  it('refuses properly: 401 without valid credentials, else 403 or 404, as application/problem+json on the API', () => {
    expect(hasRun).toBe(true);
    expect(report('improper refusals', improperRefusals)).toBe('');
  });

  it("succeeds for the deployment's administrator or B's officers on every refused request (positive control)", () => {
    expect(hasRun).toBe(true);
    expect(report('failed positive controls', failedControls)).toBe('');
  });
});
