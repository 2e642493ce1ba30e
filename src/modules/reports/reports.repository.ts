import { and, count, desc, eq, gte, isNull, lte, type SQL } from 'drizzle-orm';
import type { Declaration } from '../../contracts/report-runs.js';
import type { ReportRun, ReportRunSummary } from '../../contracts/report-documents.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { findUnitNames } from '../org/index.js';
import { ReportError } from './reports.errors.js';
import { reportDeclarations, reportRuns } from './reports.tables.js';

export type RunRow = typeof reportRuns.$inferSelect;

const toDeclaration = (row: typeof reportDeclarations.$inferSelect): Declaration => ({
  id: row.id,
  unitId: row.unitId,
  kind: row.kind,
  figureId: row.figureId,
  label: row.label,
  value: row.value,
  denominator: row.denominator,
  unitWord: row.unitWord,
  from: row.periodFrom,
  to: row.periodTo,
  source: row.source,
  declaredBy: row.declaredBy,
  declaredAt: new Date(Date.parse(row.declaredAt)).toISOString(),
});

/** The figures a unit declared for periods inside `from`–`to`, not withdrawn. */
export async function listDeclarations(db: Queryable, query: { unitId: string; from: string; to: string }): Promise<Declaration[]> {
  const rows = await db
    .select()
    .from(reportDeclarations)
    .where(
      and(
        eq(reportDeclarations.unitId, query.unitId),
        gte(reportDeclarations.periodFrom, query.from),
        lte(reportDeclarations.periodTo, query.to),
        isNull(reportDeclarations.withdrawnAt),
      ),
    )
    .orderBy(reportDeclarations.kind, reportDeclarations.periodFrom, reportDeclarations.declaredAt);
  return rows.map(toDeclaration);
}

export async function getDeclarationRow(db: Queryable, id: string) {
  const [row] = await db.select().from(reportDeclarations).where(eq(reportDeclarations.id, id));
  if (!row || row.withdrawnAt) throw new DomainError(ReportError.DECLARATION_NOT_FOUND);
  return row;
}

export async function getDeclaration(db: Queryable, id: string): Promise<Declaration> {
  return toDeclaration(await getDeclarationRow(db, id));
}

export async function getRunRow(db: Queryable, id: string): Promise<RunRow> {
  const [row] = await db.select().from(reportRuns).where(eq(reportRuns.id, id));
  if (!row) throw new DomainError(ReportError.RUN_NOT_FOUND);
  return row;
}

const iso = (value: string | null) => (value === null ? null : new Date(Date.parse(value)).toISOString());

export function summaryOf(row: RunRow, unitName: string): ReportRunSummary {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    kind: row.kind,
    period: row.period,
    status: row.status,
    number: row.number,
    createdAt: iso(row.createdAt) ?? '',
    signedAt: iso(row.signedAt),
    sentAt: iso(row.sentAt),
    version: row.version,
  };
}

export function runOf(row: RunRow, unitName: string, content: ReportRun['content']): ReportRun {
  return {
    ...summaryOf(row, unitName),
    signerTitle: row.signerTitle,
    signerName: row.signerName,
    recipients: row.recipients,
    freeText: row.freeText,
    signedBy: row.signedBy,
    sentTo: row.sentTo,
    content,
  };
}

/** Runs of the units in reach, newest first, a page at a time. */
export async function listRuns(
  db: Queryable,
  query: { scope: SQL; unitId?: string | undefined; status?: RunRow['status'] | undefined; page: number; pageSize: number },
): Promise<{ items: ReportRunSummary[]; total: number }> {
  const where = and(
    query.scope,
    query.unitId ? eq(reportRuns.unitId, query.unitId) : undefined,
    query.status ? eq(reportRuns.status, query.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(reportRuns)
      .where(where)
      .orderBy(desc(reportRuns.createdAt), desc(reportRuns.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(reportRuns).where(where),
  ]);
  const names = await findUnitNames(
    db,
    rows.map((row) => row.unitId),
  );
  return { items: rows.map((row) => summaryOf(row, names.get(row.unitId) ?? '')), total: total?.n ?? 0 };
}
