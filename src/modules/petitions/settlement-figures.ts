/**
 * A unit's settlement figures for a period, with the units under it, as of the period's end
 * (KQGQ01's families): settlements carried over and accepted, decided (on time or late, by result),
 * terminated, still pending, and the remedies the decisions ordered. Counted from the events, so a
 * closed period's figures stay as they were.
 */
import { sql } from 'drizzle-orm';
import type { SettlementFigures } from '../../contracts/settlements.js';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../platform/time/vietnam-time.js';
import { scopeUnitIds, type FigureScope } from '../org/index.js';
import { settlementEvents, settlements } from './settlements.tables.js';

type Row = Record<
  | 'carried_over'
  | 'accepted'
  | 'decided'
  | 'on_time'
  | 'right'
  | 'partly_right'
  | 'wrong'
  | 'answered'
  | 'terminated'
  | 'money_to_state'
  | 'money_to_citizens'
  | 'land_m2'
  | 'persons_disciplined'
  | 'persons_to_investigation',
  string | number | null
>;

export async function settlementFigures(db: Queryable, period: FigureScope): Promise<SettlementFigures> {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const e = settlementEvents;
  const [row] = rowsOf<Row>(
    await db.execute(sql`
      with considered as (
        select s.id, s.accepted_at,
          (select ${e.data} from ${e} where ${e.caseId} = s.id and ${e.type} = 'decided' and ${e.at} < ${end} limit 1) as decision,
          exists (select 1 from ${e} where ${e.caseId} = s.id and ${e.type} = 'terminated' and ${e.at} < ${end}) as is_terminated
        from ${settlements} s
        where s.unit_id in (${scopeUnitIds(period)}) and s.accepted_at < ${end}
          and not exists (select 1 from ${e} where ${e.caseId} = s.id and ${e.type} in ('decided', 'terminated') and ${e.at} < ${start})
      )
      select
        count(*) filter (where accepted_at < ${start}) as carried_over,
        count(*) filter (where accepted_at >= ${start}) as accepted,
        count(decision) as decided,
        count(*) filter (where (decision->>'isOnTime')::boolean) as on_time,
        count(*) filter (where decision->>'result' = 'right') as right,
        count(*) filter (where decision->>'result' = 'partly_right') as partly_right,
        count(*) filter (where decision->>'result' = 'wrong') as wrong,
        count(*) filter (where decision->>'result' = 'answered') as answered,
        count(*) filter (where is_terminated) as terminated,
        coalesce(sum((decision->'remedies'->>'moneyToStateMillion')::numeric), 0) as money_to_state,
        coalesce(sum((decision->'remedies'->>'moneyToCitizensMillion')::numeric), 0) as money_to_citizens,
        coalesce(sum((decision->'remedies'->>'landM2')::numeric), 0) as land_m2,
        coalesce(sum((decision->'remedies'->>'personsDisciplined')::int), 0) as persons_disciplined,
        coalesce(sum((decision->'remedies'->>'personsToInvestigation')::int), 0) as persons_to_investigation
      from considered`),
  );
  const n = (key: keyof Row) => Number(row?.[key] ?? 0);
  const decided = n('decided');
  const total = n('carried_over') + n('accepted');
  return {
    carriedOver: n('carried_over'),
    accepted: n('accepted'),
    total,
    decided,
    onTime: n('on_time'),
    late: decided - n('on_time'),
    terminated: n('terminated'),
    pending: total - decided - n('terminated'),
    byResult: { right: n('right'), partly_right: n('partly_right'), wrong: n('wrong'), answered: n('answered') },
    remedies: {
      moneyToStateMillion: n('money_to_state'),
      moneyToCitizensMillion: n('money_to_citizens'),
      landM2: n('land_m2'),
      personsDisciplined: n('persons_disciplined'),
      personsToInvestigation: n('persons_to_investigation'),
    },
  };
}
