import type { Database } from '../src/platform/db/open-database.js';

/**
 * The bulk path for volume data (benchmarks, load tests): complete dossier rows written by one
 * set-based `INSERT … SELECT generate_series` per batch, not through the intake use case. Every
 * column the statistics read is set in the INSERT itself (received_at, due dates, finished_at,
 * outcome, status, receiving_unit_id), so a row-level trigger on `dossiers` sees finished rows
 * and no later UPDATE is needed.
 *
 * Rows are laid out on a grid: dossier number g (0-based, over the whole generation) lands in
 * slot (g × step) mod S of the S = units × days slots (unit = slot mod units, day = slot div units;
 * the step is coprime with S, so a small generation still spreads over every month) and takes
 * sequence number g div S + 1 there, so the codes `<unit code>-YYMMDD-NNNN` are unique and
 * gap-free per unit and day however the numbers are split into batches.
 */
export type BulkDossierPlan = {
  /** Every dossier number of the generation is in [0, total). */
  total: number;
  units: readonly { id: string; code: string; name: string }[];
  /** Working days in ascending order (ISO dates); receipts fall on the first `receiptDays`, the rest hold later appointments. */
  workingDays: readonly string[];
  receiptDays: number;
  procedures: readonly { code: string; version: number; name: string; workingDays: number; documents: unknown[] }[];
  /** 1,000 indexes (1-based) into `procedures`, repeated by weight: the procedure of a dossier is drawn from it. */
  procedureDraw: readonly number[];
  names: { family: readonly string[]; middle: readonly string[]; given: readonly string[] };
  /** Nothing after this instant has happened yet: later ends leave the dossier open. */
  now: Date;
  /** Varies the tracking secrets between generations. */
  salt: string;
  /** Also write the history: received, then approved (or withdrawn) and returned when they happened. */
  withEvents: boolean;
};

