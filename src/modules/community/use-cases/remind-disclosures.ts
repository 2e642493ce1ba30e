import type { Db } from '../../../platform/db/types.js';
import { enqueueMessages, type OutboxMessage } from '../../../platform/outbox/outbox.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { findEmailsOfRoles } from '../../org/index.js';
import { disclosureReminders } from '../disclosures.repository.js';
import { disclosureBasis } from '../disclosure-rules.js';

const lines = {
  due_soon: (on: string) => `Hạn công khai: ${on} (5 ngày làm việc kể từ ngày văn bản). Chưa có hình thức công khai nào được ghi.`,
  overdue: (on: string) => `Đã quá hạn công khai từ ${on}. Chưa có hình thức công khai nào được ghi.`,
  posting_day_29: (on: string) =>
    `Ngày ${on} là ngày thứ 29 niêm yết: kiểm tra còn niêm yết, chụp ảnh minh chứng; phải niêm yết ít nhất 30 ngày liên tục.`,
} as const;

/**
 * Before a disclosure window lapses: an item due within 2 days or overdue and not yet out, or a
 * posting at its 29th day ("still posted?"), is e-mailed once to the commune's leaders and
 * mobilisation officers.
 */
export async function remindDisclosures(db: Db, options: { publicUrl: string; now?: Date }): Promise<{ reminders: number }> {
  const today = todayInVietnam(options.now ?? new Date());
  const messages: OutboxMessage[] = [];
  const emails = new Map<string, string[]>();
  for (const reminder of await disclosureReminders(db, undefined, today)) {
    if (reminder.kind === 'loudspeaker_running') continue;
    if (!emails.has(reminder.unitId))
      emails.set(reminder.unitId, await findEmailsOfRoles(db, reminder.unitId, ['leader', 'mobilisation_officer']));
    const body = [
      `Nội dung công khai số ${reminder.item}: ${reminder.title}`,
      lines[reminder.kind](reminder.on),
      `Căn cứ: ${disclosureBasis}.`,
      '',
      `Sổ công khai: ${options.publicUrl}/app/community/disclosures`,
    ].join('\n');
    for (const recipient of emails.get(reminder.unitId)!) {
      messages.push({
        channel: 'email',
        recipient,
        subject: reminder.kind === 'posting_day_29' ? 'Nhắc: kiểm tra niêm yết công khai (ngày thứ 29)' : 'Nhắc: nội dung phải công khai',
        body,
        topic: 'community.disclosure_reminder',
        subjectId: `${reminder.disclosureId}:${reminder.kind}:${reminder.on}`,
      });
    }
  }
  await enqueueMessages(db, messages);
  return { reminders: messages.length };
}
