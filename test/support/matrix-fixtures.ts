import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { roles, type Role } from '../../src/platform/auth/access.js';
import type { App } from '../../src/platform/http/deps.js';
import * as parts from './matrix-fixture-parts.js';
import { receptionAtB } from './matrix-fixture-reception.js';
import { communityAtB } from './matrix-fixture-community.js';
import { reportsAt } from './matrix-fixture-reports.js';
import { multipart } from './multipart.js';
import { trackingSecretOf } from './citizen-forms.js';
import { buildApplicant, buildDossier, buildProcedure, buildUnitTree, fixtureRandom, submissionFields } from './factories.js';
import { Client, signIn, staffPassword, uniqueCode, type TestApp } from './test-app.js';

/**
 * The world of the permission matrix: province P with communes A and B. B owns real data
 * (staff, a token, dossiers, files, a kiosk, ratings, feedback, its calendar), every piece marked
 * with a canary string; A holds every role, as a person and as an API token, plus the callers
 * who must be refused everywhere (anonymous, signed out, disabled, revoked, must change password).
 */

export type Credentials = { cookie?: string; csrfToken?: string; bearer?: string };
export type ActorState = 'active' | 'anonymous' | 'signed-out' | 'disabled' | 'revoked' | 'must-change';
export type Actor = {
  name: string;
  kind: 'session' | 'token' | 'none';
  role: Role | null;
  state: ActorState;
  credentials: Credentials;
  ip: string;
};
export type Part = { name: string; value: string | Buffer; filename?: string; type?: string };
/** A request without its method (the matrix key gives it). */
export type Req = {
  url: string;
  json?: unknown;
  form?: Record<string, string>;
  parts?: Part[];
  headers?: Record<string, string>;
  cookies?: string[];
};

export const activePassword = 'Ma-tran-quyen-2025';
const applicantPhone = '0912345678';
export const rightDigits = applicantPhone.slice(-4);
export const wrongDigits = '0000';

let ipSequence = 0;
/** A distinct client address per caller, so that the portal's per-address rate limits never answer in place of the check under test. */
export function nextIp(): string {
  ipSequence += 1;
  return `10.${77 + (ipSequence >> 16)}.${(ipSequence >> 8) & 255}.${ipSequence & 255}`;
}

export async function send(app: App, credentials: Credentials, method: string, req: Req, ip: string): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...req.headers };
  const cookies = [credentials.cookie, ...(req.cookies ?? [])].filter((c): c is string => Boolean(c));
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  if (credentials.bearer) headers.authorization = `Bearer ${credentials.bearer}`;
  if (credentials.csrfToken && method !== 'GET') headers['x-csrf-token'] = credentials.csrfToken;
  let payload: string | Buffer | undefined;
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(req.json);
  } else if (req.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(req.form).toString();
  } else if (req.parts) {
    const body = multipart(req.parts);
    headers['content-type'] = body.contentType;
    payload = body.body;
  }
  return app.inject({ method: method as 'GET', url: req.url, headers, remoteAddress: ip, ...(payload !== undefined ? { payload } : {}) });
}

export const pdf = (text = '') => Buffer.concat([Buffer.from(`%PDF-1.4\n% ${text}\n`), crypto.randomBytes(256), Buffer.from('\n%%EOF\n')]);
export const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

type Staff = { id: string; username: string; assignments: { id: string; role: string; unitId: string | null }[] };