/** Inserts dossiers number `from` to `to - 1` of the plan; returns how many rows were written. */
export async function insertDossierBatch(database: Database, plan: BulkDossierPlan, from: number, to: number): Promise<number> {
  const slots = plan.units.length * plan.receiptDays;
  const { step } = gridStep(slots);
  if (Math.ceil(plan.total / slots) > 9999)
    throw new Error(`more than 9,999 dossiers per unit and day: ${plan.total} over ${slots} unit-days`);
  const params = [
    from,
    to,
    slots,
    plan.units.length,
    plan.units.map((unit) => unit.id),
    plan.units.map((unit) => unit.code),
    plan.units.map((unit) => unit.name),
    plan.workingDays,
    plan.procedures.map((procedure) => procedure.code),
    plan.procedures.map((procedure) => procedure.version),
    plan.procedures.map((procedure) => procedure.name),
    plan.procedures.map((procedure) => procedure.workingDays),
    plan.procedures.map((procedure) => JSON.stringify(procedure.documents)),
    plan.procedureDraw,
    plan.names.family,
    plan.names.middle,
    plan.names.given,
    plan.now.toISOString(),
    plan.salt,
    step,
  ];
  const rows = `
    WITH s AS (
      SELECT g, (g * $20::bigint) % $3 AS slot, g / $3 + 1 AS seq,
             (g * 2654435761) % 4294967291 AS h1, (g * 2246822519) % 4294967279 AS h2, (g * 3266489917) % 4294967231 AS h3
      FROM generate_series($1::bigint, $2::bigint - 1) AS g
    ), t AS (
      SELECT s.*, (slot % $4)::int + 1 AS u, (slot / $4)::int + 1 AS d, ($14::int[])[1 + (h1 % 1000)::int] AS p FROM s
    ), r AS (
      SELECT t.*, ($12::int[])[p] AS limit_days, h3 % 1000 AS fate,
             (($8::date[])[d]::text || ' 07:30:00+07')::timestamptz + make_interval(mins => (h2 % 450)::int) AS received_at,
             (($8::date[])[d + ($12::int[])[p]]::text || ' 17:00:00+07')::timestamptz AS due_at
      FROM t
    ), f AS (
      SELECT r.*,
             CASE
               WHEN fate >= 995 THEN received_at + make_interval(days => 1 + (h1 % 5)::int)
               WHEN fate < 30 THEN (($8::date[])[d + limit_days + 1 + (h2 % 5)::int]::text || ' 09:00:00+07')::timestamptz + make_interval(mins => (h3 % 400)::int)
               WHEN fate < 250 OR limit_days = 0 THEN greatest(received_at + interval '30 minutes', (($8::date[])[d + limit_days]::text || ' 08:00:00+07')::timestamptz + make_interval(mins => (h1 % 480)::int))
               ELSE (($8::date[])[d + (h2 % limit_days)::int]::text || ' 16:30:00+07')::timestamptz - make_interval(mins => (h3 % 60)::int)
             END AS planned_end
      FROM r
    ), z AS (
      SELECT f.*,
             planned_end <= $18::timestamptz AS is_finished,
             planned_end + make_interval(days => (h1 % 3)::int) AS planned_return,
             CASE WHEN fate >= 995 THEN NULL WHEN fate < 30 THEN 'late' WHEN fate < 250 OR limit_days = 0 THEN 'on_time' ELSE 'early' END AS planned_outcome,
             ($15::text[])[1 + (h1 / 1000 % cardinality($15::text[]))::int] || ' ' || ($16::text[])[1 + (h2 / 1000 % cardinality($16::text[]))::int] || ' ' || ($17::text[])[1 + (h3 / 1000 % cardinality($17::text[]))::int] AS person,
             '0' || lpad(((h2 * 7) % 1000000000)::text, 9, '0') AS phone_tail
      FROM f
    )
    SELECT gen_random_uuid() AS id,
           ($6::text[])[u] || '-' || to_char(($8::date[])[d], 'YYMMDD') || '-' || lpad(seq::text, 4, '0') AS code,
           md5($19 || g::text) AS tracking_secret,
           ($5::uuid[])[u] AS receiving_unit_id,
           ($9::text[])[p] AS procedure_code, ($10::int[])[p] AS procedure_version, ($11::text[])[p] AS procedure_name,
           CASE WHEN h3 % 100 < 15 THEN 'online' ELSE 'counter' END AS channel,
           jsonb_build_object('kind', 'person', 'name', person, 'citizenId', '008' || lpad((h1 % 1000000000)::text, 9, '0'), 'phone', '09' || right(phone_tail, 8),
                              'address', 'Thôn ' || (1 + h2 % 12) || ', ' || ($7::text[])[u]) AS applicant,
           person AS applicant_name, '008' || lpad((h1 % 1000000000)::text, 9, '0') AS applicant_id_number, '09' || right(phone_tail, 8) AS applicant_phone,
           ($13::text[])[p]::jsonb AS documents,
           CASE WHEN h2 % 10 = 0 THEN 'post' ELSE 'counter' END AS delivery,
           CASE WHEN NOT is_finished THEN (CASE WHEN fate BETWEEN 250 AND 299 THEN 'supplement_requested' ELSE 'processing' END)
                WHEN fate >= 995 THEN 'withdrawn'
                WHEN planned_return <= $18::timestamptz THEN 'returned' ELSE 'result_ready' END AS status,
           CASE WHEN NOT is_finished THEN (CASE WHEN fate BETWEEN 250 AND 299 THEN 5 ELSE 4 END)
                WHEN fate >= 995 THEN 7
                WHEN planned_return <= $18::timestamptz THEN 10 ELSE 9 END AS national_status,
           CASE WHEN h3 % 100 < 15 THEN received_at - make_interval(mins => (h1 % 900)::int) ELSE received_at END AS submitted_at,
           received_at, due_at, due_at AS original_due_at,
           CASE WHEN is_finished THEN planned_end END AS finished_at,
           CASE WHEN is_finished AND fate < 995 AND planned_return <= $18::timestamptz THEN planned_return END AS returned_at,
           CASE WHEN is_finished THEN planned_outcome END AS outcome,
           CASE WHEN NOT is_finished AND fate BETWEEN 250 AND 299 THEN 1 ELSE 0 END AS supplement_count
    FROM z`;
  const insert = `
    INSERT INTO dossiers (id, code, tracking_secret, receiving_unit_id, procedure_code, procedure_version, procedure_name, channel,
                          applicant, applicant_name, applicant_id_number, applicant_phone, documents, delivery, status, national_status,
                          submitted_at, received_at, due_at, original_due_at, finished_at, returned_at, outcome, supplement_count)
    SELECT id, code, tracking_secret, receiving_unit_id, procedure_code, procedure_version, procedure_name, channel,
           applicant, applicant_name, applicant_id_number, applicant_phone, documents, delivery, status, national_status,
           submitted_at, received_at, due_at, original_due_at, finished_at, returned_at, outcome, supplement_count
    FROM (${rows}) AS generated`;
  if (!plan.withEvents) {
    await database.query(insert, params);
    return to - from;
  }
  await database.query(
    `WITH inserted AS (${insert} RETURNING id, code, status, procedure_version, received_at, due_at, finished_at, returned_at)
     INSERT INTO dossier_events (dossier_id, seq, type, at, actor_name, data)
     SELECT inserted.id, e.seq, e.type, e.at, 'Công chức một cửa', e.data
     FROM inserted
     CROSS JOIN LATERAL (VALUES
       (1, 'received', inserted.received_at, jsonb_build_object('code', inserted.code, 'dueAt', inserted.due_at, 'procedureVersion', inserted.procedure_version)),
       (2, CASE WHEN inserted.status = 'withdrawn' THEN 'withdrawn' ELSE 'approved' END, inserted.finished_at, '{}'::jsonb),
       (3, 'returned', inserted.returned_at, jsonb_build_object('delivery', 'counter'))
     ) AS e(seq, type, at, data)
     WHERE e.at IS NOT NULL`,
    params,
  );
  return to - from;
}

