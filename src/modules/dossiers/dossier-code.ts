import { sql } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { dossierCodeCounters } from './dossiers.tables.js';

/**
 * The next dossier code of a receiving unit for a day: `<agency code>-YYMMDD-XXXX`
 * (Decree 61/2018 art. 26, Circular 01/2018 art. 19). The counter row is incremented inside
 * the intake transaction, so concurrent intakes queue on its row lock and a rolled-back
 * intake gives its number back: codes are unique and gap-free per unit and day.
 */
export async function takeDossierCode(tx: Queryable, input: { unitId: string; agencyCode: string; day: string }): Promise<string> {
  const result = await tx.execute(sql`
    insert into ${dossierCodeCounters} (unit_id, day, last) values (${input.unitId}, ${input.day}, 1)
    on conflict (unit_id, day) do update set last = ${dossierCodeCounters}.last + 1
    returning last`);
  const last = rowsOf<{ last: number }>(result)[0]!.last;
  if (last > 9999) throw new Error(`more than 9,999 dossiers in one day at unit ${input.unitId}`);
  const [year, month, day] = input.day.split('-');
  return `${input.agencyCode}-${year!.slice(2)}${month}${day}-${String(last).padStart(4, '0')}`;
}
