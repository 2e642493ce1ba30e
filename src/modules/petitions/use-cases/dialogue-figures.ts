import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DialogueFigures } from '../../../contracts/dialogues.js';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate, todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { scopeUnitIds, type FigureScope } from '../../org/index.js';
import { commitmentEvents, commitments, dialogues } from '../dialogues.tables.js';
import { settlementEvents, settlements } from '../settlements.tables.js';

/**
 * Dialogues held in a period at a unit and the units under it — by kind and by host body (seed 000:
 * "24 lượt đối thoại …; Thường trực Huyện ủy đối thoại 4 cuộc"), and those held while settling a
 * petition (seed 004: "7 lượt đối thoại … trong quá trình giải quyết đơn thư"): the dialogues of
 * complaint cases, with the dialogues a settlement recorded on its own — and the commitments made.
 */
export async function dialogueFigures(
  db: Queryable,
  period: FigureScope,
  now: Date = new Date(),
): Promise<z.infer<typeof DialogueFigures>> {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const units = scopeUnitIds(period);
  const held = rowsOf<{ kind: string; host_body: string; linked: boolean }>(
    await db.execute(sql`select ${dialogues.kind} as kind, ${dialogues.hostBody} as host_body, ${dialogues.petitionId} is not null as linked
      from ${dialogues} where ${dialogues.unitId} in (${units}) and ${dialogues.status} = 'held'
      and ${dialogues.heldAt} >= ${start} and ${dialogues.heldAt} < ${end}`),
  );
  const [settlementOnly] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${settlementEvents} e join ${settlements} s on s.id = e.settlement_id
      where s.unit_id in (${units}) and e.type = 'dialogue_held' and e.data->>'attendance' = 'held' and e.data->>'dialogueId' is null
      and e.at >= ${start} and e.at < ${end}`),
  );
  const today = todayInVietnam(now);
  const [made] = rowsOf<{ made: number; done: number; open: number; overdue: number; reopened: number }>(
    await db.execute(sql`select count(*)::int as made,
        count(*) filter (where c.status = 'done')::int as done,
        count(*) filter (where c.status in ('open', 'in_progress'))::int as open,
        count(*) filter (where c.status in ('open', 'in_progress') and c.due_on < ${today})::int as overdue,
        coalesce(sum(c.reopened_count), 0)::int as reopened
      from ${commitments} c where c.unit_id in (${units}) and c.origin = 'dialogue'
      and exists (select 1 from ${commitmentEvents} e where e.commitment_id = c.id and e.type = 'made' and e.at >= ${start} and e.at < ${end})`),
  );
  const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  return {
    unitId: period.unitId,
    from: period.from,
    to: period.to,
    held: held.length,
    byKind: tally(held.map((row) => row.kind)),
    byHostBody: tally(held.map((row) => row.host_body)),
    linkedToPetitions: held.filter((row) => row.linked).length + Number(settlementOnly?.n ?? 0),
    annualConferenceHeld: held.some((row) => row.kind === 'annual_conference'),
    commitments: {
      made: Number(made?.made ?? 0),
      done: Number(made?.done ?? 0),
      open: Number(made?.open ?? 0),
      overdue: Number(made?.overdue ?? 0),
      reopened: Number(made?.reopened ?? 0),
    },
  };
}
