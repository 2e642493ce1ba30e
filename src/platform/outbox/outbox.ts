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

/** deferred: not tried this round because their channel had just failed. */
export type DispatchReport = { sent: number; failed: number; retried: number; deferred: number };

/** Retry after 30 s, 1, 2, 4 … minutes, at most 6 hours; give up after `maxAttempts`. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 6 * 3_600_000);
}

export type DispatchOptions = {
  batchSize?: number;
  maxAttempts?: number;
  now?: Date;
  /** Told of every send attempt and whether the transport accepted the message (the metrics count them). */
  onAttempt?: (channel: string, isSent: boolean) => void;
};

/**
 * Sends due messages once each: a batch is claimed (status "sending") in its own short
 * transaction — `FOR UPDATE SKIP LOCKED`, so several processes share the work — then each is
 * sent and its result recorded.
 */
export async function dispatchOutbox(db: Db, transports: Transports, options: DispatchOptions = {}): Promise<DispatchReport> {
  const channels = Object.keys(transports) as ('email' | 'sms')[];
  const report: DispatchReport = { sent: 0, failed: 0, retried: 0, deferred: 0 };
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
  // Channels are sent side by side: a gateway that hangs does not hold the email back.
  await Promise.all(
    channels.map((channel) => {
      const messages = claimed.filter((message) => message.channel === channel);
      return messages.length > 0 ? sendChannel(db, transports[channel]!, messages, now, options, report) : undefined;
    }),
  );
  return report;
}

/**
 * Sends one channel's share of a batch in order. After a failure the channel is taken as down for
 * this round: the rest of its messages go back to the queue untried (their attempt not counted),
 * due with the failed one, so a dead gateway costs one timeout per round, not one per message.
 */
async function sendChannel(
  db: Db,
  transport: Transport,
  messages: (typeof outboxMessages.$inferSelect)[],
  now: Date,
  options: DispatchOptions,
  report: DispatchReport,
): Promise<void> {
  for (const [index, message] of messages.entries()) {
    const attempt = message.attempts + 1;
    let isSent = false;
    try {
      await transport(message);
      isSent = true;
      options.onAttempt?.(message.channel, true);
      await db.update(outboxMessages).set({ status: 'sent', sentAt: new Date(), lastError: null }).where(eq(outboxMessages.id, message.id));
      report.sent++;
    } catch (error) {
      const lastError = String((error as Error).message ?? error).slice(0, 500);
      if (isSent) {
        // Sent, but not recorded: never sent again automatically.
        await db.update(outboxMessages).set({ status: 'uncertain', lastError }).where(eq(outboxMessages.id, message.id));
        continue;
      }
      options.onAttempt?.(message.channel, false);
      const isLast = attempt >= (options.maxAttempts ?? 10);
      const nextAttemptAt = new Date(now.getTime() + backoffMs(attempt));
      await db
        .update(outboxMessages)
        .set({ status: isLast ? 'failed' : 'pending', nextAttemptAt, lastError })
        .where(eq(outboxMessages.id, message.id));
      if (isLast) report.failed++;
      else report.retried++;
      const untried = messages.slice(index + 1).map((rest) => rest.id);
      if (untried.length > 0) {
        await db
          .update(outboxMessages)
          .set({ status: 'pending', attempts: sql`${outboxMessages.attempts} - 1`, nextAttemptAt, claimedAt: null })
          .where(inArray(outboxMessages.id, untried));
        report.deferred += untried.length;
      }
      return;
    }
  }
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
