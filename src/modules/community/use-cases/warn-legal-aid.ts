import { and, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.js';
import { enqueueMessages, type OutboxMessage } from '../../../platform/outbox/outbox.js';
import { vietnamClock } from '../../../platform/time/vietnam-time.js';
import { findEmailsOfRoles } from '../../org/index.js';
import { legalAidCases } from '../community.tables.js';
import { legalAidClocks } from '../legal-aid-type.js';

const HOUR = 3_600_000;

/**
 * Before a legal-aid clock lapses (Circular 12/2018/TT-BTP): a case not assigned within a day of its
 * assignment deadline (or past it), or whose proof of eligibility is still owed within two days of
 * its deadline (or past it), is e-mailed once per clock to the unit's leaders and mobilisation
 * officers, with the legal basis — by its code, never the requester.
 */
export async function warnLegalAidClocks(db: Db, options: { publicUrl: string; now?: Date }): Promise<{ warnings: number }> {
  const now = options.now ?? new Date();
  const assignSoon = new Date(now.getTime() + 24 * HOUR).toISOString();
  const proofSoon = new Date(now.getTime() + 48 * HOUR).toISOString();
  const rows = await db
    .select({
      id: legalAidCases.id,
      unitId: legalAidCases.unitId,
      code: legalAidCases.code,
      assignDueAt: legalAidCases.assignDueAt,
      assignedAt: legalAidCases.assignedAt,
      proofDueAt: legalAidCases.proofDueAt,
      proofReceivedAt: legalAidCases.proofReceivedAt,
    })
    .from(legalAidCases)
    .where(
      and(
        inArray(legalAidCases.status, ['accepted', 'in_progress']),
        or(
          and(isNull(legalAidCases.assignedAt), lte(legalAidCases.assignDueAt, assignSoon)),
          and(
            isNull(legalAidCases.proofReceivedAt),
            sql`${legalAidCases.proofDueAt} is not null`,
            lte(legalAidCases.proofDueAt, proofSoon),
          ),
        ),
      ),
    );
  const messages: OutboxMessage[] = [];
  const emails = new Map<string, string[]>();
  for (const row of rows) {
    if (!emails.has(row.unitId)) emails.set(row.unitId, await findEmailsOfRoles(db, row.unitId, ['leader', 'mobilisation_officer']));
    const clocks = [
      ...(row.assignedAt === null && Date.parse(row.assignDueAt) <= Date.parse(assignSoon)
        ? [{ clock: 'assign', what: 'phân công người thực hiện trợ giúp pháp lý', due: row.assignDueAt }]
        : []),
      ...(row.proofReceivedAt === null && row.proofDueAt !== null && Date.parse(row.proofDueAt) <= Date.parse(proofSoon)
        ? [{ clock: 'proof', what: 'nhận giấy tờ chứng minh thuộc diện được trợ giúp pháp lý', due: row.proofDueAt }]
        : []),
    ];
    for (const { clock, what, due } of clocks) {
      const late = Date.parse(due) < now.getTime();
      const body = [
        `Vụ việc trợ giúp pháp lý ${row.code}: hạn ${what} ${late ? 'đã qua' : 'là'} ${vietnamClock(new Date(due).toISOString())}.`,
        `Căn cứ: ${legalAidClocks.legalBasis}.`,
        '',
        `Xem vụ việc: ${options.publicUrl}/app/community/legal-aid/${row.id}`,
      ].join('\n');
      for (const recipient of emails.get(row.unitId)!)
        messages.push({
          channel: 'email',
          recipient,
          subject: `${late ? 'Quá hạn' : 'Sắp đến hạn'}: trợ giúp pháp lý ${row.code}`,
          body,
          topic: 'community.legal_aid_clock',
          subjectId: `${row.id}:${clock}:${late ? 'late' : 'soon'}`,
        });
    }
  }
  await enqueueMessages(db, messages);
  return { warnings: messages.length };
}
