import { and, between, inArray, isNotNull, sql, sum, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { dayNumberToIso, localDayNumberOf, MS_PER_DAY, VIETNAM_OFFSET_MS } from '../../platform/time/vietnam-time.js';
import { dossierDailyCounts, dossierEvents, dossiers, dossierTasks } from './dossiers.tables.js';

/** A period of Vietnam calendar days, both ends included, over a set of receiving units. */
export type UnitPeriod = { unitIds: readonly string[]; from: string; to: string };

export type DossierCounts = { received: number; receivedOnline: number; early: number; onTime: number; late: number };

const vietnamDay = (column: unknown) => sql`vietnam_day(${column})`;

/** Dossiers received, and finished early / on time / late, in the period (from the daily counts). */
export async function sumDossierCounts(db: Queryable, period: UnitPeriod): Promise<DossierCounts> {
  if (period.unitIds.length === 0) return { received: 0, receivedOnline: 0, early: 0, onTime: 0, late: 0 };
  const [row] = await db
    .select({
      received: sum(dossierDailyCounts.received).mapWith(Number),
      receivedOnline: sum(dossierDailyCounts.receivedOnline).mapWith(Number),
      early: sum(dossierDailyCounts.early).mapWith(Number),
      onTime: sum(dossierDailyCounts.onTime).mapWith(Number),
      late: sum(dossierDailyCounts.late).mapWith(Number),
    })
    .from(dossierDailyCounts)
    .where(and(inArray(dossierDailyCounts.unitId, [...period.unitIds]), between(dossierDailyCounts.day, period.from, period.to)));
  return {
    received: row?.received ?? 0,
    receivedOnline: row?.receivedOnline ?? 0,
    early: row?.early ?? 0,
    onTime: row?.onTime ?? 0,
    late: row?.late ?? 0,
  };
}

/** The same counts month by month ("YYYY-MM"), for charts. */
export async function monthlyDossierCounts(db: Queryable, period: UnitPeriod): Promise<(DossierCounts & { month: string })[]> {
  if (period.unitIds.length === 0) return [];
  const month = sql<string>`to_char(${dossierDailyCounts.day}, 'YYYY-MM')`;
  return db
    .select({
      month,
      received: sum(dossierDailyCounts.received).mapWith(Number),
      receivedOnline: sum(dossierDailyCounts.receivedOnline).mapWith(Number),
      early: sum(dossierDailyCounts.early).mapWith(Number),
      onTime: sum(dossierDailyCounts.onTime).mapWith(Number),
      late: sum(dossierDailyCounts.late).mapWith(Number),
    })
    .from(dossierDailyCounts)
    .where(and(inArray(dossierDailyCounts.unitId, [...period.unitIds]), between(dossierDailyCounts.day, period.from, period.to)))
    .groupBy(month)
    .orderBy(month);
}

/**
 * The dossiers unfinished at an instant: received before it, and their processing (ended by an
 * approval, a stop or a withdrawal) ended at or after it or not yet — the instant lies in the
 * interval (received_at, finished_at]. The GiST index of migration 0014 answers it for any instant.
 */
const openAt = (at: SQL) =>
  sql`${dossiers.receivedAt} is not null and (${dossiers.finishedAt} is null or ${dossiers.finishedAt} >= ${dossiers.receivedAt})
    and tstzrange(${dossiers.receivedAt}, ${dossiers.finishedAt}, '(]') @> ${at}`;
/**
 * A dossier whose statutory appointment may differ from its first one: its clock paused (a
 * supplement, a financial obligation), restarted or was extended at some time, or it has no clock
 * and a supplement or pause on record (SQL function of migration 0039, shared with the daily
 * counts' trigger and the partial index that finds them). The others are due at `original_due_at`
 * at any instant.
 */
const hasMovedAppointment = sql`dossier_appointment_moved(${dossiers.supplementCount}, ${dossiers.status}, ${dossiers.clock})`;
const instantsOf = (instants: readonly number[]) =>
  sql`unnest(array[${sql.join(
    instants.map((ms) => sql`${new Date(ms).toISOString()}::timestamptz`),
    sql`, `,
  )}]) as e(at)`;
const inUnits = (unitIds: readonly string[]) =>
  sql`${dossiers.receivingUnitId} in (${sql.join(
    unitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
const epochMs = (column: unknown) => sql`(extract(epoch from ${column}) * 1000)::float8`;

/** Per instant: the unfinished dossiers due at their first appointment, and how many of them were past it. */
export type OpenAtInstant = { atMs: number; open: number; pastFirstAppointment: number };

/**
 * Per instant, the unfinished dossiers whose appointment never moved and how many were past it.
 * At the end of a Vietnam day (every closed period's end) from the daily counts: the sums of
 * `open_from − open_to` and `overdue_from − overdue_to` up to that day (dossiers.tables.ts), a time
 * that follows the units' days, not their dossiers; at any other instant (a period that runs) from
 * the rows, through the GiST index of migration 0014.
 */
export async function countOpenAtFirstAppointment(
  db: Queryable,
  unitIds: readonly string[],
  instants: readonly number[],
): Promise<OpenAtInstant[]> {
  if (unitIds.length === 0 || instants.length === 0) return [];
  const isDayEnd = (ms: number) => (ms + VIETNAM_OFFSET_MS) % MS_PER_DAY === 0;
  const [atDayEnds, atOthers] = await Promise.all([
    countOpenAtDayEnds(db, unitIds, instants.filter(isDayEnd)),
    countOpenAtInstants(
      db,
      unitIds,
      instants.filter((ms) => !isDayEnd(ms)),
    ),
  ]);
  return [...atDayEnds, ...atOthers];
}

async function countOpenAtDayEnds(db: Queryable, unitIds: readonly string[], instants: readonly number[]): Promise<OpenAtInstant[]> {
  if (instants.length === 0) return [];
  // One row: for each instant, the sums over the days up to the one it ends.
  const lastDays = instants.map((ms) => dayNumberToIso(localDayNumberOf(ms) - 1));
  const c = dossierDailyCounts;
  const columns = lastDays.map(
    (day, index) => sql`sum(${c.openFrom} - ${c.openTo}) filter (where ${c.day} <= ${day}) as ${sql.raw(`open_${index}`)},
      sum(${c.overdueFrom} - ${c.overdueTo}) filter (where ${c.day} <= ${day}) as ${sql.raw(`past_${index}`)}`,
  );
  const [row] = rowsOf<Record<string, string | number | null>>(
    await db.execute(sql`select ${sql.join(columns, sql`, `)} from ${c}
      where ${inArray(c.unitId, [...unitIds])} and ${c.day} <= ${lastDays.reduce((a, b) => (a > b ? a : b))}`),
  );
  return instants.map((atMs, index) => ({
    atMs,
    open: Number(row?.[`open_${index}`] ?? 0),
    pastFirstAppointment: Number(row?.[`past_${index}`] ?? 0),
  }));
}

async function countOpenAtInstants(db: Queryable, unitIds: readonly string[], instants: readonly number[]): Promise<OpenAtInstant[]> {
  if (instants.length === 0) return [];
  const rows = rowsOf<{ at_ms: number; open: number; past: number }>(
    await db.execute(sql`select ${epochMs(sql`e.at`)} as at_ms, count(*)::int as open,
        count(*) filter (where ${dossiers.originalDueAt} < e.at)::int as past
      from ${instantsOf(instants)} join ${dossiers} on ${openAt(sql`e.at`)}
      where ${inUnits(unitIds)} and not ${hasMovedAppointment}
      group by e.at`),
  );
  const counted = rows.map((row) => ({ atMs: Number(row.at_ms), open: Number(row.open), pastFirstAppointment: Number(row.past) }));
  // An instant with no unfinished dossier has no row.
  return instants.map((atMs) => counted.find((row) => row.atMs === atMs) ?? { atMs, open: 0, pastFirstAppointment: 0 });
}

/** The pause events of a dossier (supplement or financial obligation), in order: [type, epoch ms]. */
export type PauseEvent = ['supplement_requested' | 'supplement_received' | 'payment_requested' | 'payment_received', number];

/** An unfinished dossier whose appointment moved, with what judging it at an instant needs. */
export type OpenDossierWithPauses = {
  id: string;
  unitId: string;
  receivedMs: number;
  finishedMs: number | null;
  originalDueMs: number | null;
  /** The stored clock (cases module): its history keeps every due instant it led to. */
  clock: unknown;
  pauses: PauseEvent[];
};

/** The dossiers unfinished at one of the instants whose appointment moved at some time (usually a few in a hundred). */
export async function selectOpenWithMovedAppointment(
  db: Queryable,
  unitIds: readonly string[],
  instants: readonly number[],
): Promise<OpenDossierWithPauses[]> {
  if (unitIds.length === 0 || instants.length === 0) return [];
  const rows = rowsOf<{
    id: string;
    unit_id: string;
    received_ms: number;
    finished_ms: number | null;
    original_due_ms: number | null;
    clock: unknown;
    pauses: unknown;
  }>(
    await db.execute(sql`select ${dossiers.id} as id, ${dossiers.receivingUnitId} as unit_id, ${epochMs(dossiers.receivedAt)} as received_ms,
        ${epochMs(dossiers.finishedAt)} as finished_ms, ${epochMs(dossiers.originalDueAt)} as original_due_ms, ${dossiers.clock} as clock,
        (select coalesce(jsonb_agg(jsonb_build_array(ev.type, ${epochMs(sql`ev.at`)}) order by ev.seq), '[]'::jsonb)
          from ${dossierEvents} ev where ev.dossier_id = ${dossiers.id}
            and ev.type in ('supplement_requested', 'supplement_received', 'payment_requested', 'payment_received')) as pauses
      from ${instantsOf(instants)} join ${dossiers} on ${openAt(sql`e.at`)}
      where ${inUnits(unitIds)} and ${hasMovedAppointment}
      group by ${dossiers.id}`),
  );
  const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
  const ms = (value: number | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    receivedMs: Number(row.received_ms),
    finishedMs: ms(row.finished_ms),
    originalDueMs: ms(row.original_due_ms),
    clock: json(row.clock) ?? null,
    pauses: (json(row.pauses) as [PauseEvent[0], number | string][]).map(([type, at]) => [type, Number(at)]),
  }));
}

/** The officer who finished a step of a dossier (handed it on, approved, returned the result), and the step's outcome against its own due time. */
export type StepHandler = { officerId: string; outcome: 'early' | 'on_time' | 'late' | null };

/**
 * What scoring needs of each dossier finished in the period (legal-rules §3.2 indicators 1–4, 7).
 * The worst step outcome, and each handler's step outcome, leave out steps without a time budget
 * (on-the-spot steps): they have no limit to compare with.
 */
export type SettledDossierFacts = {
  id: string;
  receivedBy: string | null;
  procedureCode: string;
  procedureVersion: number;
  channel: string;
  outcome: 'early' | 'on_time' | 'late';
  supplementCount: number;
  worstStepOutcome: 'early' | 'on_time' | 'late' | null;
  /** Every step finished by an officer, in order (a step worked on twice appears twice). */
  stepHandlers: StepHandler[];
};

const outcomes = new Set(['early', 'on_time', 'late']);
type Outcome = 'early' | 'on_time' | 'late';

/** The finished steps as one text ("officer outcome" pairs, "-" for an untimed step), parsed: one subquery per dossier, no JSON to build. */
function parseSteps(text: string | null): { worstStepOutcome: Outcome | null; stepHandlers: StepHandler[] } {
  const stepHandlers: StepHandler[] = [];
  const timed: Outcome[] = [];
  for (const entry of text ? text.split(',') : []) {
    const [officerId = '', outcome = ''] = entry.split(' ');
    const known = outcomes.has(outcome) ? (outcome as Outcome) : null;
    if (known) timed.push(known);
    if (officerId) stepHandlers.push({ officerId, outcome: known });
  }
  const worstStepOutcome = timed.includes('late')
    ? 'late'
    : timed.includes('on_time')
      ? 'on_time'
      : timed.includes('early')
        ? 'early'
        : null;
  return { worstStepOutcome, stepHandlers };
}

export async function selectSettledDossierFacts(db: Queryable, period: UnitPeriod): Promise<SettledDossierFacts[]> {
  if (period.unitIds.length === 0) return [];
  const steps = sql<string | null>`(select string_agg(coalesce(t.finished_by_id::text, '') || ' '
      || case when t.budget_half_hours > 0 then coalesce(t.outcome, '') else '-' end, ',' order by t.finished_at, t.step_index)
    from ${dossierTasks} t where t.dossier_id = "dossiers"."id" and t.status in ('done', 'returned'))`;
  const rows = await db
    .select({
      id: dossiers.id,
      receivedBy: dossiers.receivedBy,
      procedureCode: dossiers.procedureCode,
      procedureVersion: dossiers.procedureVersion,
      channel: dossiers.channel,
      outcome: dossiers.outcome,
      supplementCount: dossiers.supplementCount,
      steps,
    })
    .from(dossiers)
    .where(
      and(
        inArray(dossiers.receivingUnitId, [...period.unitIds]),
        isNotNull(dossiers.finishedAt),
        inArray(dossiers.outcome, ['early', 'on_time', 'late']),
        between(vietnamDay(dossiers.finishedAt), period.from, period.to),
      ),
    );
  return rows.map(({ steps: text, ...row }) => ({
    ...(row as Omit<SettledDossierFacts, 'worstStepOutcome' | 'stepHandlers'>),
    ...parseSteps(text),
  }));
}

/** The units that have received dossiers, most active first (for the public unit chooser). */
export async function selectUnitIdsWithDossiers(db: Queryable, limit = 100): Promise<string[]> {
  const rows = await db
    .select({ unitId: dossierDailyCounts.unitId })
    .from(dossierDailyCounts)
    .groupBy(dossierDailyCounts.unitId)
    .orderBy(sql`sum(${dossierDailyCounts.received}) desc`)
    .limit(limit);
  return rows.map((row) => row.unitId);
}

/** Dossiers whose result was taken to the citizen's home and handed over in the period (seed 004's "trả kết quả … tại nhà"). */
export async function countHomeDeliveries(db: Queryable, period: UnitPeriod): Promise<number> {
  if (period.unitIds.length === 0) return 0;
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${dossiers} where ${inArray(dossiers.receivingUnitId, [...period.unitIds])}
      and ${dossiers.delivery} = 'home' and ${dossiers.returnedAt} is not null
      and ${vietnamDay(dossiers.returnedAt)} between ${period.from} and ${period.to}`),
  );
  return Number(row?.n ?? 0);
}
