import { sql, type SQL } from 'drizzle-orm';
import { dossiers } from './dossiers.tables.js';

/** The dossiers received at some units, as audit entity ids. */
export const dossierRecordIds: Record<string, (units: SQL) => SQL> = {
  dossier: (units) => sql`select ${dossiers.id}::text from ${dossiers} where ${dossiers.receivingUnitId} in (${units})`,
};
