import { and, desc, eq, sql } from 'drizzle-orm';
import { newWorkbook } from '../../../platform/documents/workbook.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { rowsOf, type Db, type Queryable } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { subtreeUnitIds } from '../../org/index.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { petitionSyncBatches, petitionSyncState, petitions } from '../petitions.tables.js';
import { settlements } from '../settlements.tables.js';

type Deps = { db: Db; access: AccessPolicy };
const MAX_BATCH = 5000;

/**
 * The record sent for a petition: what the national database counts (book number, dates, kind,
 * field, eligibility, competence, outcome, settlement and result). No petitioner ever; a protected
 * petition's content stays out too (it may name its writer).
 */
const recordColumns = sql`
  json_build_object(
    'unitCode', u.code, 'year', p.year, 'bookNo', p.book_no, 'receivedAt', p.received_at, 'channel', p.channel, 'kind', p.kind,
    'content', case when p.identity_protected or p.kind in ('denunciation', 'mixed') then null else p.content_summary end,
    'field', p.field, 'isEligible', p.is_eligible, 'isSkippedLevel', p.is_skipped_level, 'isAnonymous', p.is_anonymous,
    'signerCount', p.signer_count, 'competence', p.classification->'competence'->>'scope',
    'settlementStatus', p.classification->>'settlementStatus', 'status', p.status, 'outcomeTo', p.outcome_to,
    'handledAt', p.handled_at, 'isRepeat', p.duplicate_of is not null,
    'settlementKind', s.kind, 'settlementState', s.status, 'acceptedAt', s.accepted_at, 'dueAt', s.due_at,
    'decidedAt', s.decided_at, 'result', s.result, 'isOnTime', s.is_on_time
  )`;

/** Never exported, or changed since: a record's stamp is the versions of the petition and of its settlement. */
const pendingWhere = (unitId: string) => sql`
  p.unit_id in (${subtreeUnitIds(unitId)})
  and (ss.petition_id is null or ss.stamp <> (p.version::text || ':' || coalesce(s.version, 0)::text))`;

const fromRecords = sql`
  from ${petitions} p
  join units u on u.id = p.unit_id
  left join ${settlements} s on s.petition_id = p.id
  left join ${petitionSyncState} ss on ss.petition_id = p.id`;

export async function syncOverview(deps: Deps, principal: Principal, unitId: string) {
  await deps.access.require(principal, PetitionPermission['petitions.read'], unitId);
  const [counts] = rowsOf<{ pending: number; exported: number; acknowledged: number }>(
    await deps.db.execute(sql`
      select count(*) filter (where ${pendingWhere(unitId)})::int as pending,
        count(*) filter (where not (${pendingWhere(unitId)}) and ss.state = 'exported')::int as exported,
        count(*) filter (where not (${pendingWhere(unitId)}) and ss.state = 'acknowledged')::int as acknowledged
      ${fromRecords}
      where p.unit_id in (${subtreeUnitIds(unitId)})`),
  );
  const batches = await deps.db
    .select()
    .from(petitionSyncBatches)
    .where(eq(petitionSyncBatches.unitId, unitId))
    .orderBy(desc(petitionSyncBatches.createdAt))
    .limit(20);
  return {
    unitId,
    pending: counts?.pending ?? 0,
    exported: counts?.exported ?? 0,
    acknowledged: counts?.acknowledged ?? 0,
    batches: batches.map(presentBatch),
  };
}

const presentBatch = (row: typeof petitionSyncBatches.$inferSelect) => ({
  id: row.id,
  unitId: row.unitId,
  createdAt: new Date(row.createdAt).toISOString(),
  createdBy: row.createdBy,
  count: row.count,
  acknowledgedAt: row.acknowledgedAt ? new Date(row.acknowledgedAt).toISOString() : null,
});

