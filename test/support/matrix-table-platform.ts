import { activePassword, type Fixtures } from './matrix-fixtures.js';
import { yearSchedule } from './matrix-fixture-parts.js';
import { staffPassword, uniqueCode } from './test-app.js';
import {
  anyone,
  browsers,
  sessions,
  signedIn,
  activeSessions,
  staff,
  administratorsOfA,
  nobody,
  type Made,
  type Case,
  admin,
  adminSees,
  newUsername,
} from './matrix-cases.js';

/** The permission matrix's cases for the platform and the org, calendar routes: who may call each, aimed at B or the deployment. */
export const platformCases: Record<string, Case | Case[]> = {
  'GET /healthz': { allow: anyone, request: () => ({ url: '/healthz' }) },
  'GET /readyz': { allow: anyone, request: () => ({ url: '/readyz' }) },
  // Metrics answer this host itself or the holder of MOTCUA_METRICS_TOKEN, never a remote caller, whatever its
  // session or token: the deployment's administrator from another address is refused too (403). The callers that
  // are served are tested in metrics.test.ts.
  'GET /metrics': { allow: nobody, control: { as: 'admin', status: 403 }, request: () => ({ url: '/metrics' }) },
  'POST /api/v1/auth/sign-in': {
    allow: anyone,
    request: (fx) => ({ url: '/api/v1/auth/sign-in', json: { username: fx.a.signInTarget.username, password: activePassword } }),
  },
  'POST /api/v1/auth/sign-out': { allow: anyone, last: true, request: () => ({ url: '/api/v1/auth/sign-out' }) },
  'GET /api/v1/auth/session': { allow: browsers, request: () => ({ url: '/api/v1/auth/session' }) },
  // A wrong current password: the route is reached, nobody's password changes (400 for sessions).
  'POST /api/v1/auth/password': {
    allow: sessions,
    request: () => ({ url: '/api/v1/auth/password', json: { currentPassword: 'Not-the-password-9', newPassword: 'Another-password-9' } }),
  },
  'GET /api/v1/auth/oidc/start': { allow: anyone, request: () => ({ url: '/api/v1/auth/oidc/start' }) },
  'GET /api/v1/auth/oidc/callback': { allow: anyone, request: () => ({ url: '/api/v1/auth/oidc/callback?code=x&state=y' }) },

  'GET /api/v1/audit': { allow: nobody, control: adminSees, request: () => ({ url: '/api/v1/audit?pageSize=200' }) },
  'GET /api/v1/audit/verify': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/audit/verify' }) },

  'GET /api/v1/units': { allow: staff, request: () => ({ url: '/api/v1/units?pageSize=200' }) },
  'POST /api/v1/units': [
    {
      label: 'village under B',
      allow: nobody,
      control: admin,
      request: (fx) => ({
        url: '/api/v1/units',
        json: { code: uniqueCode(), name: 'Thôn mới của B', type: 'village', parentId: fx.units.b.id },
      }),
    },
    {
      label: 'a province',
      allow: nobody,
      control: admin,
      request: () => ({ url: '/api/v1/units', json: { code: uniqueCode(), name: 'Tỉnh mới', type: 'province' } }),
    },
  ],
  'GET /api/v1/units/{id}': { allow: staff, request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}` }) },
  'PATCH /api/v1/units/{id}': {
    allow: nobody,
    control: admin,
    request: async (fx) => ({
      url: `/api/v1/units/${fx.units.b.id}`,
      json: { address: 'Trụ sở mới' },
      headers: await fx.ifMatch(`/api/v1/units/${fx.units.b.id}`),
    }),
  },
  'POST /api/v1/units/import': {
    allow: nobody,
    control: admin,
    request: (fx) => ({
      url: '/api/v1/units/import',
      json: {
        format: 'json',
        dryRun: true,
        content: JSON.stringify([{ code: uniqueCode(), name: 'Thôn nhập', type: 'village', parentCode: fx.units.b.code }]),
      },
    }),
  },

  'GET /api/v1/units/reference-provinces': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/units/reference-provinces' }) },
  // The smallest province without history: the control really loads it (38 communes).
  'POST /api/v1/units/reference-import': {
    allow: nobody,
    control: admin,
    request: () => ({ url: '/api/v1/units/reference-import', json: { province: '12', withHistory: false } }),
  },
  // A job the deployment administrator started: nobody else may read it.
  'GET /api/v1/jobs/{id}': {
    allow: nobody,
    control: admin,
    setup: async (fx) => ({ id: (await fx.admin.post('/api/v1/procedures/load-sample', undefined)).data.id as string }),
    request: (_fx, made) => ({ url: `/api/v1/jobs/${made.id}` }),
  },

  // Operations: the deployment's administrator only.
  'GET /api/v1/operations': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/operations' }) },
  'POST /api/v1/operations/backups': {
    allow: nobody,
    control: { as: 'admin', status: 202 },
    request: () => ({ url: '/api/v1/operations/backups' }),
  },
  'GET /api/v1/operations/outbox': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/operations/outbox?status=failed' }) },
  'POST /api/v1/operations/outbox/{id}/retry': {
    allow: nobody,
    control: { as: 'admin', status: 204 },
    setup: async (fx) => {
      const [row] = await fx.database.query<{ id: string }>(
        `INSERT INTO outbox_messages (channel, recipient, body, topic, subject_id, dedupe_key, status, attempts, last_error)
         VALUES ('sms', '0900000000', 'x', 'matrix.retry', $1, $1, 'failed', 10, 'SMS gateway answered 500') RETURNING id`,
        [`matrix:${uniqueCode()}`],
      );
      return { id: row!.id };
    },
    request: (_fx, made) => ({ url: `/api/v1/operations/outbox/${made.id}/retry` }),
  },

  'GET /api/v1/me': { allow: activeSessions, request: () => ({ url: '/api/v1/me' }) },
  'GET /api/v1/roles': { allow: signedIn, request: () => ({ url: '/api/v1/roles' }) },
  'GET /api/v1/staff': [
    { allow: signedIn, request: () => ({ url: '/api/v1/staff?pageSize=200' }) },
    { label: 'unitId=B', allow: signedIn, request: (fx) => ({ url: `/api/v1/staff?pageSize=200&unitId=${fx.units.b.id}` }) },
  ],
  'POST /api/v1/staff': [
    {
      label: 'home unit B',
      allow: nobody,
      control: admin,
      request: (fx) => ({
        url: '/api/v1/staff',
        json: { username: newUsername(), fullName: 'Người mới ở B', password: staffPassword, unitId: fx.units.b.id, roles: [] },
      }),
    },
    {
      label: 'home unit A, a role at B',
      allow: nobody,
      control: admin,
      request: (fx) => ({
        url: '/api/v1/staff',
        json: {
          username: newUsername(),
          fullName: 'Người mới',
          password: staffPassword,
          unitId: fx.units.a.id,
          roles: [{ role: 'leader', unitId: fx.units.b.id }],
        },
      }),
    },
    {
      label: 'home unit A, a deployment-wide role',
      allow: nobody,
      control: admin,
      request: (fx) => ({
        url: '/api/v1/staff',
        json: {
          username: newUsername(),
          fullName: 'Người mới',
          password: staffPassword,
          unitId: fx.units.a.id,
          roles: [{ role: 'administrator', unitId: null }],
        },
      }),
    },
  ],
  'GET /api/v1/staff/{id}': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/staff/${fx.b.counter.id}` }) },
  'PATCH /api/v1/staff/{id}': [
    ...(['staffAtB', 'bridge', 'wide'] as const).flatMap((target) => [
      {
        label: `edit ${target}`,
        allow: nobody,
        control: admin,
        setup: (fx: Fixtures) => fx.fresh[target](),
        request: async (fx: Fixtures, made: Made) => ({
          url: `/api/v1/staff/${made.id}`,
          json: { fullName: 'Tên bị đổi', email: 'attacker@example.org' },
          headers: await fx.ifMatch(`/api/v1/staff/${made.id}`),
        }),
      },
      {
        label: `disable ${target}`,
        allow: nobody,
        control: admin,
        setup: (fx: Fixtures) => fx.fresh[target](),
        request: async (fx: Fixtures, made: Made) => ({
          url: `/api/v1/staff/${made.id}`,
          json: { isActive: false },
          headers: await fx.ifMatch(`/api/v1/staff/${made.id}`),
        }),
      },
    ]),
  ],
  'POST /api/v1/staff/{id}/password': (['staffAtB', 'bridge', 'wide'] as const).map((target) => ({
    label: `reset ${target}`,
    allow: nobody,
    control: admin,
    setup: (fx: Fixtures) => fx.fresh[target](),
    request: (_fx: Fixtures, made: Made) => ({ url: `/api/v1/staff/${made.id}/password`, json: { newPassword: 'Chiem-quyen-2025' } }),
  })),
  'POST /api/v1/staff/{id}/roles': [
    {
      label: 'B staff gets a role at A',
      allow: nobody,
      control: admin,
      setup: (fx) => fx.fresh.staffAtB(),
      request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'leader', unitId: fx.units.a.id } }),
    },
    {
      label: 'A staff gets a role at B',
      allow: nobody,
      control: admin,
      setup: (fx) => fx.fresh.plainA(),
      request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'leader', unitId: fx.units.b.id } }),
    },
    {
      label: 'A staff gets a deployment-wide role',
      allow: nobody,
      control: admin,
      setup: (fx) => fx.fresh.plainA(),
      request: (_fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'administrator', unitId: null } }),
    },
    {
      label: 'bridge gets a role at A',
      allow: nobody,
      control: admin,
      setup: (fx) => fx.fresh.bridge(),
      request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'administrator', unitId: fx.units.a.id } }),
    },
    {
      label: 'wide gets a role at A',
      allow: nobody,
      control: admin,
      setup: (fx) => fx.fresh.wide(),
      request: (fx, made) => ({ url: `/api/v1/staff/${made.id}/roles`, json: { role: 'administrator', unitId: fx.units.a.id } }),
    },
  ],
  'DELETE /api/v1/staff/{id}/roles/{assignmentId}': (['staffAtB', 'bridge', 'wide'] as const).map((target) => ({
    label: `${target}'s role`,
    allow: nobody,
    control: admin,
    setup: (fx: Fixtures) => fx.fresh[target](),
    request: (_fx: Fixtures, made: Made) => ({ url: `/api/v1/staff/${made.id}/roles/${made.assignments[0].id}` }),
  })),
  'GET /api/v1/api-tokens': { allow: administratorsOfA, request: () => ({ url: '/api/v1/api-tokens' }) },
  'POST /api/v1/api-tokens': [
    {
      label: 'at B',
      allow: nobody,
      control: admin,
      request: (fx) => ({ url: '/api/v1/api-tokens', json: { name: 'Token lạ', role: 'administrator', unitId: fx.units.b.id } }),
    },
    {
      label: 'deployment-wide',
      allow: nobody,
      control: admin,
      request: () => ({ url: '/api/v1/api-tokens', json: { name: 'Token lạ', role: 'administrator', unitId: null } }),
    },
  ],
  'DELETE /api/v1/api-tokens/{id}': {
    allow: nobody,
    control: admin,
    setup: (fx) => fx.fresh.token(),
    request: (_fx, made) => ({ url: `/api/v1/api-tokens/${made.id}` }),
  },

  'GET /api/v1/calendar/years/{year}': { allow: staff, request: (fx) => ({ url: `/api/v1/calendar/years/2026?unitId=${fx.units.b.id}` }) },
  'GET /api/v1/calendar/due': {
    allow: staff,
    request: (fx) => ({ url: `/api/v1/calendar/due?start=2026-03-02T08:00:00%2B07:00&workingDays=3&unitId=${fx.units.b.id}` }),
  },
  'GET /api/v1/calendar/schedules': { allow: staff, request: () => ({ url: '/api/v1/calendar/schedules' }) },
  'GET /api/v1/calendar/schedules/{year}': { allow: staff, request: () => ({ url: '/api/v1/calendar/schedules/2026' }) },
  'PUT /api/v1/calendar/schedules/{year}': {
    allow: nobody,
    control: admin,
    request: () => ({ url: '/api/v1/calendar/schedules/2098', json: yearSchedule(2098) }),
  },
  'DELETE /api/v1/calendar/schedules/{year}': {
    allow: nobody,
    control: admin,
    setup: (fx) => fx.fresh.schedule(2097),
    request: () => ({ url: '/api/v1/calendar/schedules/2097' }),
  },
  'GET /api/v1/calendar/rules': { allow: staff, request: () => ({ url: '/api/v1/calendar/rules' }) },
  'PUT /api/v1/calendar/rules': {
    allow: nobody,
    control: admin,
    request: () => ({ url: '/api/v1/calendar/rules', json: { ruleSettings: {} } }),
  },
  'GET /api/v1/units/{id}/calendar': { allow: staff, request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}/calendar` }) },
  'PUT /api/v1/units/{id}/calendar': {
    allow: nobody,
    control: admin,
    request: (fx) => ({
      url: `/api/v1/units/${fx.units.b.id}/calendar`,
      json: { extraDaysOff: [{ date: '2099-12-30', reason: 'Nghỉ do người ngoài đặt' }] },
    }),
  },
};
