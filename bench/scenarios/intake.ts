import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { addWorkingDays, loadCalendar } from '../../src/modules/calendar/index.js';
import { demoProcedures } from '../../src/modules/catalog/demo/index.js';
import { todayInVietnam } from '../../src/platform/time/vietnam-time.js';
import type { Database } from '../../src/platform/db/open-database.js';
import { rowsOf } from '../../src/platform/db/types.js';
import { runLoad, type LoadMeasure } from '../http/load.js';
import { benchAdminPassword, call, signIn, type Session } from '../http/server.js';

/** The procedure received in the benchmark: birth registration, the most frequent at a commune's counter. */
export const INTAKE_PROCEDURE = '1.001193';
const officerPassword = 'Bench-officer-password-1';

export type IntakeSetup = {
  unit: { id: string; code: string; name: string };
  officer: Session & { accountId: string };
  body: (n: number) => Record<string, unknown>;
};
export type TrackedDossier = { code: string; phone: string };

/**
 * Through the API, as an administrator would: a province, a commune with its public-service
 * centre, and a counter officer signed in (session cookie + CSRF token). The demo catalogue was
 * loaded before the server started (`motcua catalog load-demo`).
 */
export async function setUpIntake(url: string): Promise<IntakeSetup> {
  const admin = await signIn(url, 'admin', benchAdminPassword);
  const province = await call<{ id: string }>(url, admin, 'POST', '/api/v1/units', {
    code: 'BENCH',
    name: 'Tỉnh Thử Nghiệm',
    type: 'province',
  });
  const commune = await call<{ id: string; code: string; name: string }>(url, admin, 'POST', '/api/v1/units', {
    code: 'BENCH01',
    name: 'Xã Thử Nghiệm',
    type: 'commune',
    parentId: province.id,
  });
  const centre = await call<{ id: string }>(url, admin, 'POST', '/api/v1/units', {
    code: 'BENCH01-TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công xã Thử Nghiệm',
    type: 'service_centre',
    parentId: commune.id,
  });
  const staff = await call<{ id: string }>(url, admin, 'POST', '/api/v1/staff', {
    username: 'motcua.thunghiem',
    fullName: 'Nguyễn Thị Thử',
    password: officerPassword,
    unitId: centre.id,
    roles: [{ role: 'counter_officer', unitId: commune.id }],
  });
  const officer = await signIn(url, 'motcua.thunghiem', officerPassword);
  // A new account changes its temporary password before the server answers anything else.
  await call(
    url,
    officer,
    'POST',
    '/api/v1/auth/password',
    { currentPassword: officerPassword, newPassword: `${officerPassword}-changed` },
    204,
  );
  const procedure = demoProcedures.find((candidate) => candidate.code === INTAKE_PROCEDURE)!;
  const documents = procedure.documents.flatMap((document, index) => (document.isRequired ? [{ index: index + 1, count: 1 }] : []));
  return {
    unit: { id: commune.id, code: commune.code, name: commune.name },
    officer: { ...officer, accountId: staff.id },
    body: (n) => ({
      receivingUnitId: commune.id,
      procedureCode: INTAKE_PROCEDURE,
      applicant: {
        kind: 'person',
        name: `Nguyễn Văn Thử ${n}`,
        citizenId: `001${String(n).padStart(9, '0')}`,
        phone: phoneOf(n),
        address: `Thôn ${1 + (n % 9)}, ${commune.name}`,
      },
      documents,
      setCount: 1,
      delivery: 'counter',
    }),
  };
}

const phoneOf = (n: number) => `09${String((n * 7_919) % 100_000_000).padStart(8, '0')}`;

/** Counter intakes through HTTP, each with its own Idempotency-Key (as the officer app sends); collects the codes for tracking. */
export async function loadIntake(
  url: string,
  setup: IntakeSetup,
  options: { connections: number; duration: number; amount?: number | undefined; firstNumber: number },
) {
  const tracked: TrackedDossier[] = [];
  let n = options.firstNumber;
  const measure = await runLoad({
    url,
    connections: options.connections,
    duration: options.duration,
    amount: options.amount,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/dossiers/counter-intake',
        setupRequest: (request, context) => {
          n += 1;
          const body = setup.body(n);
          (context as { phone?: string }).phone = (body.applicant as { phone: string }).phone;
          return {
            ...request,
            body: JSON.stringify(body),
            headers: {
              cookie: setup.officer.cookie,
              'x-csrf-token': setup.officer.csrfToken,
              'content-type': 'application/json',
              'idempotency-key': `bench-intake-${n}`,
            },
          };
        },
        onResponse: (status, body, context) => {
          if (status !== 201) return;
          const { code } = JSON.parse(body) as { code: string | null };
          if (code) tracked.push({ code, phone: (context as { phone: string }).phone });
        },
      },
    ],
  });
  return { measure, tracked, lastNumber: n };
}

