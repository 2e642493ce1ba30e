import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../db/types.js';
import { outboxMessages } from './outbox.tables.js';

export type OutboxMessage = {
  channel: 'email' | 'sms';
  recipient: string;
  subject?: string;
  body: string;
  topic: string;
  subjectId?: string;
};

/** Queues messages inside the caller's transaction; the same topic, subject and recipient is queued once. */
export async function enqueueMessages(tx: Queryable, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx
    .insert(outboxMessages)
    .values(
      messages.map((message) => ({
        ...message,
        subject: message.subject ?? null,
        subjectId: message.subjectId ?? null,
        dedupeKey: `${message.topic}:${message.subjectId ?? ''}:${message.channel}:${message.recipient}`,
      })),
    )
    .onConflictDoNothing();
}

export type Transport = (message: typeof outboxMessages.$inferSelect) => Promise<void>;
export type Transports = Partial<Record<'email' | 'sms', Transport>>;

export type DispatchReport = { sent: number; failed: number; retried: number };

/** Retry after 30 s, 1, 2, 4 … minutes, at most 6 hours; give up after `maxAttempts`. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 6 * 3_600_000);
}

/**
 * Sends due messages once each: a batch is claimed (status "sending") in its own short
 * transaction — `FOR UPDATE SKIP LOCKED`, so several processes share the work — then each is
 * sent and its result recorded.
 */
export async function dispatchOutbox(
  db: Db,
  transports: Transports,
  options: { batchSize?: number; maxAttempts?: number; now?: Date } = {},
): Promise<DispatchReport> {
  const channels = Object.keys(transports) as ('email' | 'sms')[];
  const report: DispatchReport = { sent: 0, failed: 0, retried: 0 };
  if (channels.length === 0) return report;
  const now = options.now ?? new Date();
  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.status, 'pending'), lte(outboxMessages.nextAttemptAt, now), inArray(outboxMessages.channel, channels)))
      .orderBy(asc(outboxMessages.nextAttemptAt))
      .limit(options.batchSize ?? 50)
      .for('update', { skipLocked: true });
    if (rows.length > 0) {
      await tx
        .update(outboxMessages)
        .set({ status: 'sending', claimedAt: now, attempts: sql`${outboxMessages.attempts} + 1` })
        .where(
          inArray(
            outboxMessages.id,
            rows.map((row) => row.id),
          ),
        );
    }
    return rows;
  });
  for (const message of claimed) {
    const attempt = message.attempts + 1;
    try {
      await transports[message.channel as 'email' | 'sms']!(message);
      await db.update(outboxMessages).set({ status: 'sent', sentAt: new Date(), lastError: null }).where(eq(outboxMessages.id, message.id));
      report.sent++;
    } catch (error) {
      const isLast = attempt >= (options.maxAttempts ?? 10);
      await db
        .update(outboxMessages)
        .set({
          status: isLast ? 'failed' : 'pending',
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempt)),
          lastError: String((error as Error).message ?? error).slice(0, 500),
        })
        .where(eq(outboxMessages.id, message.id));
      if (isLast) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

/**
 * At start-up: messages left "sending" by a stopped process may or may not have gone out;
 * they are marked uncertain for an administrator rather than sent a second time.
 */
export async function markInterruptedMessages(db: Db): Promise<number> {
  const rows = await db
    .update(outboxMessages)
    .set({ status: 'uncertain' })
    .where(eq(outboxMessages.status, 'sending'))
    .returning({ id: outboxMessages.id });
  return rows.length;
}
