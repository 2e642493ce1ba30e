import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from '../../src/platform/http/route-registry.js';
import { buildApplicant, buildProcedure, fixtureRandom, submissionFields } from '../support/factories.js';
import { activePassword, buildFixtures, citizenForm, citizenParts, nextIp, pdf, rightDigits, send, vietnamToday, wrongDigits, yearSchedule, type Actor, type Fixtures, type Req } from '../support/matrix-fixtures.js';
import { createTestApp, staffPassword, uniqueCode, type TestApp } from '../support/test-app.js';

/**
 * The permission matrix, generated from /openapi.json: every operation × every caller at unit A
 * (each role as a person and as an API token, a person with no role, anonymous, a signed-out
 * session, a disabled account, a revoked token, a session that must still change its password),
 * aimed at unit B's resources or at the deployment's. An operation missing from the table below
 * fails the test until it is classified.
 */

type Allow = (actor: Actor) => boolean;
const isActive = (actor: Actor) => actor.state === 'active';
/** Citizen pages and sign-in: anybody. */
const anyone: Allow = () => true;
/** Any session, even one that must still change its password (session, password change). */
const sessions: Allow = (actor) => actor.kind === 'session' && (actor.state === 'active' || actor.state === 'must-change');
/** Any active session or token (lists filtered by reach, the role names). */
const signedIn: Allow = isActive;
const activeSessions: Allow = (actor) => isActive(actor) && actor.kind === 'session';
/** Anybody holding a role: units, calendars and the catalogue are read deployment-wide. */
const staff: Allow = (actor) => isActive(actor) && actor.role !== null;
const administratorsOfA: Allow = (actor) => isActive(actor) && actor.role === 'administrator';
/** Nobody at A: B's resources and the deployment's. */
const nobody: Allow = () => false;

type Made = Record<string, any>;
type Build = (fx: Fixtures, made: Made) => Req | Promise<Req>;
/** Who makes the request once the callers at A are done; `shows`: its answer carries B's canary (so a leak would be seen). */
type Control = { as: keyof Fixtures['controls']; request?: Build; status?: number; shows?: boolean };
/** `showsB`: the request carries one of B's own capabilities (a kiosk token of B), so its answer may show B's data. */
type Case = { label?: string; allow: Allow; request: Build; setup?: (fx: Fixtures) => Promise<Made>; control?: Control; last?: boolean; showsB?: boolean };

const period = () => `from=${vietnamToday().slice(0, 4)}-01-01&to=${vietnamToday()}`;
const admin: Control = { as: 'admin' };
const adminSees: Control = { as: 'admin', shows: true };
const bCounter: Control = { as: 'bCounter' };
const newUsername = () => `m${uniqueCode().toLowerCase()}`;
const asVisitor = (request: Build): Control => ({ as: 'visitor', request });

