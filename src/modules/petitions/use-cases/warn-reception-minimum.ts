import { and, gte, ne } from 'drizzle-orm';
import { hostRoleLabels } from '../../../contracts/reception.js';
import type { Db } from '../../../platform/db/types.js';
import { enqueueMessages, type OutboxMessage } from '../../../platform/outbox/outbox.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { findEmailsOfRoles } from '../../org/index.js';
import { receptionSessions } from '../reception.tables.js';
import { receptionCompliance } from './plan-reception.js';

/**
 * Before a host falls below the legal minimum: for each unit and host that received citizens in the
 * last two months, the week or month in hand is checked; when the days held and planned do not
 * reach the minimum, the unit's leaders and reception officers get one e-mail for that period.
 */
export async function warnReceptionMinimum(
  db: Db,
  options: { publicUrl: string; delegatedCounts: boolean; now?: Date },
): Promise<{ warnings: number }> {
  const now = options.now ?? new Date();
  const today = todayInVietnam(now);
  const since = new Date(now.getTime() - 62 * 86_400_000).toISOString().slice(0, 10);
  const hosts = await db
    .selectDistinct({ unitId: receptionSessions.unitId, hostRole: receptionSessions.hostRole })
    .from(receptionSessions)
    .where(and(gte(receptionSessions.date, since), ne(receptionSessions.status, 'cancelled')));
  const messages: OutboxMessage[] = [];
  for (const host of hosts) {
    const [standing] = await receptionCompliance(
      db,
      { unitId: host.unitId, from: today, to: today, hostRole: host.hostRole },
      { delegatedCounts: options.delegatedCounts, now },
    );
    for (const period of standing?.periods ?? []) {
      if (period.state !== 'short') continue;
      const body = [
        `${hostRoleLabels[host.hostRole].vi}: từ ${period.from} đến ${period.to} phải tiếp công dân ít nhất ${period.required} ngày;`,
        `đã tiếp ${period.held} ngày, đã lên lịch thêm ${period.planned} ngày.`,
        `Căn cứ: ${period.ruleBasis}.`,
        '',
        `Lập lịch tiếp: ${options.publicUrl}/app/reception/sessions`,
      ].join('\n');
      for (const recipient of await findEmailsOfRoles(db, host.unitId, ['leader', 'reception_officer'])) {
        messages.push({
          channel: 'email',
          recipient,
          subject: 'Cảnh báo: chưa đủ số ngày tiếp công dân tối thiểu',
          body,
          topic: 'reception.minimum_warning',
          subjectId: `${host.unitId}:${host.hostRole}:${period.from}`,
        });
      }
    }
  }
  await enqueueMessages(db, messages);
  return { warnings: messages.length };
}
