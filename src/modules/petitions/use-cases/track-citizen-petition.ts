import { and, desc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/types.js';
import { findUnitNames } from '../../org/index.js';
import { petitions, type PetitionLocation } from '../petitions.tables.js';
import { settlements } from '../settlements.tables.js';
import { isTrackingCode } from './submit-citizen-petition.js';

/** Where a citizen's petition stands, in the words of the portal and of Open311's status. */
export type CitizenStage = 'received' | 'in_review' | 'in_settlement' | 'answered' | 'sent_elsewhere' | 'closed';

/** What a citizen (or anybody holding the code) sees: never the petitioner, nor the officers' notes. */
export type CitizenTracking = {
  code: string;
  kind: string;
  unitName: string;
  receivedAt: string;
  updatedAt: string;
  stage: CitizenStage;
  dueAt: string | null;
  /** The competent body it was guided or transferred to. */
  sentTo: string | null;
  answer: string | null;
  answeredAt: string | null;
  /** A report about a place (Open311): the place, the problem's code and the description the reporter made public. */
  location: PetitionLocation | null;
  serviceCode: string | null;
  description: string | null;
};

type Row = {
  petition: typeof petitions.$inferSelect;
  settlement: typeof settlements.$inferSelect | null;
};

function stageOf({ petition, settlement }: Row): CitizenStage {
  if (settlement?.status === 'decided') return 'answered';
  if (settlement?.status === 'terminated') return 'closed';
  if (settlement || petition.status === 'accepted') return 'in_settlement';
  if (petition.status === 'guided' || petition.status === 'transferred' || petition.status === 'returned') return 'sent_elsewhere';
  if (petition.status === 'filed') return 'closed';
  return petition.status === 'classified' ? 'in_review' : 'received';
}

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function toTracking(row: Row, unitName: string): CitizenTracking {
  const { petition, settlement } = row;
  const stage = stageOf(row);
  const updated = [petition.updatedAt, settlement?.updatedAt]
    .filter((v): v is string => !!v)
    .sort()
    .at(-1)!;
  return {
    code: petition.trackingCode!,
    kind: petition.kind,
    unitName,
    receivedAt: new Date(petition.receivedAt).toISOString(),
    updatedAt: new Date(updated).toISOString(),
    stage,
    dueAt: settlement ? iso(settlement.dueAt) : iso(petition.dueAt),
    sentTo: stage === 'sent_elsewhere' ? petition.outcomeTo : null,
    answer: stage === 'answered' ? (settlement?.answer ?? null) : null,
    answeredAt: stage === 'answered' ? iso(settlement?.decidedAt ?? null) : null,
    location: petition.location,
    serviceCode: petition.serviceCode,
    description: petition.location ? petition.contentSummary : null,
  };
}

const base = (db: Queryable) =>
  db
    .select({ petition: petitions, settlement: settlements })
    .from(petitions)
    .leftJoin(settlements, eq(settlements.petitionId, petitions.id));

async function withUnitNames(db: Queryable, rows: Row[]): Promise<CitizenTracking[]> {
  const names = await findUnitNames(
    db,
    rows.map((row) => row.petition.unitId),
  );
  return rows.map((row) => toTracking(row, names.get(row.petition.unitId) ?? ''));
}

/** A petition sent online, found by its public code; undefined for any other code. */
export async function findCitizenTracking(db: Queryable, code: string): Promise<CitizenTracking | undefined> {
  const normalised = code.trim().toUpperCase();
  if (!isTrackingCode(normalised)) return undefined;
  const rows = await base(db).where(eq(petitions.trackingCode, normalised));
  return (await withUnitNames(db, rows))[0];
}

/** Reports about places (Open311's public list): the latest first, by codes, problem and period, at most `limit`. */
export async function listPlaceReports(
  db: Queryable,
  options: { codes?: string[]; serviceCode?: string; from?: string; to?: string; limit: number },
): Promise<CitizenTracking[]> {
  const codes = options.codes?.map((code) => code.trim().toUpperCase()).filter(isTrackingCode);
  const rows = await base(db)
    .where(
      and(
        isNotNull(petitions.location),
        codes ? inArray(petitions.trackingCode, codes.length > 0 ? codes : ['-']) : undefined,
        options.serviceCode ? eq(petitions.serviceCode, options.serviceCode) : undefined,
        options.from ? gte(petitions.receivedAt, options.from) : undefined,
        options.to ? lte(petitions.receivedAt, options.to) : undefined,
      ),
    )
    .orderBy(desc(petitions.receivedAt))
    .limit(options.limit);
  return withUnitNames(db, rows);
}
