import { randomInt } from 'node:crypto';
import type { CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import type { FileStore } from '../../../platform/files/file-store.js';
import type { StagedFile } from '../../../platform/files/upload.js';
import { PetitionIntake, type PetitionerIdentity } from '../../../contracts/petitions.js';
import { recordInBook } from '../petition-book.js';
import type { PetitionLocation } from '../petitions.tables.js';

export type CitizenPetition = {
  unitId: string;
  kind: 'recommendation' | 'reflection';
  contentSummary: string;
  /** Absent for an anonymous report (an app that sends no name). */
  petitioner?: PetitionerIdentity;
  location?: PetitionLocation;
  serviceCode?: string;
  uploads?: StagedFile[];
};

/** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newTrackingCode = () => Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
export const isTrackingCode = (value: string) => /^[A-HJ-NP-Z2-9]{10}$/.test(value);

/**
 * A citizen's recommendation or reflection sent online (the portal's form, an Open311 app): recorded
 * in the unit's petition book on the portal channel with the scans sent, the petitioner in the
 * protected store, and a public code to follow it by.
 */
export async function submitCitizenPetition(
  deps: { db: Db; files: FileStore },
  context: CommandContext,
  input: CitizenPetition,
  now: Date = new Date(),
): Promise<{ petitionId: string; trackingCode: string }> {
  const intake = PetitionIntake.parse({
    unitId: input.unitId,
    channel: 'portal',
    kind: input.kind,
    contentSummary: input.contentSummary,
    ...(input.petitioner ? { petitioner: input.petitioner } : { isAnonymous: true }),
  });
  const trackingCode = newTrackingCode();
  const petitionId = await recordInBook(deps.db, context, intake, now, {
    trackingCode,
    ...(input.location ? { location: input.location } : {}),
    ...(input.serviceCode ? { serviceCode: input.serviceCode } : {}),
    uploads: (input.uploads ?? []).map((file) => ({ file, fileStore: deps.files })),
  });
  return { petitionId, trackingCode };
}
