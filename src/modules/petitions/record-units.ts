import { sql, type SQL } from 'drizzle-orm';
import { commitments, dialogues } from './dialogues.tables.js';
import { petitions } from './petitions.tables.js';
import { receptionSessions, receptionVisits } from './reception.tables.js';
import { settlements } from './settlements.tables.js';

/**
 * The records this module audits, by audit entity, as the ids (text) of those kept at some units:
 * what a signed report's comparison reads to list the records changed at its units since.
 */
export const petitionRecordIds: Record<string, (units: SQL) => SQL> = {
  petition: (units) => sql`select ${petitions.id}::text from ${petitions} where ${petitions.unitId} in (${units})`,
  settlement: (units) => sql`select ${settlements.id}::text from ${settlements} where ${settlements.unitId} in (${units})`,
  reception_visit: (units) => sql`select ${receptionVisits.id}::text from ${receptionVisits} where ${receptionVisits.unitId} in (${units})`,
  reception_session: (units) =>
    sql`select ${receptionSessions.id}::text from ${receptionSessions} where ${receptionSessions.unitId} in (${units})`,
  dialogue: (units) => sql`select ${dialogues.id}::text from ${dialogues} where ${dialogues.unitId} in (${units})`,
  commitment: (units) => sql`select ${commitments.id}::text from ${commitments} where ${commitments.unitId} in (${units})`,
};
