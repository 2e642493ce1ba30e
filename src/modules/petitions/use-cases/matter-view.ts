import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Matter } from '../../../contracts/petition-records.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { findUnitNames } from '../../org/index.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { petitions } from '../petitions.tables.js';
import { settlementEvents, settlements } from '../settlements.tables.js';

type Role = Matter['steps'][number]['role'];

/**
 * A petition's matter across instances and bodies, as far as the reader reaches: the first
 * petition and its repeats; the settlements of each, with a second complaint's link to the first
 * instance (both ways) and what was appealed to the court; and the other petitions citing the same
 * decision — a denunciation of the handler, say (Law 25/2018 art. 29(1): the earlier file is shown
 * before it is accepted). No petitioner in it: the readers' projection only.
 */
export async function matterOf(deps: { db: Db; access: AccessPolicy }, principal: Principal, petitionId: string): Promise<Matter> {
  const { db, access } = deps;
  const petition = await getPetition(db, petitionId);
  await access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
  const inReach = access.unitScope(principal, PetitionPermission['petitions.read'], petitions.unitId);
  const roles = new Map<string, Role>();
  const root = petition.duplicateOf ?? petition.id;

  const group = async (rootId: string, first: Role) => {
    const rows = await db
      .select({ id: petitions.id, duplicateOf: petitions.duplicateOf })
      .from(petitions)
      .where(and(inReach, or(eq(petitions.id, rootId), eq(petitions.duplicateOf, rootId))));
    for (const row of rows) if (!roles.has(row.id)) roles.set(row.id, row.duplicateOf ? 'repeat' : first);
  };
  await group(root, 'original');

  /** The settlements linked to the matter's (a second complaint's first instance, and back), with their petitions' groups. */
  const addInstances = async () => {
    const own = await db
      .select({ id: settlements.id, previous: settlements.previousSettlementId })
      .from(settlements)
      .where(inArray(settlements.petitionId, [...roles.keys()]));
    const ownIds = own.map((s) => s.id);
    const previousIds = own.flatMap((s) => (s.previous ? [s.previous] : []));
    if (ownIds.length === 0) return;
    const linked = await db
      .select({ petitionId: settlements.petitionId, previous: settlements.previousSettlementId })
      .from(settlements)
      .where(
        or(inArray(settlements.previousSettlementId, ownIds), previousIds.length > 0 ? inArray(settlements.id, previousIds) : sql`false`),
      );
    for (const link of linked) {
      if (roles.has(link.petitionId)) continue;
      const isNext = link.previous !== null && ownIds.includes(link.previous);
      const [found] = await db
        .select({ duplicateOf: petitions.duplicateOf })
        .from(petitions)
        .where(and(inReach, eq(petitions.id, link.petitionId)));
      if (found) await group(found.duplicateOf ?? link.petitionId, isNext ? 'next_instance' : 'earlier_instance');
    }
  };

  /** The other petitions citing one of the matter's decisions (the one complained about, or one its settlements issued). */
  const addCitingPetitions = async () => {
    const ids = [...roles.keys()];
    const settlementIds = (await db.select({ id: settlements.id }).from(settlements).where(inArray(settlements.petitionId, ids))).map(
      (row) => row.id,
    );
    const decided =
      settlementIds.length > 0
        ? await db
            .select({ data: settlementEvents.data })
            .from(settlementEvents)
            .where(and(inArray(settlementEvents.caseId, settlementIds), eq(settlementEvents.type, 'decided')))
        : [];
    const cited = await db.select({ decisionRef: petitions.decisionRef }).from(petitions).where(inArray(petitions.id, ids));
    const references = [
      ...cited.flatMap((row) => (row.decisionRef ? [row.decisionRef] : [])),
      ...decided.flatMap((event) => (typeof event.data.decisionRef === 'string' ? [event.data.decisionRef] : [])),
    ];
    if (references.length === 0) return;
    const keys = sql.join(
      references.map((ref) => sql`decision_key(${ref})`),
      sql`, `,
    );
    const citing = await db
      .select({ id: petitions.id, duplicateOf: petitions.duplicateOf })
      .from(petitions)
      .where(and(inReach, sql`decision_key(${petitions.decisionRef}) in (${keys})`));
    for (const row of citing) if (!roles.has(row.id)) roles.set(row.id, 'same_decision');
  };

  // Until nothing more is found: a matter reached from any of its petitions is the same.
  for (let round = 0; round < 6; round += 1) {
    const before = roles.size;
    await addInstances();
    await addCitingPetitions();
    if (roles.size === before) break;
  }

  const all = await db
    .select()
    .from(petitions)
    .where(inArray(petitions.id, [...roles.keys()]));
  const allSettlements = await db
    .select()
    .from(settlements)
    .where(
      inArray(
        settlements.petitionId,
        all.map((row) => row.id),
      ),
    );
  const appeals = allSettlements.length
    ? await db
        .select({ caseId: settlementEvents.caseId, data: settlementEvents.data })
        .from(settlementEvents)
        .where(
          and(
            inArray(
              settlementEvents.caseId,
              allSettlements.map((s) => s.id),
            ),
            eq(settlementEvents.type, 'appealed'),
          ),
        )
    : [];
  const names = await findUnitNames(
    db,
    all.map((row) => row.unitId),
  );
  const steps = all
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map((row) => {
      const settlement = allSettlements.find((s) => s.petitionId === row.id);
      return {
        petitionId: row.id,
        role: roles.get(row.id)!,
        year: row.year,
        bookNo: row.bookNo,
        unitId: row.unitId,
        unitName: names.get(row.unitId) ?? '',
        kind: row.kind,
        status: row.status,
        receivedAt: new Date(row.receivedAt).toISOString(),
        decisionRef: row.decisionRef,
        settlement: settlement
          ? {
              id: settlement.id,
              kind: settlement.kind,
              status: settlement.status,
              result: settlement.result,
              decidedAt: settlement.decidedAt ? new Date(settlement.decidedAt).toISOString() : null,
              appealedTo: appeals.filter((a) => a.caseId === settlement.id).map((a) => String(a.data.to)),
            }
          : null,
      };
    });
  return { petitionId: petition.id, steps };
}
