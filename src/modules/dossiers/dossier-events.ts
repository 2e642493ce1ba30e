import { desc, eq } from 'drizzle-orm';
import type { CommandContext } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { nextStatus, type DossierEventType, type DossierStatus } from './dossier-states.js';
import { DossierError } from './dossiers.errors.js';
import { dossierEvents } from './dossiers.tables.js';

async function lastSeq(tx: Queryable, dossierId: string): Promise<number> {
  const [last] = await tx.select({ seq: dossierEvents.seq }).from(dossierEvents).where(eq(dossierEvents.dossierId, dossierId)).orderBy(desc(dossierEvents.seq)).limit(1);
  return last?.seq ?? 0;
}

/**
 * Appends one event to a dossier's history after checking the transition table; returns the
 * status it leads to. Callers update the dossier's columns to match in the same transaction.
 * An event from no status is a new dossier's first (seq 1; the unique (dossier, seq) key holds).
 */
export async function appendDossierEvent(
  tx: Queryable,
  context: CommandContext,
  input: { dossierId: string; status: DossierStatus | null; type: DossierEventType; at: Date; data: Record<string, unknown> },
): Promise<DossierStatus> {
  const next = nextStatus(input.status, input.type);
  if (next === undefined) {
    throw new DomainError(DossierError.DOSSIER_TRANSITION_NOT_ALLOWED, { status: input.status ?? '—', action: input.type });
  }
  const seq = input.status === null ? 1 : (await lastSeq(tx, input.dossierId)) + 1;
  await tx.insert(dossierEvents).values({
    dossierId: input.dossierId,
    seq,
    type: input.type,
    at: input.at.toISOString(),
    actorId: context.actor.id,
    actorName: context.actor.name,
    data: input.data,
  });
  return next;
}
