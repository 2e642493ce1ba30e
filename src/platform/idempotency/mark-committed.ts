import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/types.js';
import { idempotencyKeys } from './idempotency.tables.js';

export type IdempotencyClaim = { scope: string; key: string };

/**
 * Marks, inside a command's transaction, that the request holding this key changed something:
 * should the process die before the response is stored, a retry is told so instead of running again.
 */
export async function markIdempotencyCommitted(tx: Queryable, claim: IdempotencyClaim): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ committedAt: sql`now()` })
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
}