/**
 * The reference: the same rows written with raw SQL on the same database — the unit's code
 * counter, the dossier and its `received` event, one transaction per dossier, as many dossiers
 * as the HTTP run received, from as many concurrent clients as it had connections. No HTTP,
 * session, validation, calendar, tasks, notification, idempotency record or audit row.
 */
export async function rawIntakes(
  database: Database,
  setup: IntakeSetup,
  options: { count: number; concurrency: number; firstNumber: number },
): Promise<LoadMeasure> {
  const calendar = loadCalendar();
  const procedure = demoProcedures.find((candidate) => candidate.code === INTAKE_PROCEDURE)!;
  const documents = procedure.documents.flatMap((document, index) =>
    document.isRequired ? [{ index: index + 1, name: document.name, form: document.form, count: 1, isRequired: true }] : [],
  );
  const latencies: number[] = [];
  let next = 0;
  const insertOne = async (n: number) => {
    const now = new Date();
    const day = todayInVietnam(now);
    const dueAt = new Date(addWorkingDays(calendar, now.getTime(), 1)).toISOString();
    const applicant = (setup.body(n) as { applicant: { name: string; citizenId: string; phone: string } }).applicant;
    const started = performance.now();
    await database.db.transaction(async (tx) => {
      const [counter] = rowsOf<{ last: number }>(
        await tx.execute(sql`insert into dossier_code_counters (prefix, day, last) values (${setup.unit.code}, ${day}, 1)
          on conflict (prefix, day) do update set last = dossier_code_counters.last + 1 returning last`),
      );
      const code = `${setup.unit.code}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(counter!.last).padStart(4, '0')}`;
      const id = crypto.randomUUID();
      await tx.execute(sql`insert into dossiers (id, code, tracking_secret, receiving_unit_id, procedure_code, procedure_version, procedure_name, channel,
          applicant, applicant_name, applicant_id_number, applicant_phone, documents, delivery, status, national_status, submitted_at, received_at,
          due_at, original_due_at, received_by)
        values (${id}, ${code}, ${crypto.randomBytes(12).toString('base64url')}, ${setup.unit.id}, ${INTAKE_PROCEDURE}, 1, ${procedure.name}, 'counter',
          ${JSON.stringify(applicant)}::jsonb, ${applicant.name}, ${applicant.citizenId}, ${applicant.phone}, ${JSON.stringify(documents)}::jsonb, 'counter',
          'processing', 4, ${now.toISOString()}, ${now.toISOString()}, ${dueAt}, ${dueAt}, ${setup.officer.accountId})`);
      await tx.execute(sql`insert into dossier_events (dossier_id, seq, type, at, actor_id, actor_name, data)
        values (${id}, 1, 'received', ${now.toISOString()}, ${setup.officer.accountId}, 'motcua.thunghiem',
          ${JSON.stringify({ code, dueAt, procedureVersion: 1, documents: documents.map((document) => document.index) })}::jsonb)`);
    });
    latencies.push(performance.now() - started);
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.count) {
        next += 1;
        await insertOne(options.firstNumber + next);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
  return {
    ok: options.count,
    failed: 0,
    errors: 0,
    seconds,
    perSecond: options.count / seconds,
    p50: at(0.5),
    p99: at(0.99),
    connections: options.concurrency,
  };
}

/** Whether the unit's codes are gap-free and unique per day (1…n with the counter at n). */
export async function checkCodes(database: Database, unitId: string): Promise<{ codes: number; isGapFree: boolean; problem?: string }> {
  const days = await database.query<{ day: string; n: number; distinct_n: number; top: number; last: number | null }>(
    `SELECT split_part(d.code, '-', 2) AS day, count(*)::int AS n, count(DISTINCT d.code)::int AS distinct_n,
            max(split_part(d.code, '-', 3)::int) AS top,
            max(c.last) AS last
     FROM dossiers d
     LEFT JOIN dossier_code_counters c ON c.prefix = split_part(d.code, '-', 1) AND to_char(c.day, 'YYMMDD') = split_part(d.code, '-', 2)
     WHERE d.receiving_unit_id = $1 AND d.code IS NOT NULL
     GROUP BY 1 ORDER BY 1`,
    [unitId],
  );
  const codes = days.reduce((sum, day) => sum + day.n, 0);
  const bad = days.find((day) => day.n !== day.distinct_n || day.top !== day.n || day.last !== day.n);
  return bad
    ? {
        codes,
        isGapFree: false,
        problem: `day ${bad.day}: ${bad.n} codes, ${bad.distinct_n} distinct, highest ${bad.top}, counter ${bad.last}`,
      }
    : { codes, isGapFree: true };
}
