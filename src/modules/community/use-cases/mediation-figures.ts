import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { MediationFigures } from '../../../contracts/community.js';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../../platform/time/vietnam-time.js';
import { scopeUnitIds, type FigureScope } from '../../org/index.js';
import { mediationCaseEvents, mediationCases, mediationTeams, mediators } from '../community.tables.js';

/** "81,4%": one decimal, a Vietnamese decimal comma. */
export function formatRate(part: number, whole: number): string | null {
  if (whole === 0) return null;
  return `${(Math.round((part * 1000) / whole) / 10).toFixed(1).replace('.', ',')}%`;
}

/**
 * A unit's grassroots mediation for a period (with the villages under it): teams and serving
 * mediators (by sex and ethnicity) at the period's end; cases received in the period and what
 * became of them by its end — success, failure, stopped, still in progress, referred out of scope —
 * and the success rate of those mediated (seed 004: 96 of 118, printed 81,4%).
 */
export async function mediationFigures(db: Queryable, period: FigureScope): Promise<z.infer<typeof MediationFigures>> {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const units = scopeUnitIds(period);
  const [people] = rowsOf<{ teams: number; mediators: number; women: number; minority: number }>(
    await db.execute(sql`select
        (select count(*)::int from ${mediationTeams} t where t.unit_id in (${units}) and t.established_on <= ${period.to}) as teams,
        count(m.id)::int as mediators,
        count(m.id) filter (where m.sex = 'female')::int as women,
        count(m.id) filter (where m.is_ethnic_minority)::int as minority
      from ${mediators} m join ${mediationTeams} t on t.id = m.team_id
      where t.unit_id in (${units}) and m.elected_on <= ${period.to} and (m.ended_on is null or m.ended_on > ${period.to})`),
  );
  // The status of each case as of the period's end: its last outcome event before then.
  const [cases] = rowsOf<{ received: number; success: number; failure: number; stopped: number; referred: number }>(
    await db.execute(sql`with c as (
        select c.id, (select e.type from ${mediationCaseEvents} e where e.case_id = c.id and e.type in ('referred', 'succeeded', 'failed', 'stopped')
          and e.at < ${end} order by e.seq desc limit 1) as outcome
        from ${mediationCases} c where c.unit_id in (${units}) and c.received_at >= ${start} and c.received_at < ${end})
      select count(*)::int as received,
        count(*) filter (where outcome = 'succeeded')::int as success,
        count(*) filter (where outcome = 'failed')::int as failure,
        count(*) filter (where outcome = 'stopped')::int as stopped,
        count(*) filter (where outcome = 'referred')::int as referred
      from c`),
  );
  const received = Number(cases?.received ?? 0);
  const success = Number(cases?.success ?? 0);
  const failure = Number(cases?.failure ?? 0);
  const stopped = Number(cases?.stopped ?? 0);
  const referred = Number(cases?.referred ?? 0);
  const mediated = received - referred;
  return {
    unitId: period.unitId,
    from: period.from,
    to: period.to,
    teams: Number(people?.teams ?? 0),
    mediators: Number(people?.mediators ?? 0),
    women: Number(people?.women ?? 0),
    ethnicMinority: Number(people?.minority ?? 0),
    received,
    success,
    failure,
    stopped,
    inProgress: mediated - success - failure - stopped,
    referred,
    successRate: formatRate(success, mediated),
  };
}
