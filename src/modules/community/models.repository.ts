import { asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Contest, Model, RecognitionLevel } from '../../contracts/mobilisation-models.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { CommunityError } from './community.errors.js';
import { contestEntries, contests, mobilisationModels } from './community.tables.js';

type ModelRow = typeof mobilisationModels.$inferSelect;
const levelOrder: RecognitionLevel[] = ['grassroots', 'district', 'province'];

/** The highest level that recognised a model by a date (all of them without a date). */
export function highestLevel(recognitions: ModelRow['recognitions'], by?: string): RecognitionLevel | null {
  const levels = recognitions.filter((r) => by === undefined || r.on <= by).map((r) => levelOrder.indexOf(r.level));
  return levels.length === 0 ? null : levelOrder[Math.max(...levels)]!;
}

function toModel(row: ModelRow, replications: number): z.infer<typeof Model> {
  return {
    id: row.id,
    unitId: row.unitId,
    name: row.name,
    category: row.category,
    ownerOrganisation: row.ownerOrganisation,
    field: row.field,
    registeredOn: row.registeredOn,
    objectives: row.objectives,
    replicatesId: row.replicatesId,
    status: row.status,
    recognitions: row.recognitions,
    level: highestLevel(row.recognitions),
    replications,
    version: row.version,
  };
}

async function replicationCounts(db: Queryable, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: mobilisationModels.replicatesId, n: count() })
    .from(mobilisationModels)
    .where(inArray(mobilisationModels.replicatesId, ids))
    .groupBy(mobilisationModels.replicatesId);
  return new Map(rows.map((row) => [row.id!, Number(row.n)]));
}

export async function getModelRow(db: Queryable, id: string): Promise<ModelRow> {
  const [row] = await db.select().from(mobilisationModels).where(eq(mobilisationModels.id, id));
  if (!row) throw new DomainError(CommunityError.MODEL_NOT_FOUND);
  return row;
}

export async function getModel(db: Queryable, id: string) {
  const row = await getModelRow(db, id);
  return toModel(row, (await replicationCounts(db, [id])).get(id) ?? 0);
}

export async function selectModels(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mobilisationModels)
      .where(where)
      .orderBy(desc(mobilisationModels.registeredOn), asc(mobilisationModels.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(mobilisationModels).where(where),
  ]);
  const replications = await replicationCounts(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => toModel(row, replications.get(row.id) ?? 0)), total: total?.n ?? 0, ...paging };
}

export async function getContest(db: Queryable, id: string): Promise<z.infer<typeof Contest>> {
  const [row] = await db.select().from(contests).where(eq(contests.id, id));
  if (!row) throw new DomainError(CommunityError.CONTEST_NOT_FOUND);
  const entries = await db
    .select()
    .from(contestEntries)
    .where(eq(contestEntries.contestId, id))
    .orderBy(asc(contestEntries.createdAt), asc(contestEntries.id));
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    organiser: row.organiser,
    rules: row.rules,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    entries: entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      author: entry.author,
      submittedOn: entry.submittedOn,
      score: entry.score,
      prize: entry.prize,
    })),
  };
}
