import { and, inArray, isNull, lt } from 'drizzle-orm';
import { runCommand, systemContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { enqueueMessages, type OutboxMessage } from '../../../platform/outbox/outbox.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { advanceCase } from '../../cases/index.js';
import { findEmailsOfRoles } from '../../org/index.js';
import { commitmentStore } from '../commitment-type.js';
import { commitments } from '../dialogues.tables.js';

const system = systemContext('commitment-escalation');

/**
 * Commitments past their due date and not done are escalated once to the owner unit's leaders:
 * the event on the commitment and an e-mail naming what was promised and when (no citizen in it).
 */
export async function escalateOverdueCommitments(db: Db, options: { publicUrl: string; now?: Date }): Promise<{ escalated: number }> {
  const now = options.now ?? new Date();
  const today = todayInVietnam(now);
  const overdue = await db
    .select()
    .from(commitments)
    .where(and(inArray(commitments.status, ['open', 'in_progress']), lt(commitments.dueOn, today), isNull(commitments.escalatedAt)))
    .limit(500);
  for (const row of overdue) {
    const recipients = await findEmailsOfRoles(db, row.ownerUnitId, ['leader']);
    const messages: OutboxMessage[] = recipients.map((recipient) => ({
      channel: 'email',
      recipient,
      subject: 'Cam kết quá hạn chưa thực hiện',
      body: `Cam kết "${row.publicText}" (người phụ trách: ${row.ownerName}) đến hạn ngày ${row.dueOn.split('-').reverse().join('/')} mà chưa hoàn thành.\n\nXem: ${options.publicUrl}/app/commitments`,
      topic: 'commitment.escalated',
      subjectId: row.id,
    }));
    await runCommand(db, system, async (tx, audit) => {
      await advanceCase(tx, audit, system, commitmentStore, {
        caseId: row.id,
        from: { status: row.status, version: row.version },
        event: 'escalated',
        at: now,
        data: { dueOn: row.dueOn },
        audit: { action: 'commitment.escalate' },
        changes: { escalatedAt: now.toISOString() },
      });
      await enqueueMessages(tx, messages);
    });
  }
  return { escalated: overdue.length };
}
