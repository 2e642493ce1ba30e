/**
 * A unit's petition figures for a period, with the units under it, counted as of the period's end
 * from the petitions' events (so a closed period's figures do not change when work goes on): each
 * figure defined once, here, for the dashboard and the periodic report alike.
 */
import { sql } from 'drizzle-orm';
import type { PetitionFigures, PetitionField, PetitionKind } from '../../contracts/petitions.js';
import { competenceScopes, petitionFields, settlementStatuses } from '../../contracts/petitions.js';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../platform/time/vietnam-time.js';
import { scopeUnitIds, type FigureScope } from '../org/index.js';
import { petitionEvents, petitions } from './petitions.tables.js';

const handlingEvents = ['accepted', 'guided', 'transferred', 'returned_to_forwarder', 'filed', 'referred_for_inspection'] as const;
type Handling = (typeof handlingEvents)[number];

type Row = {
  is_carried_over: boolean;
  is_anonymous: boolean;
  kind: PetitionKind;
  field: PetitionField | null;
  is_eligible: boolean | null;
  is_skipped_level: boolean | null;
  outcome: Handling | null;
  is_duplicate: boolean;
  is_urged: boolean;
  settlement_status: (typeof settlementStatuses)[number] | null;
  competence: (typeof competenceScopes)[number] | null;
};

export async function petitionFigures(db: Queryable, period: FigureScope): Promise<PetitionFigures> {
  const start = new Date(startOfVietnamDate(period.from)).toISOString();
  const end = new Date(startOfVietnamDate(period.to) + MS_PER_DAY).toISOString();
  const e = petitionEvents;
  const handled = sql.raw(handlingEvents.map((type) => `'${type}'`).join(', '));
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select p.received_at < ${start} as is_carried_over, p.is_anonymous,
        (select ${e.data}->>'kind' from ${e} where ${e.caseId} = p.id and ${e.type} in ('received', 'classified') and ${e.at} < ${end}
          order by ${e.seq} desc limit 1) as kind,
        c.data->>'field' as field, (c.data->>'isEligible')::boolean as is_eligible, (c.data->>'isSkippedLevel')::boolean as is_skipped_level,
        (select ${e.type} from ${e} where ${e.caseId} = p.id and ${e.type} in (${handled}) and ${e.at} < ${end} order by ${e.seq} desc limit 1) as outcome,
        exists (select 1 from ${e} where ${e.caseId} = p.id and ${e.type} = 'linked_duplicate' and ${e.at} < ${end}) as is_duplicate,
        exists (select 1 from ${e} where ${e.caseId} = p.id and ${e.type} = 'urged' and ${e.at} < ${end}) as is_urged,
        case when c.data is null then null else coalesce(c.data->>'settlementStatus', p.classification->>'settlementStatus') end as settlement_status,
        c.data->>'competence' as competence
      from ${petitions} p
      left join lateral (
        select ${e.data} as data from ${e} where ${e.caseId} = p.id and ${e.type} = 'classified' and ${e.at} < ${end} order by ${e.seq} desc limit 1
      ) c on true
      where p.unit_id in (${scopeUnitIds(period)})
        and p.received_at < ${end}
        and not exists (select 1 from ${e} where ${e.caseId} = p.id and ${e.type} in (${handled}) and ${e.at} < ${start})
        -- A petition split by content by the period's end counts as its parts, not itself; before, as itself.
        and not exists (select 1 from ${e} where ${e.caseId} = p.id and ${e.type} = 'split' and ${e.at} < ${end})
        and (p.split_from is null
          or exists (select 1 from ${e} where ${e.caseId} = p.split_from and ${e.type} = 'split' and ${e.at} < ${end}))`),
  );
  const count = (test: (row: Row) => boolean) => rows.filter(test).length;
  const byField = Object.fromEntries(petitionFields.map((field) => [field, count((row) => row.field === field)])) as Record<
    PetitionField,
    number
  >;
  const processed = count((row) => row.outcome !== null);
  return {
    unitId: period.unitId,
    from: period.from,
    to: period.to,
    carriedOver: count((row) => row.is_carried_over),
    received: count((row) => !row.is_carried_over),
    total: rows.length,
    processed,
    unprocessed: rows.length - processed,
    eligible: count((row) => row.is_eligible === true),
    anonymous: count((row) => row.is_anonymous),
    skippedLevel: count((row) => row.is_skipped_level === true),
    duplicates: count((row) => row.is_duplicate),
    byKind: {
      complaint: count((row) => row.kind === 'complaint'),
      denunciation: count((row) => row.kind === 'denunciation'),
      recommendation_reflection: count((row) => row.kind === 'recommendation' || row.kind === 'reflection'),
      mixed: count((row) => row.kind === 'mixed'),
    },
    byField,
    results: {
      accepted: count((row) => row.outcome === 'accepted'),
      guided: count((row) => row.outcome === 'guided'),
      transferred: count((row) => row.outcome === 'transferred'),
      returned: count((row) => row.outcome === 'returned_to_forwarder'),
      filed: count((row) => row.outcome === 'filed'),
      urged: count((row) => row.is_urged),
      referred: count((row) => row.outcome === 'referred_for_inspection'),
    },
    bySettlementStatus: Object.fromEntries(
      settlementStatuses.map((status) => [status, count((row) => row.settlement_status === status)]),
    ) as Record<(typeof settlementStatuses)[number], number>,
    byCompetence: Object.fromEntries(competenceScopes.map((scope) => [scope, count((row) => row.competence === scope)])) as Record<
      (typeof competenceScopes)[number],
      number
    >,
    firstTime: count((row) => !row.is_duplicate),
  };
}
