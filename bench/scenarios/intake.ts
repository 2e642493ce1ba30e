import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { addWorkingDays, loadCalendar } from '../../src/modules/calendar/index.js';
import { demoProcedures } from '../../src/modules/catalog/demo/index.js';
import { todayInVietnam } from '../../src/platform/time/vietnam-time.js';
import type { Database } from '../../src/platform/db/open-database.js';
import { rowsOf } from '../../src/platform/db/types.js';
import { appendAuditEntries } from '../../src/platform/audit/audit.js';
import { runLoad, type LoadMeasure } from '../http/load.js';
import { benchAdminPassword, call, signIn, type Session } from '../http/server.js';

/** The procedure received in the benchmark: birth registration, the most frequent at a commune's counter. */
export const INTAKE_PROCEDURE = '1.001193';
const officerPassword = 'Bench-officer-password-1';

export type IntakeSetup = {
  unit: { id: string; code: string; name: string };
  officer: Session & { accountId: string; username: string };
  body: (n: number) => Record<string, unknown>;
};
export type TrackedDossier = { code: string; phone: string };

/**
 * Through the API, as an administrator would: a province, `units` communes each with its
 * public-service centre, and a counter officer of each signed in (session cookie + CSRF token).
 * The demo catalogue was loaded before the server started (`motcua catalog load-demo`).
 */
export async function setUpIntake(url: string, units = 1): Promise<IntakeSetup[]> {
  const admin = await signIn(url, 'admin', benchAdminPassword);
  const province = await call<{ id: string }>(url, admin, 'POST', '/api/v1/units', {
    code: 'BENCH',
    name: 'Tỉnh Thử Nghiệm',
    type: 'province',
  });
  const setups: IntakeSetup[] = [];
  for (let index = 0; index < units; index += 1) setups.push(await setUpCommune(url, admin, province.id, index));
  return setups;
}

