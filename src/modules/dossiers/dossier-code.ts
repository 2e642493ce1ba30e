import { sql } from 'drizzle-orm';
import { rowsOf, type Queryable } from '../../platform/db/types.js';
import { dossierBookCounters, dossierCodeCounters } from './dossiers.tables.js';

/**
 * The next dossier code of a receiving agency for a day: `<agency identifier>-YYMMDD-XXXX`
 * (NĐ 61/2018 art. 26, Circular 01/2018 art. 19; the identifier of QCVN 102:2016, else the unit's
 * code). The counter row, keyed by the prefix itself, is incremented inside the intake
 * transaction, so concurrent intakes queue on its row lock and a rolled-back intake gives its
 * number back: codes are unique and gap-free per prefix and day, even for two units sharing a code.
 */
export async function takeDossierCode(tx: Queryable, input: { prefix: string; day: string }): Promise<string> {
  const result = await tx.execute(sql`
    insert into ${dossierCodeCounters} (prefix, day, last) values (${input.prefix}, ${input.day}, 1)
    on conflict (prefix, day) do update set last = ${dossierCodeCounters}.last + 1
    returning last`);
  const last = rowsOf<{ last: number }>(result)[0]!.last;
  if (last > 9999) throw new Error(`more than 9,999 dossiers in one day with the prefix ${input.prefix}`);
  const [year, month, day] = input.day.split('-');
  return `${input.prefix}-${year!.slice(2)}${month}${day}-${String(last).padStart(4, '0')}`;
}

/** The next entry of a unit's tracking book for a year: numbered from 1 through the year (Circular 01/2018 art. 10). */
export async function takeBookEntry(tx: Queryable, input: { unitId: string; year: number }): Promise<number> {
  const result = await tx.execute(sql`
    insert into ${dossierBookCounters} (unit_id, year, last) values (${input.unitId}, ${input.year}, 1)
    on conflict (unit_id, year) do update set last = ${dossierBookCounters}.last + 1
    returning last`);
  return rowsOf<{ last: number }>(result)[0]!.last;
}
