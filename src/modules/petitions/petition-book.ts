import { sql } from 'drizzle-orm';
import type { PetitionIntake } from '../../contracts/petitions.js';
import { runCommand, type AuditTrail, type CommandContext } from '../../platform/audit/audit.js';
import type { Db, Queryable } from '../../platform/db/types.js';
import { validationError } from '../../platform/errors/errors.js';
import { insertFileRow } from '../../platform/files/file-rows.js';
import { newStorageKey, type FileStore } from '../../platform/files/file-store.js';
import type { StagedFile } from '../../platform/files/upload.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { openCase } from '../cases/index.js';
import { getUnitRow, requireUnitInOperation } from '../org/index.js';
import { ruleSetVersionOn } from './clock-rules.js';
import { startPetitionClock } from './petition-clock.js';
import { petitionStore } from './petition-type.js';
import { isProtectedKind } from './petitions.repository.js';
import { petitionBookCounters, petitionerIdentities, type PetitionLocation } from './petitions.tables.js';

/** A petition may be recorded a little after it arrived, never before: a clock a few minutes ahead is tolerated. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** What a citizen's own submission adds: its public tracking code, the place it is about, the scans sent with it. */
export type CitizenExtras = {
  trackingCode: string;
  location?: PetitionLocation;
  serviceCode?: string;
  uploads?: { file: StagedFile; fileStore: FileStore }[];
};

/**
 * Records a petition in the unit's book (numbered per year), whatever the channel, with the rule set
 * in force on the day it arrived; the petitioner goes to the protected store, never to the row,
 * the event or the audit entry. Returns its id.
 */
export async function recordInBook(
  db: Db,
  context: CommandContext,
  input: PetitionIntake,
  now: Date,
  extras?: CitizenExtras,
  /** Where it came from, kept in its first event (the feedback item a reflection was opened from). */
  source?: Record<string, string>,
): Promise<string> {
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw validationError([
      {
        field: 'receivedAt',
        in: 'body',
        code: 'in_future',
        message: { vi: 'Ngày nhận đơn không được sau thời điểm hiện tại.', en: 'The petition cannot be received in the future.' },
      },
    ]);
  }
  const receivedOn = todayInVietnam(receivedAt);
  await requireUnitInOperation(db, await getUnitRow(db, input.unitId), receivedOn);
  const id = crypto.randomUUID();
  const clock = await startPetitionClock(db, { unitId: input.unitId, kind: input.kind, receivedAt });
  const stored = (extras?.uploads ?? []).map((upload) => ({ ...upload, storageKey: newStorageKey(now) }));
  for (const upload of stored) await upload.fileStore.putFile(upload.storageKey, upload.file.path);

  await runCommand(db, context, async (tx, audit) => {
    await writeBookEntry(tx, audit, context, { id, input, receivedAt, clock, extras, files: stored.length, ...(source ? { source } : {}) });
    if (input.petitioner) {
      const { fullName, idNumber, phone, address, email } = input.petitioner;
      await tx.insert(petitionerIdentities).values({
        petitionId: id,
        fullName,
        idNumber: idNumber ?? null,
        phone: phone ?? null,
        address: address ?? null,
        email: email ?? null,
      });
    }
    for (const { file, storageKey } of stored) {
      await insertFileRow(tx, { ownerType: 'petition', ownerId: id, kind: 'page', upload: file, storageKey, createdBy: 'citizen' });
    }
  });
  return id;
}

/** What a new entry of the book holds besides the intake: its id, its instant of receipt, its clock, where it came from. */
export type BookEntry = {
  id: string;
  input: Omit<PetitionIntake, 'petitioner'>;
  receivedAt: Date;
  clock: Awaited<ReturnType<typeof startPetitionClock>>;
  extras?: CitizenExtras | undefined;
  files?: number;
  /** The mixed petition this one was split from (its identity stays protected). */
  splitFrom?: string;
  source?: Record<string, string>;
};

/** Writes a petition into its unit's book in the caller's transaction: the next number of the year, the row, the first event. */
export async function writeBookEntry(tx: Queryable, audit: AuditTrail, context: CommandContext, entry: BookEntry): Promise<number> {
  const { id, input, receivedAt, clock, extras } = entry;
  const receivedOn = todayInVietnam(receivedAt);
  const year = Number(receivedOn.slice(0, 4));
  const [counter] = await tx
    .insert(petitionBookCounters)
    .values({ unitId: input.unitId, year, last: 1 })
    .onConflictDoUpdate({
      target: [petitionBookCounters.unitId, petitionBookCounters.year],
      set: { last: sql`${petitionBookCounters.last} + 1` },
    })
    .returning({ last: petitionBookCounters.last });
  const bookNo = counter!.last;
  await openCase(tx, audit, context, petitionStore, {
    event: 'received',
    at: receivedAt,
    data: {
      channel: input.channel,
      kind: input.kind,
      bookNo,
      ...(entry.files ? { files: entry.files } : {}),
      ...(entry.splitFrom ? { splitFrom: entry.splitFrom } : {}),
      ...entry.source,
    },
    audit: { action: 'petition.receive', after: { unitId: input.unitId, year, bookNo, channel: input.channel, kind: input.kind } },
    row: {
      id,
      unitId: input.unitId,
      year,
      bookNo,
      receivedAt: receivedAt.toISOString(),
      channel: input.channel,
      kind: input.kind,
      contentSummary: input.contentSummary,
      forwardedBy: input.forwardedBy ?? null,
      forwardLetterRef: input.forwardLetterRef ?? null,
      signerCount: input.signerCount,
      isAnonymous: input.isAnonymous,
      respondent: input.respondent ?? null,
      decisionRef: input.decisionRef ?? null,
      identityProtected: isProtectedKind(input.kind) || entry.splitFrom !== undefined,
      splitFrom: entry.splitFrom ?? null,
      ruleSetVersion: ruleSetVersionOn(receivedOn),
      trackingCode: extras?.trackingCode ?? null,
      location: extras?.location ?? null,
      serviceCode: extras?.serviceCode ?? null,
      ...clock,
    },
  });
  return bookNo;
}
