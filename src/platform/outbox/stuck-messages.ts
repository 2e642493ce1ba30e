import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { OutboxMessageView, OutboxQuery } from '../../contracts/operations.js';
import { appendAuditEntries, type CommandContext } from '../audit/audit.js';
import type { Db } from '../db/types.js';
import { DomainError, defineErrors } from '../errors/errors.js';
import { maskRecipient, maskText } from '../operations/mask.js';
import { outboxMessages } from './outbox.tables.js';

export const OutboxError = defineErrors({
  MESSAGE_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy tin nhắn', en: 'Message not found' } },
  MESSAGE_NOT_RETRYABLE: {
    status: 409,
    title: { vi: 'Tin nhắn này không cần gửi lại', en: 'This message needs no retry' },
    detail: {
      vi: 'Chỉ gửi lại tin nhắn đã thất bại hoặc chưa rõ đã gửi hay chưa (trạng thái hiện tại: {status}).',
      en: 'Only a failed message or one of unknown fate is sent again (its status now: {status}).',
    },
  },
});

const filterOf = (query: OutboxQuery): SQL | undefined => {
  const statuses = query.status === 'stuck' ? ['failed', 'uncertain'] : [query.status];
  return and(inArray(outboxMessages.status, statuses), query.channel ? eq(outboxMessages.channel, query.channel) : undefined);
};

/** The messages that did not go out (or wait), newest first, with recipients masked and texts left out. */
export async function listOutboxMessages(db: Db, query: OutboxQuery) {
  const where = filterOf(query);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(outboxMessages)
      .where(where)
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(outboxMessages).where(where),
  ]);
  const items: OutboxMessageView[] = rows.map((row) => ({
    id: row.id,
    channel: row.channel as OutboxMessageView['channel'],
    recipient: maskRecipient(row.recipient),
    topic: row.topic,
    status: row.status as OutboxMessageView['status'],
    attempts: row.attempts,
    lastError: row.lastError === null ? null : maskText(row.lastError),
    createdAt: new Date(row.createdAt).toISOString(),
    nextAttemptAt: new Date(row.nextAttemptAt).toISOString(),
  }));
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/**
 * Sends a failed or uncertain message again at the next dispatch, with a fresh count of attempts.
 * An uncertain message may have gone out already: the SMS gateway receives the same message id
 * (Idempotency-Key) and the email the same Message-ID, so the citizen's side can tell a repeat.
 */
export async function retryOutboxMessage(db: Db, context: CommandContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(outboxMessages).where(eq(outboxMessages.id, id)).for('update');
    if (!row) throw new DomainError(OutboxError.MESSAGE_NOT_FOUND);
    if (row.status !== 'failed' && row.status !== 'uncertain')
      throw new DomainError(OutboxError.MESSAGE_NOT_RETRYABLE, { status: row.status });
    await tx.update(outboxMessages).set({ status: 'pending', attempts: 0, nextAttemptAt: new Date() }).where(eq(outboxMessages.id, id));
    await appendAuditEntries(tx, context, [
      {
        action: 'outbox.retried',
        entity: 'outbox_message',
        entityId: id,
        before: { status: row.status, attempts: row.attempts },
        after: { status: 'pending', attempts: 0 },
      },
    ]);
  });
}