async function check<T>(what: string, response: { statusCode: number; body: string }, expected: number, read: () => T): Promise<T> {
  if (response.statusCode !== expected) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 400)}`);
  return read();
}

export async function createStaff(
  admin: Client,
  input: { fullName: string; unitId: string | null; roles: { role: Role; unitId: string | null }[] },
): Promise<Staff> {
  const username = `m${uniqueCode().toLowerCase()}`;
  const response = await admin.post('/api/v1/staff', {
    username,
    fullName: input.fullName,
    password: staffPassword,
    unitId: input.unitId,
    roles: input.roles,
  });
  return check(`create staff ${input.fullName}`, response, 201, () => ({
    id: response.data.id,
    username,
    assignments: response.data.roles,
  }));
}

/** Signs in; the temporary password is changed first unless the caller is to stay a must-change session. */
export async function startSession(
  app: App,
  username: string,
  options: { changePassword: boolean } = { changePassword: true },
): Promise<Client> {
  const client = await signIn(app, username, staffPassword);
  if (options.changePassword) {
    const changed = await client.post('/api/v1/auth/password', { currentPassword: staffPassword, newPassword: activePassword });
    await check(`password change of ${username}`, changed, 204, () => undefined);
  }
  return client;
}

export async function buildFixtures(t: TestApp) {
  const { app, admin } = t;
  const canary = `kanarib${crypto.randomBytes(4).toString('hex')}`;
  const secrets = new Set<string>([canary]);
  const secret = <T extends string | null | undefined>(value: T): T => {
    if (value) secrets.add(value);
    return value;
  };

  const { province: p, communes } = await buildUnitTree(admin, { communes: 2 });
  const [a, b] = [communes[0]!, communes[1]!];
  const procedure = buildProcedure({ name: 'Thủ tục ma trận quyền' });
  await check('create procedure', await admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure }), 201, () => undefined);
  const slugPage = await send(app, {}, 'GET', { url: `/thu-tuc/${procedure.code}` }, nextIp());
  const procedurePage = String(slugPage.headers.location);

  // B's officers: their names carry the canary; their sessions serve the positive controls.
  const bStaff = async (role: Role) => {
    const person = await createStaff(admin, { fullName: `${canary} cán bộ ${role}`, unitId: b.id, roles: [{ role, unitId: b.id }] });
    secret(person.id);
    person.assignments.forEach((assignment) => secret(assignment.id));
    return person;
  };
  const [bCounterStaff, bLeaderStaff] = await Promise.all([bStaff('counter_officer'), bStaff('leader')]);
  const [bCounter, bLeader] = await Promise.all([startSession(app, bCounterStaff.username), startSession(app, bLeaderStaff.username)]);

  /** A dossier received at B: the applicant's name and address carry the canary, the phone ends in `rightDigits`. */
  const intakeAtB = async () => {
    const applicant = { name: `${canary} Nguyễn Văn Bê`, phone: applicantPhone, address: `${canary} thôn Bản Bê` };
    const made = await buildDossier(bCounter, { unitId: b.id, procedureCode: procedure.code, applicant });
    return { id: secret(made.id), code: secret(made.code), version: made.version };
  };
  const rateOnline = async (code: string, fields: Record<string, string>) => {
    const form = parts.citizenForm({ ma: code, sdt: rightDigits, transaction: 'intake', ...fields });
    const response = await send(app, {}, 'POST', { ...form, url: '/danh-gia' }, nextIp());
    await check('online rating at B', response, 201, () => undefined);
  };
  const pairKiosk = async (client: Client, unitId: string, label: string) => {
    const response = await client.post('/api/v1/ratings/kiosks', { unitId, label });
    return check('pair kiosk', response, 201, () => ({
      id: response.data.id as string,
      token: String(response.data.path).split('/').pop()!,
    }));
  };
  const feedbackOf = async (dossierId: string) => {
    const list = await admin.get(`/api/v1/feedback?unitId=${b.id}&pageSize=200`);
    const item = (list.data.items as { id: string; dossierId: string; version: number }[]).find((entry) => entry.dossierId === dossierId);
    if (!item) throw new Error(`no feedback item for dossier ${dossierId}: ${list.body.slice(0, 300)}`);
    return secret(item.id);
  };

  // B's data.
  const dossier = await intakeAtB();
  const attached = await bCounter.request('POST', `/api/v1/dossiers/${dossier.id}/files`, {
    ...(() => {
      const body = multipart([
        { name: 'kind', value: 'submitted' },
        { name: 'file', value: pdf(canary), filename: `${canary}.pdf`, type: 'application/pdf' },
      ]);
      return { body: body.body, headers: { 'content-type': body.contentType } };
    })(),
  });
  const fileId = secret(await check('attach file at B', attached, 201, () => attached.data.id as string));
  const kioskB = await pairKiosk(bCounter, b.id, `${canary} quầy B`);
  secret(kioskB.id);
  secret(kioskB.token);
  await rateOnline(dossier.code, { level: 'unsatisfied', comment: `${canary} phải chờ lâu` });
  const feedbackId = await feedbackOf(dossier.id);
  const tokenResponse = await admin.post('/api/v1/api-tokens', { name: `${canary} token B`, role: 'counter_officer', unitId: b.id });
  const tokenB = await check('token at B', tokenResponse, 201, () => ({
    id: secret(tokenResponse.data.id as string),
    token: secret(tokenResponse.data.token as string),
  }));
  const { petitionAtB, clearanceOf, acceptedPetitionAtB } = parts.petitionsAtB({ admin, bLeader, unitId: b.id, canary, secret });
  const settlementB = await parts.settlementAtB(bLeader, acceptedPetitionAtB, secret);
  const petitionB = await petitionAtB('complaint');
  const denunciationB = await petitionAtB('denunciation');
  await clearanceOf(bLeaderStaff.id);
  const calendar = await admin.request('PUT', `/api/v1/units/${b.id}/calendar`, {
    body: { extraDaysOff: [{ date: '2099-12-31', reason: 'Nghỉ riêng của xã B' }] },
  });
  await check('calendar of B', calendar, 200, () => undefined);

  // The callers at A.
  const actors: Actor[] = [];
  const aStaff = async (role: Role | null, fullName = `Cán bộ A ${role ?? 'không vai trò'}`) =>
    createStaff(admin, { fullName, unitId: a.id, roles: role ? [{ role, unitId: a.id }] : [] });
  const people = await Promise.all(
    [...roles, null].map(async (role) => ({ role, client: await startSession(app, (await aStaff(role)).username) })),
  );
  for (const { role, client } of people)
    actors.push({ name: `${role ?? 'no-role'}@A`, kind: 'session', role, state: 'active', credentials: client.auth, ip: nextIp() });
  const tokenOf = async (role: Role) => {
    const response = await admin.post('/api/v1/api-tokens', { name: `Tích hợp A ${role}`, role, unitId: a.id });
    return check(`token ${role}@A`, response, 201, () => ({ id: response.data.id as string, token: response.data.token as string }));
  };
  for (const role of roles)
    actors.push({
      name: `token:${role}@A`,
      kind: 'token',
      role,
      state: 'active',
      credentials: { bearer: (await tokenOf(role)).token },
      ip: nextIp(),
    });
  actors.push({ name: 'anonymous', kind: 'none', role: null, state: 'anonymous', credentials: {}, ip: nextIp() });

  const signedOut = await startSession(app, (await aStaff('administrator', 'Quản trị A đã đăng xuất')).username);
  await check('sign out', await signedOut.post('/api/v1/auth/sign-out'), 204, () => undefined);
  actors.push({
    name: 'signed-out administrator@A',
    kind: 'session',
    role: 'administrator',
    state: 'signed-out',
    credentials: signedOut.auth,
    ip: nextIp(),
  });

  const disabledStaff = await aStaff('administrator', 'Quản trị A bị khóa');
  const disabled = await startSession(app, disabledStaff.username);
  const current = await admin.get(`/api/v1/staff/${disabledStaff.id}`);
  await check(
    'disable account',
    await admin.patch(`/api/v1/staff/${disabledStaff.id}`, { isActive: false }, { 'if-match': String(current.headers.etag) }),
    200,
    () => undefined,
  );
  actors.push({
    name: 'disabled administrator@A',
    kind: 'session',
    role: 'administrator',
    state: 'disabled',
    credentials: disabled.auth,
    ip: nextIp(),
  });

  const revoked = await tokenOf('administrator');
  await check('revoke token', await admin.delete(`/api/v1/api-tokens/${revoked.id}`), 204, () => undefined);
  actors.push({
    name: 'revoked token:administrator@A',
    kind: 'token',
    role: 'administrator',
    state: 'revoked',
    credentials: { bearer: revoked.token },
    ip: nextIp(),
  });

  const mustChange = await startSession(app, (await aStaff('administrator', 'Quản trị A chưa đổi mật khẩu')).username, {
    changePassword: false,
  });
  actors.push({
    name: 'must-change-password administrator@A',
    kind: 'session',
    role: 'administrator',
    state: 'must-change',
    credentials: mustChange.auth,
    ip: nextIp(),
  });

  const aCounter = new Client(app, people.find((person) => person.role === 'counter_officer')!.client.auth);
  const kioskA = await pairKiosk(aCounter, a.id, 'Quầy A');
  const signInTarget = await aStaff(null, 'Người đăng nhập thử');
  await startSession(app, signInTarget.username);

  /** Fresh resources for the requests that use one up (an action, a revocation, an answer). */
  const fresh = {
    dossier: intakeAtB,
    /** A complaint just received at B (version 1). */
    petition: async () => ({ id: await petitionAtB('complaint') }),
    acceptedPetition: acceptedPetitionAtB,
    mixedPetition: async () => ({ id: await petitionAtB('mixed') }),
    settlement: () => parts.settlementAtB(bLeader, acceptedPetitionAtB, secret),
    protectionRequest: () => parts.protectionRequestAt(bLeader, denunciationB, secret),
    syncBatch: () => parts.syncBatchAt(bLeader, b.id, () => petitionAtB('complaint'), secret),
    /** A clearance at B of a new B officer (to be revoked). */
    clearance: async () => ({ id: await clearanceOf((await bStaff('reception_officer')).id) }),
    onlineDossier: async () => {
      // Found again by its phone, drawn anew for each submission.
      const fields = submissionFields(
        buildApplicant(fixtureRandom(), { name: `${canary} Phạm Thị Trực Tuyến`, address: `${canary} tổ 5` }),
        b.id,
      );
      const phone = fields.phone!;
      const form = parts.citizenParts([
        ...Object.entries(fields).map(([name, value]) => ({ name, value })),
        { name: 'doc1', value: pdf(), filename: 'doc1.pdf', type: 'application/pdf' },
        { name: 'doc2', value: pdf(), filename: 'doc2.pdf', type: 'application/pdf' },
      ]);
      const submitted = await send(app, {}, 'POST', { ...form, url: `/nop-ho-so/${procedure.code}` }, nextIp());
      const secretK = await check('online submission at B', submitted, 303, () => trackingSecretOf(submitted));
      const list = await admin.get(`/api/v1/dossiers?unitId=${b.id}&q=${phone}`);
      const item = list.data.items[0] as { id: string; version: number };
      secret(item.id);
      return { id: item.id, version: item.version, k: secret(decodeURIComponent(secretK ?? '')) };
    },
    staffAtB: async () => bStaff('specialist'),
    /** Home unit A, holding a role at B. */
    bridge: async () =>
      createStaff(admin, { fullName: 'Cán bộ A kiêm nhiệm ở B', unitId: a.id, roles: [{ role: 'counter_officer', unitId: b.id }] }),
    /** Home unit A, holding a deployment-wide role. */
    wide: async () =>
      createStaff(admin, { fullName: 'Giám sát toàn hệ thống, nhà ở A', unitId: a.id, roles: [{ role: 'supervisor', unitId: null }] }),
    plainA: async () => createStaff(admin, { fullName: 'Cán bộ A chưa có vai trò', unitId: a.id, roles: [] }),
    token: async () => {
      const response = await admin.post('/api/v1/api-tokens', { name: `${canary} token B tạm`, role: 'specialist', unitId: b.id });
      return check('fresh token at B', response, 201, () => ({ id: secret(response.data.id as string) }));
    },
    kiosk: async () => {
      const made = await pairKiosk(bCounter, b.id, `${canary} quầy tạm`);
      return { id: secret(made.id), token: secret(made.token) };
    },
    /** A dossier received by B's counter officer, and a kiosk paired at B by another officer (B's leader). */
    dossierAndOtherKiosk: async () => {
      const made = await intakeAtB();
      const kiosk = await pairKiosk(bLeader, b.id, `${canary} quầy lãnh đạo`);
      return { ...made, token: secret(kiosk.token), kioskId: secret(kiosk.id) };
    },
    kioskRating: async () => {
      const made = await intakeAtB();
      const form = parts.citizenForm({ dossierId: made.id, transaction: 'intake', level: 'satisfied' });
      const rated = await send(app, {}, 'POST', { ...form, url: `/danh-gia/quay/${kioskB.token}` }, nextIp());
      const ratingId = await check('kiosk rating at B', rated, 201, () => /name="ratingId" value="([^"]+)"/.exec(rated.body)?.[1]);
      return { dossierId: made.id, ratingId: secret(ratingId!) };
    },
    feedback: async () => {
      const made = await intakeAtB();
      await rateOnline(made.code, { level: 'unsatisfied', comment: `${canary} không hướng dẫn rõ` });
      return { id: await feedbackOf(made.id) };
    },
    procedure: async () => {
      const created = buildProcedure({ name: 'Thủ tục ma trận để sửa' });
      await check(
        'fresh procedure',
        await admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure: created }),
        201,
        () => undefined,
      );
      return { code: created.code, procedure: created };
    },
    schedule: async (year: number) => {
      const stored = await admin.request('PUT', `/api/v1/calendar/schedules/${year}`, { body: parts.yearSchedule(year) });
      await check(`schedule ${year}`, stored, 200, () => undefined);
      return { year };
    },
  };

  /** The current version of a resource as an If-Match value, read by the deployment administrator. */
  const ifMatch = async (url: string) => ({ 'if-match': String((await admin.get(url)).headers.etag) });
  return {
    app,
    database: t.database, // what only the database shows: the link a citizen is sent (the outbox)
    admin,
    canary,
    secrets,
    actors,
    procedure,
    procedurePage,
    ifMatch,
    fresh,
    units: { p, a, b },
    b: {
      dossier,
      fileId,
      kiosk: kioskB,
      feedbackId,
      token: tokenB,
      counter: bCounterStaff,
      leader: bLeaderStaff,
      petition: petitionB,
      denunciation: denunciationB,
      settlement: settlementB.id,
      placeReport: await parts.placeReportAt(app, b.code),
      petitionFile: await parts.petitionFileAt(bLeader, petitionB, secret),
      syncBatch: (await parts.syncBatchAt(bLeader, b.id, () => petitionAtB('complaint'), secret)).id,
    },
    reception: await receptionAtB(bLeader, b.id, canary, secret),
    community: await communityAtB(admin, bLeader, b.id, canary, secret),
    reports: await reportsAt(bLeader, people, { a: a.id, b: b.id }, canary, secret),
    a: { kiosk: kioskA, signInTarget },
    controls: parts.controlsOf({ admin: admin.auth, bCounter: bCounter.auth, bLeader: bLeader.auth }),
  };
}
export type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