async function setUpCommune(url: string, admin: Session, provinceId: string, index: number): Promise<IntakeSetup> {
  const number = String(index + 1).padStart(2, '0');
  const name = index === 0 ? 'Xã Thử Nghiệm' : `Xã Thử Nghiệm ${index + 1}`;
  const commune = await call<{ id: string; code: string; name: string }>(url, admin, 'POST', '/api/v1/units', {
    code: `BENCH${number}`,
    name,
    type: 'commune',
    parentId: provinceId,
  });
  const centre = await call<{ id: string }>(url, admin, 'POST', '/api/v1/units', {
    code: `BENCH${number}-TTPVHCC`,
    name: `Trung tâm Phục vụ hành chính công ${name.replace(/^Xã /, 'xã ')}`,
    type: 'service_centre',
    parentId: commune.id,
  });
  const username = index === 0 ? 'motcua.thunghiem' : `motcua.thunghiem${number}`;
  const staff = await call<{ id: string }>(url, admin, 'POST', '/api/v1/staff', {
    username,
    fullName: `Nguyễn Thị Thử ${number}`,
    password: officerPassword,
    unitId: centre.id,
    roles: [{ role: 'counter_officer', unitId: commune.id }],
  });
  const officer = await signIn(url, username, officerPassword);
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
    officer: { ...officer, accountId: staff.id, username },
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

/**
 * Counter intakes through HTTP, each with its own Idempotency-Key (as the officer app sends), at
 * the units in turn (each by its own counter officer); collects the codes for tracking.
 */
export async function loadIntake(
  url: string,
  setups: readonly IntakeSetup[],
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
          const setup = setups[n % setups.length]!;
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
 * The reference: the rows the counter intake writes, with raw SQL on the same database, in one
 * transaction per dossier — the unit's code and book counters, the dossier, its `received` event,
 * a task per step of the procedure, the applicant's SMS in the outbox and the audit row on the
 * connection's audit lane (audit.ts's own append) — at the units in turn, as many dossiers as the
 * HTTP run received, from as many concurrent clients as it had connections. No HTTP, session,
 * validation, permission or calendar reads, and no idempotency record.
 */
export async function rawIntakes(
  database: Database,
  setups: readonly IntakeSetup[],
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
    const setup = setups[n % setups.length]!;
    const now = new Date();
    const day = todayInVietnam(now);
    const dueAt = new Date(addWorkingDays(calendar, now.getTime(), 1)).toISOString();
    const applicant = (setup.body(n) as { applicant: { name: string; citizenId: string; phone: string } }).applicant;
    const context = { actor: { id: setup.officer.accountId, name: setup.officer.username } };
    const started = performance.now();
    await database.db.transaction(async (tx) => {
      const [counter] = rowsOf<{ last: number }>(
        await tx.execute(sql`insert into dossier_code_counters (prefix, day, last) values (${setup.unit.code}, ${day}, 1)
          on conflict (prefix, day) do update set last = dossier_code_counters.last + 1 returning last`),
      );
      const [book] = rowsOf<{ last: number }>(
        await tx.execute(sql`insert into dossier_book_counters (unit_id, year, last) values (${setup.unit.id}, ${Number(day.slice(0, 4))}, 1)
          on conflict (unit_id, year) do update set last = dossier_book_counters.last + 1 returning last`),
      );
      const code = `${setup.unit.code}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(counter!.last).padStart(4, '0')}`;
      const id = crypto.randomUUID();
      await tx.execute(sql`insert into dossiers (id, code, tracking_secret, receiving_unit_id, procedure_code, procedure_version, procedure_name, channel,
          applicant, applicant_name, applicant_id_number, applicant_phone, documents, delivery, status, national_status, submitted_at, received_at,
          due_at, original_due_at, received_by, book_year, book_entry)
        values (${id}, ${code}, ${crypto.randomBytes(12).toString('base64url')}, ${setup.unit.id}, ${INTAKE_PROCEDURE}, 1, ${procedure.name}, 'counter',
          ${JSON.stringify(applicant)}::jsonb, ${applicant.name}, ${applicant.citizenId}, ${applicant.phone}, ${JSON.stringify(documents)}::jsonb, 'counter',
          'processing', 4, ${now.toISOString()}, ${now.toISOString()}, ${dueAt}, ${dueAt}, ${setup.officer.accountId}, ${Number(day.slice(0, 4))}, ${book!.last})`);
      const received = { code, dueAt, procedureVersion: 1, documents: documents.map((document) => document.index) };
      await tx.execute(sql`insert into dossier_events (dossier_id, seq, type, at, actor_id, actor_name, data)
        values (${id}, 1, 'received', ${now.toISOString()}, ${setup.officer.accountId}, ${setup.officer.username}, ${JSON.stringify(received)}::jsonb)`);
      await tx.execute(sql`insert into dossier_tasks (dossier_id, step_index, name, unit_id, role, budget_half_hours, status, started_at, due_at)
        values ${sql.join(
          procedure.steps.map(
            (step, index) =>
              sql`(${id}, ${index}, ${step.name}, ${setup.unit.id}, ${step.role}, ${Math.round(step.budgetHours * 2)}, ${index === 0 ? 'active' : 'waiting'},
                ${index === 0 ? now.toISOString() : null}, ${index === 0 ? dueAt : null})`,
          ),
          sql`, `,
        )}`);
      await tx.execute(sql`insert into outbox_messages (channel, recipient, body, topic, subject_id, dedupe_key)
        values ('sms', ${applicant.phone}, ${`Ho so ${code} da duoc tiep nhan, hen tra ket qua ${dueAt.slice(0, 10)}.`}, 'dossier.received', ${id},
          ${`dossier.received:${id}:sms:${applicant.phone}`})`);
      await appendAuditEntries(tx, context, [
        { action: 'dossier.receive_at_counter', entity: 'dossier', entityId: id, after: { status: 'processing', code, dueAt } },
      ]);
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

/** Whether each unit's codes are gap-free and unique per day (1…n with the counter at n). */
export async function checkCodes(
  database: Database,
  unitIds: readonly string[],
): Promise<{ codes: number; isGapFree: boolean; problem?: string }> {
  const days = await database.query<{ prefix: string; day: string; n: number; distinct_n: number; top: number; last: number | null }>(
    `SELECT split_part(d.code, '-', 1) AS prefix, split_part(d.code, '-', 2) AS day, count(*)::int AS n,
            count(DISTINCT d.code)::int AS distinct_n, max(split_part(d.code, '-', 3)::int) AS top, max(c.last) AS last
     FROM dossiers d
     LEFT JOIN dossier_code_counters c ON c.prefix = split_part(d.code, '-', 1) AND to_char(c.day, 'YYMMDD') = split_part(d.code, '-', 2)
     WHERE d.receiving_unit_id = ANY($1::uuid[]) AND d.code IS NOT NULL
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [unitIds],
  );
  const codes = days.reduce((sum, day) => sum + day.n, 0);
  const bad = days.find((day) => day.n !== day.distinct_n || day.top !== day.n || day.last !== day.n);
  return bad
    ? {
        codes,
        isGapFree: false,
        problem: `${bad.prefix} day ${bad.day}: ${bad.n} codes, ${bad.distinct_n} distinct, highest ${bad.top}, counter ${bad.last}`,
      }
    : { codes, isGapFree: true };
}
