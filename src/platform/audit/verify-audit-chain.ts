import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { auditLog } from './audit.tables.js';
import { genesisHash, hashAuditRow } from './audit.js';

export type AuditVerification =
  { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };

/**
 * Walks the log in `seq` order, each row against the head of its lane (audit.ts), and reports the
 * first row whose link or content does not hold: a row changed, removed or moved to another lane
 * breaks its lane's chain there.
 */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<AuditVerification> {
  const heads = new Map<number, string>();
  let lastSeq = 0;
  let rows = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(gt(auditLog.seq, lastSeq)).orderBy(asc(auditLog.seq)).limit(batchSize);
    if (batch.length === 0) return { ok: true, rows };
    for (const row of batch) {
      rows++;
      const prevHash = heads.get(row.lane) ?? genesisHash;
      if (row.prevHash !== prevHash) return { ok: false, rows, brokenAt: row.seq, reason: 'prev_hash_mismatch' };
      const expected = hashAuditRow(prevHash, {
        at: new Date(row.at).toISOString(),
        actorId: row.actorId,
        actorName: row.actorName,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        before: row.before ?? null,
        after: row.after ?? null,
        requestId: row.requestId,
        clientAddress: row.clientAddress,
      });
      if (expected !== row.hash) return { ok: false, rows, brokenAt: row.seq, reason: 'hash_mismatch' };
      heads.set(row.lane, row.hash);
      lastSeq = row.seq;
    }
  }
}