const matrix: Record<string, Case | Case[]> = {
  'GET /healthz': { allow: anyone, request: () => ({ url: '/healthz' }) },
  'GET /readyz': { allow: anyone, request: () => ({ url: '/readyz' }) },
  'POST /api/v1/auth/sign-in': { allow: anyone, request: (fx) => ({ url: '/api/v1/auth/sign-in', json: { username: fx.a.signInTarget.username, password: activePassword } }) },
  'POST /api/v1/auth/sign-out': { allow: anyone, last: true, request: () => ({ url: '/api/v1/auth/sign-out' }) },
  'GET /api/v1/auth/session': { allow: sessions, request: () => ({ url: '/api/v1/auth/session' }) },
  // A wrong current password: the route is reached, nobody's password changes (400 for sessions).
  'POST /api/v1/auth/password': { allow: sessions, request: () => ({ url: '/api/v1/auth/password', json: { currentPassword: 'Not-the-password-9', newPassword: 'Another-password-9' } }) },
  'GET /api/v1/auth/oidc/start': { allow: anyone, request: () => ({ url: '/api/v1/auth/oidc/start' }) },
  'GET /api/v1/auth/oidc/callback': { allow: anyone, request: () => ({ url: '/api/v1/auth/oidc/callback?code=x&state=y' }) },

  'GET /api/v1/audit': { allow: nobody, control: adminSees, request: () => ({ url: '/api/v1/audit?pageSize=200' }) },
  'GET /api/v1/audit/verify': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/audit/verify' }) },

  'GET /api/v1/units': { allow: staff, request: () => ({ url: '/api/v1/units?pageSize=200' }) },
  'POST /api/v1/units': [
    { label: 'village under B', allow: nobody, control: admin, request: (fx) => ({ url: '/api/v1/units', json: { code: uniqueCode(), name: 'Thôn mới của B', type: 'village', parentId: fx.units.b.id } }) },
    { label: 'a province', allow: nobody, control: admin, request: () => ({ url: '/api/v1/units', json: { code: uniqueCode(), name: 'Tỉnh mới', type: 'province' } }) },
  ],
  'GET /api/v1/units/{id}': { allow: staff, request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}` }) },
  'PATCH /api/v1/units/{id}': { allow: nobody, control: admin, request: async (fx) => ({ url: `/api/v1/units/${fx.units.b.id}`, json: { address: 'Trụ sở mới' }, headers: await fx.ifMatch(`/api/v1/units/${fx.units.b.id}`) }) },
  'POST /api/v1/units/import': { allow: nobody, control: admin, request: (fx) => ({ url: '/api/v1/units/import', json: { format: 'json', dryRun: true, content: JSON.stringify([{ code: uniqueCode(), name: 'Thôn nhập', type: 'village', parentCode: fx.units.b.code }]) } }) },

  'GET /api/v1/me': { allow: activeSessions, request: () => ({ url: '/api/v1/me' }) },
  'GET /api/v1/roles': { allow: signedIn, request: () => ({ url: '/api/v1/roles' }) },
  'GET /api/v1/staff': [
    { allow: signedIn, request: () => ({ url: '/api/v1/staff?pageSize=200' }) },
    { label: 'unitId=B', allow: signedIn, request: (fx) => ({ url: `/api/v1/staff?pageSize=200&unitId=${fx.units.b.id}` }) },
  ],
  'POST /api/v1/staff': [
    { label: 'home unit B', allow: nobody, control: admin, request: (fx) => ({ url: '/api/v1/staff', json: { username: newUsername(), fullName: 'Người mới ở B', password: staffPassword, unitId: fx.units.b.id, roles: [] } }) },
    { label: 'home unit A, a role at B', allow: nobody, control: admin, request: (fx) => ({ url: '/api/v1/staff', json: { username: newUsername(), fullName: 'Người mới', password: staffPassword, unitId: fx.units.a.id, roles: [{ role: 'leader', unitId: fx.units.b.id }] } }) },
    { label: 'home unit A, a deployment-wide role', allow: nobody, control: admin, request: (fx) => ({ url: '/api/v1/staff', json: { username: newUsername(), fullName: 'Người mới', password: staffPassword, unitId: fx.units.a.id, roles: [{ role: 'administrator', unitId: null }] } }) },
  ],
  'GET /api/v1/staff/{id}': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/staff/${fx.b.counter.id}` }) },
  'PATCH /api/v1/staff/{id}': [
    ...(['staffAtB', 'bridge', 'wide'] as const).flatMap((target) => [
      { label: `edit ${target}`, allow: nobody, control: admin, setup: (fx: Fixtures) => fx.fresh[target](), request: async (fx: Fixtures, made: Made) => ({ url: `/api/v1/staff/${made.id}`, json: { fullName: 'Tên bị đổi', email: 'attacker@example.org' }, headers: await fx.ifMatch(`/api/v1/staff/${made.id}`) }) },
      { label: `disable ${target}`, allow: nobody, control: admin, setup: (fx: Fixtures) => fx.fresh[target](), request: async (fx: Fixtures, made: Made) => ({ url: `/api/v1/staff/${made.id}`, json: { isActive: false }, headers: await fx.ifMatch(`/api/v1/staff/${made.id}`) }) },
    ]),
  ],
  'POST /api/v1/staff/{id}/password': (['staffAtB', 'bridge', 'wide'] as const).map((target) => ({
    label: `reset ${target}`, allow: nobody, control: admin, setup: (fx: Fixtures) => fx.fresh[target](), request: (_fx: Fixtures, made: Made) => ({ url: `/api/v1/staff/${made.id}/password`, json: { newPassword: 'Chiem-quyen-2025' } }),
  })),
  'POST /api/v1/staff/{id}/roles': [
    { label: 'B staff gets a role at A', allow: nobody, control: admin, setup: (fx) => fx.fresh.staffAtB(), request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'leader', unitId: fx.units.a.id } }) },
    { label: 'A staff gets a role at B', allow: nobody, control: admin, setup: (fx) => fx.fresh.plainA(), request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'leader', unitId: fx.units.b.id } }) },
    { label: 'A staff gets a deployment-wide role', allow: nobody, control: admin, setup: (fx) => fx.fresh.plainA(), request: (_fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'administrator', unitId: null } }) },
    { label: 'bridge gets a role at A', allow: nobody, control: admin, setup: (fx) => fx.fresh.bridge(), request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'administrator', unitId: fx.units.a.id } }) },
    { label: 'wide gets a role at A', allow: nobody, control: admin, setup: (fx) => fx.fresh.wide(), request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'administrator', unitId: fx.units.a.id } }) },
  ],
  'DELETE /api/v1/staff/{id}/roles/{assignmentId}': (['staffAtB', 'bridge', 'wide'] as const).map((target) => ({
    label: `${target}'s role`, allow: nobody, control: admin, setup: (fx: Fixtures) => fx.fresh[target](), request: (_fx: Fixtures, made: Made) => ({ url: `/api/v1/staff/${made.id}/roles/${made.assignments[0].id}` }),
  })),
  'GET /api/v1/api-tokens': { allow: administratorsOfA, request: () => ({ url: '/api/v1/api-tokens' }) },
  'POST /api/v1/api-tokens': [
    { label: 'at B', allow: nobody, control: admin, request: (fx) => ({ url: '/api/v1/api-tokens', json: { name: 'Token lạ', role: 'administrator', unitId: fx.units.b.id } }) },
    { label: 'deployment-wide', allow: nobody, control: admin, request: () => ({ url: '/api/v1/api-tokens', json: { name: 'Token lạ', role: 'administrator', unitId: null } }) },
  ],
  'DELETE /api/v1/api-tokens/{id}': { allow: nobody, control: admin, setup: (fx) => fx.fresh.token(), request: (_fx, made) => ({ url: `/api/v1/api-tokens/${made.id}` }) },

  'GET /api/v1/calendar/years/{year}': { allow: staff, request: (fx) => ({ url: `/api/v1/calendar/years/2026?unitId=${fx.units.b.id}` }) },
  'GET /api/v1/calendar/due': { allow: staff, request: (fx) => ({ url: `/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&workingDays=3&unitId=${fx.units.b.id}` }) },
  'GET /api/v1/calendar/schedules': { allow: staff, request: () => ({ url: '/api/v1/calendar/schedules' }) },
  'GET /api/v1/calendar/schedules/{year}': { allow: staff, request: () => ({ url: '/api/v1/calendar/schedules/2026' }) },
  'PUT /api/v1/calendar/schedules/{year}': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/calendar/schedules/2098', json: yearSchedule(2098) }) },
  'DELETE /api/v1/calendar/schedules/{year}': { allow: nobody, control: admin, setup: (fx) => fx.fresh.schedule(2097), request: () => ({ url: '/api/v1/calendar/schedules/2097' }) },
  'GET /api/v1/calendar/rules': { allow: staff, request: () => ({ url: '/api/v1/calendar/rules' }) },
  'PUT /api/v1/calendar/rules': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/calendar/rules', json: { ruleSettings: {} } }) },
  'GET /api/v1/units/{id}/calendar': { allow: staff, request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}/calendar` }) },
  'PUT /api/v1/units/{id}/calendar': { allow: nobody, control: admin, request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}/calendar`, json: { extraDaysOff: [{ date: '2099-12-30', reason: 'Nghỉ do người ngoài đặt' }] } }) },

  'GET /api/v1/procedures': { allow: staff, request: () => ({ url: '/api/v1/procedures?pageSize=200' }) },
  'POST /api/v1/procedures': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/procedures', json: { effectiveFrom: '2025-07-01', procedure: buildProcedure({ name: 'Thủ tục lạ' }) } }) },
  'GET /api/v1/procedures/export': { allow: staff, request: () => ({ url: '/api/v1/procedures/export?format=json' }) },
  'GET /api/v1/procedures/{code}': { allow: staff, request: (fx) => ({ url: `/api/v1/procedures/${fx.procedure.code}` }) },
  'GET /api/v1/procedures/{code}/versions/{version}': { allow: staff, request: (fx) => ({ url: `/api/v1/procedures/${fx.procedure.code}/versions/1` }) },
  'GET /api/v1/procedures/{code}/diff': { allow: staff, request: (fx) => ({ url: `/api/v1/procedures/${fx.procedure.code}/diff?from=1&to=1` }) },
  'POST /api/v1/procedures/{code}/versions': { allow: nobody, control: admin, setup: (fx) => fx.fresh.procedure(), request: (_fx, made) => ({ url: `/api/v1/procedures/${made.code}/versions`, json: { effectiveFrom: '2030-01-01', changeNote: 'Sửa lạ', procedure: { ...made.procedure, name: 'Tên bị sửa' } }, headers: { 'if-match': '"1"' } }) },
  'POST /api/v1/procedures/import': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/procedures/import', json: { format: 'json', dryRun: true, content: JSON.stringify([{ effectiveFrom: '2025-07-01', procedure: buildProcedure() }]) } }) },

  'GET /api/v1/dossiers/{id}/forms/{form}': { allow: nobody, control: admin, request: (fx) => ({ url: `/api/v1/dossiers/${fx.b.dossier.id}/forms/receipt` }) },
  'GET /api/v1/units/{id}/tracking-book': { allow: nobody, control: admin, request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}/tracking-book?${period()}&format=xlsx` }) },
  'POST /api/v1/dossiers/{id}/files': { allow: nobody, control: bCounter, request: (fx) => ({ url: `/api/v1/dossiers/${fx.b.dossier.id}/files`, parts: [{ name: 'kind', value: 'result' }, { name: 'file', value: pdf(), filename: 'ket-qua.pdf', type: 'application/pdf' }] }) },
  'GET /api/v1/dossiers/{id}/files': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/dossiers/${fx.b.dossier.id}/files` }) },
  'GET /api/v1/files/{id}': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/files/${fx.b.fileId}` }) },
  'POST /api/v1/dossiers/counter-intake': { allow: nobody, control: bCounter, request: (fx) => ({ url: '/api/v1/dossiers/counter-intake', json: { receivingUnitId: fx.units.b.id, procedureCode: fx.procedure.code, applicant: buildApplicant(fixtureRandom()), documents: [{ index: 1 }, { index: 2 }], delivery: 'counter' } }) },
  'GET /api/v1/dossiers': [
    { allow: signedIn, request: () => ({ url: '/api/v1/dossiers?pageSize=200' }) },
    { label: 'unitId=B', allow: signedIn, request: (fx) => ({ url: `/api/v1/dossiers?pageSize=200&unitId=${fx.units.b.id}` }) },
  ],
  'GET /api/v1/dossiers/{id}': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/dossiers/${fx.b.dossier.id}` }) },
  'POST /api/v1/dossiers/{id}/intake-decision': { allow: nobody, control: bCounter, setup: (fx) => fx.fresh.onlineDossier(), request: (_fx, made) => ({ url: `/api/v1/dossiers/${made.id}/intake-decision`, json: { decision: 'receive' }, headers: { 'if-match': `"${made.version}"` } }) },
  'POST /api/v1/dossiers/{id}/actions': { allow: nobody, control: bCounter, setup: (fx) => fx.fresh.dossier(), request: (_fx, made) => ({ url: `/api/v1/dossiers/${made.id}/actions`, json: { action: 'withdraw', reason: 'Người nộp xin rút hồ sơ' }, headers: { 'if-match': `"${made.version}"` } }) },

  'POST /api/v1/ratings/kiosks': { allow: nobody, control: bCounter, request: (fx) => ({ url: '/api/v1/ratings/kiosks', json: { unitId: fx.units.b.id, label: 'Quầy lạ' } }) },
  'GET /api/v1/ratings/kiosks': { allow: nobody, control: { as: 'bCounter', shows: true }, request: (fx) => ({ url: `/api/v1/ratings/kiosks?unitId=${fx.units.b.id}` }) },
  'DELETE /api/v1/ratings/kiosks/{id}': { allow: nobody, control: bCounter, setup: (fx) => fx.fresh.kiosk(), request: (_fx, made) => ({ url: `/api/v1/ratings/kiosks/${made.id}` }) },
  'GET /api/v1/ratings': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/ratings?unitId=${fx.units.b.id}&${period()}` }) },
  'GET /api/v1/ratings/summary': { allow: nobody, control: admin, request: (fx) => ({ url: `/api/v1/ratings/summary?unitId=${fx.units.b.id}&${period()}` }) },
  'GET /api/v1/ratings/scores': { allow: nobody, control: admin, request: (fx) => ({ url: `/api/v1/ratings/scores?unitId=${fx.units.b.id}&${period()}` }) },
  'GET /api/v1/feedback': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/feedback?unitId=${fx.units.b.id}` }) },
  'POST /api/v1/feedback/{id}/answer': { allow: nobody, control: { as: 'bLeader' }, setup: (fx) => fx.fresh.feedback(), request: (_fx, made) => ({ url: `/api/v1/feedback/${made.id}/answer`, json: { answer: 'Trả lời từ người ngoài đơn vị.' }, headers: { 'if-match': '"1"' } }) },
  'GET /api/v1/reports/units/{id}/figures': { allow: nobody, control: admin, request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.b.id}/figures?${period()}` }) },
  'GET /api/v1/reports/units/{id}/monthly': { allow: nobody, control: admin, request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.b.id}/monthly?${period()}` }) },

  // Citizen pages: the capability (kiosk token, code + phone digits, tracking secret) is the credential.
  'GET /danh-gia/quay/{token}': [
    { label: "A's kiosk", allow: anyone, request: (fx) => ({ url: `/danh-gia/quay/${fx.a.kiosk.token}` }) },
    { label: 'an unknown kiosk token', allow: nobody, control: asVisitor((fx) => ({ url: `/danh-gia/quay/${fx.b.kiosk.token}` })), request: () => ({ url: '/danh-gia/quay/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }) },
  ],
  'POST /danh-gia/quay/{token}': [
    {
      label: "A's kiosk rates B's dossier", allow: nobody, setup: (fx) => fx.fresh.dossier(),
      request: (fx, made) => ({ ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'very_satisfied' }), url: `/danh-gia/quay/${fx.a.kiosk.token}` }),
      control: asVisitor((fx, made) => ({ ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'very_satisfied' }), url: `/danh-gia/quay/${fx.b.kiosk.token}` })),
    },
    {
      label: "another officer's kiosk at B rates the dossier", allow: nobody, showsB: true, setup: (fx) => fx.fresh.dossierAndOtherKiosk(),
      request: (_fx, made) => ({ ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'unsatisfied' }), url: `/danh-gia/quay/${made.token}` }),
      control: asVisitor((fx, made) => ({ ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'very_satisfied' }), url: `/danh-gia/quay/${fx.b.kiosk.token}` })),
    },
  ],
  'POST /danh-gia/quay/{token}/chi-tiet': {
    label: "A's kiosk details B's rating", allow: nobody, setup: (fx) => fx.fresh.kioskRating(),
    request: (fx, made) => ({ ...citizenForm({ ratingId: made.ratingId, attitude: 'poor', comment: 'Sửa đánh giá người khác' }), url: `/danh-gia/quay/${fx.a.kiosk.token}/chi-tiet` }),
    control: asVisitor((fx, made) => ({ ...citizenForm({ ratingId: made.ratingId, attitude: 'good' }), url: `/danh-gia/quay/${fx.b.kiosk.token}/chi-tiet` })),
  },
  'GET /danh-gia': { label: 'wrong phone digits', allow: nobody, control: asVisitor((fx) => ({ url: `/danh-gia?ma=${fx.b.dossier.code}&sdt=${rightDigits}` })), request: (fx) => ({ url: `/danh-gia?ma=${fx.b.dossier.code}&sdt=${wrongDigits}` }) },
  'POST /danh-gia': {
    label: 'wrong phone digits', allow: nobody, setup: (fx) => fx.fresh.dossier(),
    request: (_fx, made) => ({ ...citizenForm({ ma: made.code, sdt: wrongDigits, transaction: 'intake', level: 'unsatisfied', comment: 'Đánh giá giả' }), url: '/danh-gia' }),
    control: asVisitor((_fx, made) => ({ ...citizenForm({ ma: made.code, sdt: rightDigits, transaction: 'intake', level: 'satisfied' }), url: '/danh-gia' })),
  },
  'GET /tra-cuu': [
    { label: 'wrong phone digits', allow: nobody, control: asVisitor((fx) => ({ url: `/tra-cuu?ma=${fx.b.dossier.code}&sdt=${rightDigits}` })), request: (fx) => ({ url: `/tra-cuu?ma=${fx.b.dossier.code}&sdt=${wrongDigits}` }) },
    { label: 'wrong tracking secret', allow: nobody, setup: (fx) => fx.fresh.onlineDossier(), control: asVisitor((_fx, made) => ({ url: `/tra-cuu?k=${encodeURIComponent(made.k)}` })), request: () => ({ url: '/tra-cuu?k=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }) },
  ],
  'GET /cong-khai': { allow: anyone, request: (fx) => ({ url: `/cong-khai?don-vi=${fx.units.b.code}` }) },
  'GET /': { allow: anyone, request: () => ({ url: '/' }) },
  'GET /thu-tuc': { allow: anyone, request: () => ({ url: '/thu-tuc' }) },
  'GET /thu-tuc/{code}': { allow: anyone, request: (fx) => ({ url: `/thu-tuc/${fx.procedure.code}` }) },
  'GET /thu-tuc/{code}/{slug}': { allow: anyone, request: (fx) => ({ url: fx.procedurePage }) },
  'GET /thu-tuc/{code}/mau/{number}': { allow: anyone, request: (fx) => ({ url: `/thu-tuc/${fx.procedure.code}/mau/1` }) },
  'GET /nop-ho-so/{code}': { allow: anyone, request: (fx) => ({ url: `/nop-ho-so/${fx.procedure.code}` }) },
  'POST /nop-ho-so/{code}': {
    label: 'submit to B', allow: anyone,
    request: (fx) => ({ ...citizenParts([...Object.entries(submissionFields(buildApplicant(fixtureRandom()), fx.units.b.id)).map(([name, value]) => ({ name, value })), { name: 'doc1', value: pdf(), filename: 'a.pdf', type: 'application/pdf' }, { name: 'doc2', value: pdf(), filename: 'b.pdf', type: 'application/pdf' }]), url: `/nop-ho-so/${fx.procedure.code}` }),
  },
};

/** Routes that are not part of the API description on purpose. */
const undocumentedOnPurpose = (url: string) => url === '/openapi.json' || url === '/app' || url.startsWith('/app/') || url === '/docs' || url.startsWith('/docs/');

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
const isSuccess = (status: number, location: unknown) => (status >= 200 && status < 300) || (status >= 300 && status < 400 && !/sign-in|dang-nhap/.test(String(location ?? '')));

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
  if (leaked.length > 0) unexpectedAllows.push(`${cell}: the answer shows B's data (${leaked.map((value) => (value === fx.canary ? 'canary' : value)).join(', ')})`);
  if (status >= 500) improperRefusals.push(`${cell}: server error`);
  // Once an unexpected allow has used the resource up, later refusals (409, 412) say nothing more.
  if (isAllowed || succeeded || status >= 500 || isAfterAllow) return !isAllowed && succeeded;
  if (key.includes(' /api/')) {
    const expected = noCredentials.has(actor.state) ? [401] : [403, 404];
    if (!expected.includes(status)) improperRefusals.push(`${cell}: expected ${expected.join(' or ')}`);
    if (!String(response.headers['content-type']).includes('application/problem+json')) improperRefusals.push(`${cell}: not application/problem+json`);
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
    if (!isExpected && !wasAllowed) failedControls.push(`${labelOf(key, c)} as ${control.as} → ${response.statusCode} ${response.body.slice(0, 200)}`);
    if (control.shows && !response.rawPayload.toString('latin1').includes(fx.canary)) failedControls.push(`${labelOf(key, c)} as ${control.as}: the answer lacks B's canary, so a leak here would go unseen`);
  }
  return { cases: planned.length, cells, controls: pendingControls.length };
}

const report = (title: string, lines: string[]) => (lines.length === 0 ? '' : `${lines.length} ${title}:\n${lines.join('\n')}`);

beforeAll(async () => {
  t = await createTestApp();
  fx = await buildFixtures(t);
  const spec = (await t.admin.get('/openapi.json')).data as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(spec.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
}, 120_000);
afterAll(async () => t?.close());

describe('the permission matrix', () => {
  it('classifies every documented operation, and every route is documented', () => {
    const problems = [
      ...documented.filter((key) => !(key in matrix)).map((key) => `${key}: classify this route in the permission matrix`),
      ...Object.keys(matrix).filter((key) => !documented.includes(key)).map((key) => `${key}: no longer in /openapi.json; remove it from the permission matrix`),
      ...Object.keys(matrix).flatMap((key) => casesOf(key).filter((c) => c.allow === nobody && !c.control).map((c) => `${labelOf(key, c)}: a refused request needs a positive control`)),
      ...registeredRoutes(t.app).filter((route) => !route.isDocumented && !undocumentedOnPurpose(route.url)).map((route) => `${route.method} ${route.url}: registered but missing from /openapi.json`),
    ];
    expect(problems.join('\n')).toBe('');
  });

  it("gives no caller at A anything of B's or of the deployment's beyond what it is entitled to", async () => {
    const started = Date.now();
    const counts = await runMatrix();
    hasRun = true;
    if (process.env.MATRIX_GRID) writeFileSync(process.env.MATRIX_GRID, `${grid.join('\n')}\n`);
    console.log(`permission matrix: ${Object.keys(matrix).length} operations, ${counts.cases} cases × ${fx.actors.length} callers = ${counts.cells} requests, ${counts.controls} positive controls, ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
