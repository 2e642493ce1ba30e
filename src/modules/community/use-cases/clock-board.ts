/**
 * Community clocks for the operations dashboard, as of now: legal-aid cases past their assignment
 * or proof deadline, disclosures due within 5 days and overdue without any channel started.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { legalAidCases } from '../community.tables.js';
import { disclosureChannels, disclosures } from '../democracy.tables.js';

export async function communityClockBoard(db: Queryable, units: SQL, now = new Date()) {
  const today = todayInVietnam(now);
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
  const [row] = rowsOf<{ legal_aid: number; due_soon: number; overdue: number }>(
    await db.execute(sql`select
        (select count(*) from ${legalAidCases} c where c.unit_id in (${units}) and c.status not in ('completed', 'stopped')
          and ((c.assigned_at is null and c.assign_due_at < ${now.toISOString()})
            or (c.proof_received_at is null and c.proof_due_at < ${now.toISOString()})))::int as legal_aid,
        (select count(*) from ${disclosures} d where d.unit_id in (${units}) and d.due_on between ${today} and ${soon}
          and not exists (select 1 from ${disclosureChannels} ch where ch.disclosure_id = d.id))::int as due_soon,
        (select count(*) from ${disclosures} d where d.unit_id in (${units}) and d.due_on < ${today}
          and not exists (select 1 from ${disclosureChannels} ch where ch.disclosure_id = d.id))::int as overdue`),
  );
  return {
    legalAidOverdue: Number(row?.legal_aid ?? 0),
    disclosuresDueSoon: Number(row?.due_soon ?? 0),
    disclosuresOverdue: Number(row?.overdue ?? 0),
  };
}
