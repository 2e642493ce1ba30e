import { sql } from 'drizzle-orm';
import type { PetitionKind, PetitionStatus } from '../../../contracts/petitions.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { rowsOf, type Db } from '../../../platform/db/types.js';
import { findUnitNames, lineageUnitIds, subtreesOf } from '../../org/index.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { identityClearances, petitionerIdentities, petitions } from '../petitions.tables.js';

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
  same_decision: boolean;
  similarity: number;
};

/**
 * Earlier or later petitions that may be the same matter, across the units the officer reaches
 * and the 2025 mergers (a predecessor's petitions count), for an officer to review (never merged
 * by themselves): the same citizen ID number; the same name (without diacritics) at the same unit
 * or one it continues or that continues it; the same decision number (and respondent, when both name
 * one); or content alike (pg_trgm) — received within the
 * window. The identity never leaves the store: it is compared in SQL, and where either petition is
 * (or may be) a denunciation the identity matches count only for an officer whose clearance covers
 * both units — masked before anything is sorted, filtered or limited.
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
  const ic = identityClearances;
  const window = `${input.windowDays} days`;
  const staffId = principal.kind === 'session' ? principal.accountId : null;
  const cleared = subtreesOf(sql`select ${ic.unitId} from ${ic} where ${ic.staffId} = ${staffId} and ${ic.revokedAt} is null`);
  const lineage = lineageUnitIds(petition.unitId);
  const rows = rowsOf<Row>(
    await db.execute(sql`
      with me as (
        select ${p.id} as id, ${p.unitId} as unit_id, ${p.receivedAt} as received_at, ${p.contentSummary} as summary,
          (${p.identityProtected} or ${p.kind} in ('denunciation', 'mixed')) as is_protected,
          ${i.idNumber} as id_number, ${i.fullName} as full_name,
          decision_key(${p.decisionRef}) as decision_key, search_fold(${p.respondent}) as respondent
        from ${p} left join ${i} on ${i.petitionId} = ${p.id} where ${p.id} = ${petition.id}
      ),
      compared as (
        select c.id, c.year, c.book_no, c.unit_id, c.kind, c.status, c.received_at,
          (not (me.is_protected or c.identity_protected or c.kind in ('denunciation', 'mixed'))
            or (me.unit_id in (${cleared}) and c.unit_id in (${cleared}))) as may_compare_identity,
          (ci.id_number is not null and ci.id_number = me.id_number) as id_match,
          (ci.full_name is not null and search_fold(ci.full_name) = search_fold(me.full_name) and c.unit_id in (${lineage})) as name_match,
          (decision_key(c.decision_ref) = me.decision_key
            and (c.respondent is null or me.respondent is null or search_fold(c.respondent) = me.respondent)) as same_decision,
          similarity(search_fold(c.content_summary), search_fold(me.summary))::float8 as similarity
        from ${p} c cross join me
        left join ${i} ci on ci.petition_id = c.id
        where c.id <> me.id
          and c.received_at between me.received_at - ${window}::interval and me.received_at + ${window}::interval
          and (${access.unitScope(principal, PetitionPermission['petitions.read'], sql.raw('c.unit_id'))} or c.unit_id in (${lineage}))
      ),
      masked as (
        select id, year, book_no, unit_id, kind, status, received_at, similarity, coalesce(same_decision, false) as same_decision,
          (may_compare_identity and id_match) as same_id_number, (may_compare_identity and name_match) as same_name_and_place
        from compared
      )
      select * from masked
      where same_id_number or same_name_and_place or same_decision or similarity >= ${CONTENT_SIMILARITY}
      order by same_id_number desc, same_name_and_place desc, same_decision desc, similarity desc
      limit 50`),
  );
  const names = await findUnitNames(
    db,
    rows.map((row) => row.unit_id),
  );
  return rows.map((row) => ({
    petitionId: row.id,
    year: row.year,
    bookNo: row.book_no,
    unitId: row.unit_id,
    unitName: names.get(row.unit_id) ?? '',
    kind: row.kind,
    status: row.status,
    receivedAt: new Date(row.received_at).toISOString(),
    matchedOn: [
      ...(row.same_id_number ? (['id_number'] as const) : []),
      ...(row.same_name_and_place ? (['name_and_place'] as const) : []),
      ...(row.same_decision ? (['decision_number'] as const) : []),
      ...(row.similarity >= CONTENT_SIMILARITY ? (['content'] as const) : []),
    ],
    similarity: Math.round(row.similarity * 100) / 100,
  }));
}
