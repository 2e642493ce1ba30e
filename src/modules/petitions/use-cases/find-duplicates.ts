import { sql } from 'drizzle-orm';
import type { PetitionKind, PetitionStatus } from '../../../contracts/petitions.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { rowsOf, type Db } from '../../../platform/db/types.js';
import { findUnitNames, lineageUnitIds } from '../../org/index.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { petitionerIdentities, petitions } from '../petitions.tables.js';
import { holdsClearance } from './read-identity.js';

/** Content summaries at least this similar (pg_trgm) make a candidate on their own. */
export const CONTENT_SIMILARITY = 0.45;

type Row = {
  id: string;
  year: number;
  book_no: number;
  unit_id: string;
  kind: PetitionKind;
  status: PetitionStatus;
  received_at: string;
  same_id_number: boolean;
  same_name_and_place: boolean;
  similarity: number;
};

const isProtected = (kind: PetitionKind) => kind === 'denunciation' || kind === 'mixed';

/**
 * Earlier or later petitions that may be the same matter, across the units the officer reaches
 * and the 2025 mergers (a predecessor's petitions count), for an officer to review (never merged
 * by themselves): the same citizen ID number;
 * the same name (without diacritics) at the same unit or one it continues or that continues it;
 * or content alike (pg_trgm) — received within the window. The identity never leaves the store:
 * it is compared in SQL, and a match on identity involving a denunciation is shown only to an
 * officer holding an identity clearance over the petition's unit.
 */
export async function findDuplicateCandidates(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  input: { petitionId: string; windowDays: number },
) {
  const { db, access } = deps;
  const petition = await getPetition(db, input.petitionId);
  await access.require(principal, PetitionPermission['petitions.process'], petition.unitId);
  const p = petitions;
  const i = petitionerIdentities;
  const window = `${input.windowDays} days`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      with me as (
        select ${p.id} as id, ${p.receivedAt} as received_at, ${p.contentSummary} as summary, ${i.idNumber} as id_number, ${i.fullName} as full_name
        from ${p} left join ${i} on ${i.petitionId} = ${p.id} where ${p.id} = ${petition.id}
      )
      select c.id, c.year, c.book_no, c.unit_id, c.kind, c.status, c.received_at,
        (ci.id_number is not null and ci.id_number = me.id_number) as same_id_number,
        (ci.full_name is not null and search_fold(ci.full_name) = search_fold(me.full_name) and c.unit_id in (${lineageUnitIds(petition.unitId)})) as same_name_and_place,
        similarity(search_fold(c.content_summary), search_fold(me.summary))::float8 as similarity
      from ${p} c cross join me
      left join ${i} ci on ci.petition_id = c.id
      where c.id <> me.id
        and (${access.unitScope(principal, PetitionPermission['petitions.read'], sql.raw('c.unit_id'))} or c.unit_id in (${lineageUnitIds(petition.unitId)}))
        and c.received_at between me.received_at - ${window}::interval and me.received_at + ${window}::interval
        and (
          (ci.id_number is not null and ci.id_number = me.id_number)
          or (ci.full_name is not null and search_fold(ci.full_name) = search_fold(me.full_name) and c.unit_id in (${lineageUnitIds(petition.unitId)}))
          or similarity(search_fold(c.content_summary), search_fold(me.summary)) >= ${CONTENT_SIMILARITY}
        )
      order by same_id_number desc, same_name_and_place desc, similarity desc
      limit 50`),
  );
  const cleared = principal.kind === 'session' && (await holdsClearance(db, principal.accountId, petition.unitId));
  const candidates = rows
    .map((row) => {
      const mayShowIdentity = cleared || (!isProtected(petition.kind) && !isProtected(row.kind));
      const matchedOn = [
        ...(mayShowIdentity && row.same_id_number ? (['id_number'] as const) : []),
        ...(mayShowIdentity && row.same_name_and_place ? (['name_and_place'] as const) : []),
        ...(row.similarity >= CONTENT_SIMILARITY ? (['content'] as const) : []),
      ];
      return { row, matchedOn };
    })
    .filter(({ matchedOn }) => matchedOn.length > 0);
  const names = await findUnitNames(
    db,
    candidates.map(({ row }) => row.unit_id),
  );
  return candidates.map(({ row, matchedOn }) => ({
    petitionId: row.id,
    year: row.year,
    bookNo: row.book_no,
    unitId: row.unit_id,
    unitName: names.get(row.unit_id) ?? '',
    kind: row.kind,
    status: row.status,
    receivedAt: new Date(row.received_at).toISOString(),
    matchedOn,
    similarity: Math.round(row.similarity * 100) / 100,
  }));
}
