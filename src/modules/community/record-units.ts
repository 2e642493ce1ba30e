import { sql, type SQL } from 'drizzle-orm';
import { contests, legalAidCases, mediationCases, mediationTeams, mobilisationModels } from './community.tables.js';
import { communityConferences, consultations, disclosures, residentMatters, supervisionFindings } from './democracy.tables.js';

type Table = typeof contests | typeof legalAidCases | typeof mediationCases | typeof mediationTeams | typeof mobilisationModels;
type DemocracyTable =
  typeof communityConferences | typeof consultations | typeof disclosures | typeof residentMatters | typeof supervisionFindings;
const idsOf = (table: Table | DemocracyTable) => (units: SQL) =>
  sql`select ${table.id}::text from ${table} where ${table.unitId} in (${units})`;

/** The records this module audits, by audit entity and part of the work, as the ids kept at some units. */
export const communityRecordIds: Record<string, (units: SQL) => SQL> = {
  mediation_case: idsOf(mediationCases),
  mediation_team: idsOf(mediationTeams),
  legal_aid_case: idsOf(legalAidCases),
  mobilisation_model: idsOf(mobilisationModels),
  contest: idsOf(contests),
};
export const democracyRecordIds: Record<string, (units: SQL) => SQL> = {
  disclosure: idsOf(disclosures),
  resident_matter: idsOf(residentMatters),
  consultation: idsOf(consultations),
  supervision_finding: idsOf(supervisionFindings),
  community_conference: idsOf(communityConferences),
};
