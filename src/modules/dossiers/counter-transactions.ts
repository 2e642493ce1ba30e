import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.js';
import { dossierEvents, dossiers } from './dossiers.tables.js';

/**
 * A transaction between the citizen and the one-stop department that the citizen may rate:
 * the intake (the dossier received, receipt issued) or the return of the result.
 */
export type CounterTransactionKind = 'intake' | 'return';
export type CounterTransaction = {
  dossierId: string;
  dossierCode: string | null;
  kind: CounterTransactionKind;
  receivingUnitId: string;
  procedureCode: string;
  procedureName: string;
  officerId: string | null;
  officerName: string;
  at: string;
  /** Where the dossier stands now (a withdrawn dossier offers nothing to rate online). */
  dossierStatus: string;
};

const eventOf: Record<CounterTransactionKind, 'received' | 'returned'> = { intake: 'received', return: 'returned' };
const kindOf = (type: string): CounterTransactionKind => (type === 'returned' ? 'return' : 'intake');

const columns = {
  dossierId: dossiers.id,
  dossierCode: dossiers.code,
  type: dossierEvents.type,
  receivingUnitId: dossiers.receivingUnitId,
  procedureCode: dossiers.procedureCode,
  procedureName: dossiers.procedureName,
  officerId: dossierEvents.actorId,
  officerName: dossierEvents.actorName,
  at: dossierEvents.at,
  dossierStatus: dossiers.status,
};
type Row = { [K in keyof typeof columns]: K extends 'dossierCode' | 'officerId' ? string | null : string };
const toTransaction = ({ type, ...row }: Row): CounterTransaction => ({ ...row, kind: kindOf(type), at: new Date(row.at).toISOString() });

/** The transaction of `kind` on a dossier, if it happened. */
export async function findCounterTransaction(
  db: Queryable,
  dossierId: string,
  kind: CounterTransactionKind,
): Promise<CounterTransaction | undefined> {
  const [row] = await db
    .select(columns)
    .from(dossierEvents)
    .innerJoin(dossiers, eq(dossiers.id, dossierEvents.caseId))
    .where(and(eq(dossierEvents.caseId, dossierId), eq(dossierEvents.type, eventOf[kind])))
    .orderBy(desc(dossierEvents.seq))
    .limit(1);
  return row ? toTransaction(row as Row) : undefined;
}

/** The officer's most recent counter transactions since an instant, newest first (for the counter kiosk). */
export async function selectRecentCounterTransactions(
  db: Queryable,
  officerId: string,
  since: string,
  limit = 5,
): Promise<CounterTransaction[]> {
  const rows = await db
    .select(columns)
    .from(dossierEvents)
    .innerJoin(dossiers, eq(dossiers.id, dossierEvents.caseId))
    .where(and(eq(dossierEvents.actorId, officerId), gte(dossierEvents.at, since), inArray(dossierEvents.type, ['received', 'returned'])))
    .orderBy(desc(dossierEvents.at))
    .limit(limit);
  return rows.map((row) => toTransaction(row as Row));
}
