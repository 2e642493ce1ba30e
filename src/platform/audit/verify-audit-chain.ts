import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/types.js';
import { auditLog } from './audit.tables.js';
import { genesisHash, hashAuditRow } from './audit.js';

export type AuditVerification =
  { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };

/** Walks the chain in order and reports the first row whose link or content does not hold. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<AuditVerification> {
  let prevHash = genesisHash;
  let lastSeq = 0;
  let rows = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(gt(auditLog.seq, lastSeq)).orderBy(asc(auditLog.seq)).limit(batchSize);
    if (batch.length === 0) return { ok: true, rows };
    for (const row of batch) {
      rows++;
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
      prevHash = row.hash;
      lastSeq = row.seq;
    }
  }
}
