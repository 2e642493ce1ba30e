import { count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { LegalAidCase } from '../../contracts/legal-aid.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { CommunityError } from './community.errors.js';
import { legalAidCases } from './community.tables.js';
import { qualityOf } from './legal-aid-type.js';

type Row = typeof legalAidCases.$inferSelect;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function toLegalAid(row: Row): z.infer<typeof LegalAidCase> {
  return {
    id: row.id,
    unitId: row.unitId,
    code: row.code,
    acceptedAt: new Date(row.acceptedAt).toISOString(),
    requester: { fullName: row.requester.fullName, address: row.requester.address ?? null },
    group: row.group as z.infer<typeof LegalAidCase>['group'],
    form: row.form as z.infer<typeof LegalAidCase>['form'],
    field: row.field,
    summary: row.summary,
    source: row.source as z.infer<typeof LegalAidCase>['source'],
    sourceId: row.sourceId,
    status: row.status,
    proofDueAt: iso(row.proofDueAt),
    proofReceivedAt: iso(row.proofReceivedAt),
    assignDueAt: new Date(row.assignDueAt).toISOString(),
    assignedAt: iso(row.assignedAt),
    assignee: row.assignee,
    qualityScore: row.qualityScore,
    quality: qualityOf(row.qualityScore),
    immediateGround: row.immediateGround ?? null,
    deadlineOn: row.deadlineOn,
    version: row.version,
  };
}

export async function getLegalAidRow(db: Queryable, id: string): Promise<Row> {
  const [row] = await db.select().from(legalAidCases).where(eq(legalAidCases.id, id));
  if (!row) throw new DomainError(CommunityError.CASE_NOT_FOUND);
  return row;
}

export const getLegalAid = async (db: Queryable, id: string) => toLegalAid(await getLegalAidRow(db, id));

export async function selectLegalAid(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(legalAidCases)
      .where(where)
      .orderBy(desc(legalAidCases.acceptedAt), desc(legalAidCases.code))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(legalAidCases).where(where),
  ]);
  return { items: rows.map(toLegalAid), total: total?.n ?? 0, ...paging };
}
