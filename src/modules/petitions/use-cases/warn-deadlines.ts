import { and, isNull, lte, sql } from 'drizzle-orm';
import type { PetitionKind } from '../../../contracts/petitions.js';
import type { Db } from '../../../platform/db/types.js';
import { enqueueMessages, type OutboxMessage } from '../../../platform/outbox/outbox.js';
import { todayInVietnam, vietnamClock } from '../../../platform/time/vietnam-time.js';
import { addWorkingDays, calendarFor } from '../../calendar/index.js';
import { findEmailsOfRoles } from '../../org/index.js';
import { petitions } from '../petitions.tables.js';
import { settlements } from '../settlements.tables.js';
import { findClockRule, type ClockRuleKey } from '../clock-rules.js';

const kindWords: Record<PetitionKind, string> = {
  complaint: 'khiếu nại',
  denunciation: 'tố cáo',
  recommendation: 'kiến nghị',
  reflection: 'phản ánh',
  mixed: 'nhiều nội dung',
};
type Due = {
  unitId: string;
  year: number;
  bookNo: number;
  kind: PetitionKind;
  dueAt: string;
  step: 'xử lý đơn' | 'giải quyết';
  clockRule: ClockRuleKey | null;
  since: string;
};

/** The legal basis of the clock a due date comes from, in the rule set of the day the petition was received. */
function basisOf(due: Due): string {
  const rule = due.clockRule ? findClockRule(due.clockRule, todayInVietnam(new Date(due.since))) : undefined;
  return rule ? ` (căn cứ: ${rule.legalBasis})` : '';
}

/**
 * Warns the officers who handle petitions at each unit (reception officers and leaders with an
 * e-mail) of what falls due within `withinWorkingDays` working days, and of what is overdue: the
 * petitions not handled yet and the settlements not decided. One e-mail a day per officer and unit
 * (the outbox keeps it once); it names book numbers, kinds and due dates — never a petitioner, nor
 * the content.
 */
export async function queueDeadlineWarnings(
  db: Db,
  options: { withinWorkingDays: number; publicUrl: string },
  now: Date = new Date(),
): Promise<{ units: number; messages: number }> {
  const calendar = await calendarFor(db);
  const limit = new Date(addWorkingDays(calendar, now.getTime(), options.withinWorkingDays)).toISOString();
  const open: Due[] = [
    ...(
      await db
        .select({
          unitId: petitions.unitId,
          year: petitions.year,
          bookNo: petitions.bookNo,
          kind: petitions.kind,
          dueAt: petitions.dueAt,
          clockRule: petitions.clockRule,
          since: petitions.receivedAt,
        })
        .from(petitions)
        .where(and(isNull(petitions.handledAt), sql`${petitions.dueAt} is not null`, lte(petitions.dueAt, limit)))
    ).map((row) => ({ ...row, dueAt: row.dueAt!, step: 'xử lý đơn' as const })),
    ...(
      await db
        .select({
          unitId: settlements.unitId,
          year: petitions.year,
          bookNo: petitions.bookNo,
          kind: petitions.kind,
          dueAt: settlements.dueAt,
          clockRule: settlements.clockRule,
          since: petitions.receivedAt,
        })
        .from(settlements)
        .innerJoin(petitions, sql`${petitions.id} = ${settlements.petitionId}`)
        .where(and(isNull(settlements.closedAt), sql`${settlements.dueAt} is not null`, lte(settlements.dueAt, limit)))
    ).map((row) => ({ ...row, dueAt: row.dueAt!, step: 'giải quyết' as const })),
  ];
  const byUnit = new Map<string, Due[]>();
  for (const due of open) byUnit.set(due.unitId, [...(byUnit.get(due.unitId) ?? []), due]);
  const today = todayInVietnam(now);
  const messages: OutboxMessage[] = [];
  for (const [unitId, dues] of byUnit) {
    const sorted = [...dues].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    const overdue = sorted.filter((due) => Date.parse(due.dueAt) < now.getTime()).length;
    const lines = sorted.map(
      (due) =>
        `- Đơn ${kindWords[due.kind]} số ${due.bookNo}/${due.year} (${due.step}): hạn ${vietnamClock(new Date(due.dueAt).toISOString())}${Date.parse(due.dueAt) < now.getTime() ? ' — QUÁ HẠN' : ''}${basisOf(due)}`,
    );
    const body = [
      `Đơn thư đến hạn trong ${options.withinWorkingDays} ngày làm việc tới${overdue > 0 ? ` và ${overdue} đơn đã quá hạn` : ''}:`,
      ...lines,
      '',
      `Xem danh sách: ${options.publicUrl}/app/petitions`,
    ].join('\n');
    for (const recipient of await findEmailsOfRoles(db, unitId, ['reception_officer', 'leader']))
      messages.push({
        channel: 'email',
        recipient,
        subject: `Cảnh báo thời hạn: ${sorted.length} đơn thư${overdue > 0 ? `, ${overdue} quá hạn` : ''}`,
        body,
        topic: 'petition.deadline_warning',
        subjectId: `${unitId}:${today}`,
      });
  }
  await enqueueMessages(db, messages);
  return { units: byUnit.size, messages: messages.length };
}
