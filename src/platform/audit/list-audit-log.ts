import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { matchesText } from '../db/search.js';
import type { Db } from '../db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../time/vietnam-time.js';
import { auditLog } from './audit.tables.js';

export type AuditLogQuery = {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};

/** A page of the audit log, newest first, filtered by entity, action, actor (without diacritics) and Vietnam dates. */
export async function listAuditLog(db: Db, q: AuditLogQuery) {
  const conditions: (SQL | undefined)[] = [
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    matchesText(auditLog.actorName, q.actor),
    q.from ? gte(auditLog.at, new Date(startOfVietnamDate(q.from)).toISOString()) : undefined,
    q.to ? lt(auditLog.at, new Date(startOfVietnamDate(q.to) + MS_PER_DAY).toISOString()) : undefined,
  ];
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ value: count() }).from(auditLog).where(where),
  ]);
  return {
    items: items.map((row) => ({ ...row, at: new Date(row.at).toISOString() })),
    total: total?.value ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
