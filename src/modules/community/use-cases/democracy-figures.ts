import { sql } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../../platform/db/types.js';
import { scopeUnitIds, type FigureScope } from '../../org/index.js';
import {
  communityConferences,
  consultations,
  disclosureChannels,
  disclosures,
  residentMatters,
  supervisionFindings,
} from '../democracy.tables.js';

export type DemocracyFigures = {
  /** Items whose disclosure fell due in the period (5 working days after their document). */
  disclosuresDue: number;
  /** Of those, disclosed by a channel started on or before the due day. */
  disclosedOnTime: number;
  /** Of those, first disclosed after the due day but by the period's end. */
  disclosedLate: number;
  /** Of those, not disclosed by the period's end. */
  notDisclosed: number;
  mattersProposed: number;
  consultations: number;
  conferences: number;
  findings: number;
  findingsPeopleInspection: number;
  findingsInvestmentSupervision: number;
  /** Findings of the period answered by the period's end. */
  findingsAnswered: number;
};

/**
 * Grassroots democracy over a period (Law 10/2022): disclosures due and how they were made, matters
 * put to residents, consultations, year-end conferences and the supervision boards' findings. A
 * disclosure is judged by its first channel as of the period's end, so later records do not move a
 * closed period.
 */
export async function democracyFigures(db: Queryable, period: FigureScope): Promise<DemocracyFigures> {
  const units = scopeUnitIds(period);
  const [row] = rowsOf<Record<keyof DemocracyFigures, number>>(
    await db.execute(sql`with d as (
        select d.due_on, (select min(c.started_on) from ${disclosureChannels} c
          where c.disclosure_id = d.id and c.started_on <= ${period.to}) as first_on
        from ${disclosures} d where d.unit_id in (${units}) and d.due_on between ${period.from} and ${period.to})
      select
        (select count(*) from d)::int as "disclosuresDue",
        (select count(*) from d where first_on <= due_on)::int as "disclosedOnTime",
        (select count(*) from d where first_on > due_on)::int as "disclosedLate",
        (select count(*) from d where first_on is null)::int as "notDisclosed",
        (select count(*) from ${residentMatters} m where m.unit_id in (${units})
          and m.proposed_on between ${period.from} and ${period.to})::int as "mattersProposed",
        (select count(*) from ${consultations} c where c.unit_id in (${units})
          and c.opened_on between ${period.from} and ${period.to})::int as consultations,
        (select count(*) from ${communityConferences} c where c.unit_id in (${units})
          and c.held_on between ${period.from} and ${period.to})::int as conferences,
        (select count(*) from ${supervisionFindings} f where f.unit_id in (${units})
          and f.found_on between ${period.from} and ${period.to})::int as findings,
        (select count(*) from ${supervisionFindings} f where f.unit_id in (${units}) and f.board = 'people_inspection'
          and f.found_on between ${period.from} and ${period.to})::int as "findingsPeopleInspection",
        (select count(*) from ${supervisionFindings} f where f.unit_id in (${units}) and f.board = 'investment_supervision'
          and f.found_on between ${period.from} and ${period.to})::int as "findingsInvestmentSupervision",
        (select count(*) from ${supervisionFindings} f where f.unit_id in (${units}) and f.responded_on <= ${period.to}
          and f.found_on between ${period.from} and ${period.to})::int as "findingsAnswered"`),
  );
  const value = (key: keyof DemocracyFigures) => Number(row?.[key] ?? 0);
  return {
    disclosuresDue: value('disclosuresDue'),
    disclosedOnTime: value('disclosedOnTime'),
    disclosedLate: value('disclosedLate'),
    notDisclosed: value('notDisclosed'),
    mattersProposed: value('mattersProposed'),
    consultations: value('consultations'),
    conferences: value('conferences'),
    findings: value('findings'),
    findingsPeopleInspection: value('findingsPeopleInspection'),
    findingsInvestmentSupervision: value('findingsInvestmentSupervision'),
    findingsAnswered: value('findingsAnswered'),
  };
}
