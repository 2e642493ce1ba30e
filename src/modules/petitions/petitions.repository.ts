import { count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Petition } from '../../contracts/petitions.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { findUnitNames } from '../org/index.js';
import { PetitionError } from './petitions.errors.js';
import { petitionerIdentities, petitions } from './petitions.tables.js';

/** The name and address leave the database only for a petition whose projection may show them (see toView). */
const shown = (column: typeof petitionerIdentities.fullName | typeof petitionerIdentities.address) =>
  sql<string | null>`case when ${petitions.identityProtected} or ${petitions.classification} is null
    or ${petitions.kind} in ('denunciation', 'mixed') then null else ${column} end`;
const columns = {
  row: petitions,
  fullName: shown(petitionerIdentities.fullName),
  address: shown(petitionerIdentities.address),
};
type Row = { row: typeof petitions.$inferSelect; fullName: string | null; address: string | null };

/**
 * The projection every reader gets: the petitioner's name and address only for a petition
 * classified as a complaint, a recommendation or a reflection that never was (nor might have been)
 * a denunciation — a sticky flag, so reclassifying cannot bring an identity back. Before it is
 * classified, nobody's name is shown. ID number, phone and e-mail are never in it.
 */
export const isProtectedKind = (kind: Petition['kind']) => kind === 'denunciation' || kind === 'mixed';

function toView({ row, fullName, address }: Row, unitName: string): Petition {
  const isIdentityProtected = row.identityProtected || isProtectedKind(row.kind) || row.classification === null;
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    year: row.year,
    bookNo: row.bookNo,
    receivedAt: new Date(row.receivedAt).toISOString(),
    channel: row.channel,
    kind: row.kind,
    status: row.status,
    contentSummary: row.contentSummary,
    forwardedBy: row.forwardedBy,
    forwardLetterRef: row.forwardLetterRef,
    signerCount: row.signerCount,
    isAnonymous: row.isAnonymous,
    respondent: row.respondent,
    decisionRef: row.decisionRef,
    isIdentityProtected,
    petitioner: isIdentityProtected || fullName === null ? null : { fullName, address },
    ruleSetVersion: row.ruleSetVersion,
    classification: row.classification ?? null,
    dueAt: row.dueAt === null ? null : new Date(row.dueAt).toISOString(),
    handledAt: row.handledAt === null ? null : new Date(row.handledAt).toISOString(),
    duplicateOf: row.duplicateOf,
    duplicateCount: row.duplicateCount,
    splitFrom: row.splitFrom,
    outcomeTo: row.outcomeTo,
    version: row.version,
  };
}

const base = (db: Queryable) =>
  db.select(columns).from(petitions).leftJoin(petitionerIdentities, eq(petitionerIdentities.petitionId, petitions.id));

export async function getPetition(db: Queryable, id: string): Promise<Petition> {
  const [row] = await base(db).where(eq(petitions.id, id));
  if (!row) throw new DomainError(PetitionError.PETITION_NOT_FOUND);
  const names = await findUnitNames(db, [row.row.unitId]);
  return toView(row, names.get(row.row.unitId) ?? '');
}

/** A page of petitions, the latest received first. */
export async function selectPetitions(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(desc(petitions.receivedAt), desc(petitions.bookNo))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(petitions).where(where),
  ]);
  const names = await findUnitNames(
    db,
    rows.map((row) => row.row.unitId),
  );
  return { items: rows.map((row) => toView(row, names.get(row.row.unitId) ?? '')), total: total?.n ?? 0, ...paging };
}

/** The stored row (with its clock), for the use cases that move it. */
export async function getPetitionRow(db: Queryable, id: string) {
  const [row] = await db.select().from(petitions).where(eq(petitions.id, id));
  if (!row) throw new DomainError(PetitionError.PETITION_NOT_FOUND);
  return row;
}