/**
 * Sets the code counters of the plan's unit-days to the last number the grid handed out, so that
 * intakes on those days continue the sequence without a gap or a clash.
 */
export async function setCodeCountersAfterBulk(database: Database, plan: BulkDossierPlan): Promise<void> {
  const slots = plan.units.length * plan.receiptDays;
  const { inverse } = gridStep(slots);
  // Slot s holds the numbers g ≡ s × inverse (mod S): one per full layer, and one more when that residue is below total mod S.
  await database.query(
    `INSERT INTO dossier_code_counters (prefix, day, last)
     SELECT prefix, day, last FROM (
       SELECT ($2::text[])[(slot % $3)::int + 1] AS prefix, ($4::date[])[(slot / $3)::int + 1] AS day,
              $1::bigint / $5 + CASE WHEN (slot * $6::bigint) % $5 < $1::bigint % $5 THEN 1 ELSE 0 END AS last
       FROM generate_series(0, $5 - 1) AS slot
     ) AS counted
     WHERE last > 0
     ON CONFLICT (prefix, day) DO UPDATE SET last = greatest(dossier_code_counters.last, excluded.last)`,
    [plan.total, plan.units.map((unit) => unit.code), plan.units.length, plan.workingDays, slots, inverse],
  );
}

/** A step coprime with the number of slots, near its golden section, and its inverse modulo the slots. */
export function gridStep(slots: number): { step: number; inverse: number } {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let step = Math.max(1, Math.round(slots * 0.6180339887));
  while (gcd(step, slots) !== 1) step += 1;
  // Extended Euclid with BigInt: step × inverse ≡ 1 (mod slots).
  let [oldR, r] = [BigInt(step), BigInt(slots)];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  const m = BigInt(slots);
  return { step: step % slots, inverse: Number(((oldS % m) + m) % m) };
}