/** Exports the pending records of a unit (and the units under it) as one batch; each record's state becomes "exported". */
export async function exportSyncBatch(deps: Deps, principal: Principal, context: CommandContext, unitId: string, now: Date = new Date()) {
  await deps.access.require(principal, PetitionPermission['petitions.process'], unitId);
  return runCommand(deps.db, context, async (tx, audit) => {
    const rows = rowsOf<{ petition_id: string; stamp: string; record: Record<string, unknown> }>(
      await tx.execute(sql`
        select p.id as petition_id, p.version::text || ':' || coalesce(s.version, 0)::text as stamp, ${recordColumns} as record
        ${fromRecords}
        where ${pendingWhere(unitId)}
        order by p.received_at, p.book_no
        limit ${MAX_BATCH}
        for update of p`),
    );
    if (rows.length === 0) throw new DomainError(PetitionError.SYNC_NOTHING_PENDING);
    const [batch] = await tx
      .insert(petitionSyncBatches)
      .values({
        unitId,
        createdAt: now.toISOString(),
        createdBy: context.actor.name,
        count: rows.length,
        records: rows.map((row) => row.record),
      })
      .returning();
    for (const row of rows) {
      const state = {
        stamp: row.stamp,
        batchId: batch!.id,
        state: 'exported' as const,
        exportedAt: now.toISOString(),
        acknowledgedAt: null,
      };
      await tx
        .insert(petitionSyncState)
        .values({ petitionId: row.petition_id, ...state })
        .onConflictDoUpdate({ target: petitionSyncState.petitionId, set: state });
    }
    audit.record({
      action: 'petition.sync_export',
      entity: 'petition_sync_batch',
      entityId: batch!.id,
      after: { unitId, count: rows.length },
    });
    return presentBatch(batch!);
  });
}

async function getBatch(db: Queryable, id: string) {
  const [batch] = await db.select().from(petitionSyncBatches).where(eq(petitionSyncBatches.id, id));
  if (!batch) throw new DomainError(PlatformError.NOT_FOUND);
  return batch;
}

/** The national database took the batch in: its records that did not change since become "acknowledged". */
export async function acknowledgeSyncBatch(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  batchId: string,
  now: Date = new Date(),
) {
  const batch = await getBatch(deps.db, batchId);
  await deps.access.require(principal, PetitionPermission['petitions.process'], batch.unitId);
  return runCommand(deps.db, context, async (tx, audit) => {
    const [updated] = await tx
      .update(petitionSyncBatches)
      .set({ acknowledgedAt: now.toISOString() })
      .where(and(eq(petitionSyncBatches.id, batch.id), sql`${petitionSyncBatches.acknowledgedAt} is null`))
      .returning();
    if (!updated) throw new DomainError(PetitionError.SYNC_ALREADY_ACKNOWLEDGED);
    await tx
      .update(petitionSyncState)
      .set({ state: 'acknowledged', acknowledgedAt: now.toISOString() })
      .where(eq(petitionSyncState.batchId, batch.id));
    audit.record({ action: 'petition.sync_acknowledge', entity: 'petition_sync_batch', entityId: batch.id, after: { count: batch.count } });
    return presentBatch(updated);
  });
}

const columns = [
  'unitCode',
  'year',
  'bookNo',
  'receivedAt',
  'channel',
  'kind',
  'content',
  'field',
  'isEligible',
  'isSkippedLevel',
  'isAnonymous',
  'signerCount',
  'competence',
  'settlementStatus',
  'status',
  'outcomeTo',
  'handledAt',
  'isRepeat',
  'settlementKind',
  'settlementState',
  'acceptedAt',
  'dueAt',
  'decidedAt',
  'result',
  'isOnTime',
];

/** A batch's file: JSON (the records as exported) or XLSX (one row per record, the same columns). */
export async function syncBatchFile(deps: Deps, principal: Principal, batchId: string, format: 'json' | 'xlsx') {
  const batch = await getBatch(deps.db, batchId);
  await deps.access.require(principal, PetitionPermission['petitions.read'], batch.unitId);
  const name = `don-thu-dong-bo-${batch.createdAt.slice(0, 10)}-${batch.id.slice(0, 8)}`;
  if (format === 'json') {
    const body = Buffer.from(
      JSON.stringify({ batchId: batch.id, createdAt: presentBatch(batch).createdAt, records: batch.records }, null, 2),
    );
    return { body, filename: `${name}.json`, contentType: 'application/json; charset=utf-8' };
  }
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Don thu');
  sheet.addRow(columns).font = { bold: true };
  for (const record of batch.records) sheet.addRow(columns.map((column) => (record[column] as string | number | boolean | null) ?? null));
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
