import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { insertFileRow } from '../../../platform/files/file-rows.js';
import { newStorageKey, type FileStore } from '../../../platform/files/file-store.js';
import type { StagedFile } from '../../../platform/files/upload.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { findVersionInForce } from '../../catalog/index.js';
import { getUnitRow, requireUnitInOperation } from '../../org/index.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { openCase } from '../../cases/index.js';
import { dossierStore, newDossierRow } from '../dossier-store.js';
import { DossierError } from '../dossiers.errors.js';
import type { Applicant } from '../../../contracts/dossiers.js';
import type { DocumentReceived } from '../dossiers.tables.js';

export type OnlineSubmission = {
  receivingUnitId: string;
  procedureCode: string;
  applicant: Applicant;
  delivery: 'counter' | 'post' | 'home' | 'electronic';
  /** Uploaded scans by checklist position (1-based), staged by the upload reader (checked type, size and SHA-256). */
  uploads: { index: number; file: StagedFile }[];
};

/**
 * A citizen's online submission (procedures offered online, full or partial): stored with its
 * scans as "submitted", waiting for an officer to check it and receive, guide or refuse it.
 * The citizen gets a tracking secret; the dossier code comes with the receipt.
 */
export async function submitOnline(
  deps: { db: Db; files: FileStore },
  context: CommandContext,
  input: OnlineSubmission,
  now: Date = new Date(),
): Promise<{ dossierId: string; trackingSecret: string }> {
  const unit = await getUnitRow(deps.db, input.receivingUnitId);
  const today = todayInVietnam(now);
  await requireUnitInOperation(deps.db, unit, today);
  const version = await findVersionInForce(deps.db, input.procedureCode, today);
  if (!version || !version.data.isPublished || version.data.onlineLevel === 'none') {
    throw new DomainError(DossierError.PROCEDURE_NOT_AVAILABLE, { code: input.procedureCode, date: today });
  }
  const checklist = version.data.documents;
  const missing = checklist.flatMap((item, position) =>
    item.isRequired && !input.uploads.some((upload) => upload.index === position + 1) ? [position + 1] : [],
  );
  if (missing.length > 0) {
    throw validationError(
      missing.map((index) => ({
        field: `documents.${index}`,
        code: 'required',
        message: { vi: `Cần tải lên: ${checklist[index - 1]!.name}.`, en: `Upload: ${checklist[index - 1]!.name}.` },
      })),
    );
  }
  const stored = input.uploads.map((upload) => ({ ...upload, storageKey: newStorageKey(now) }));
  for (const upload of stored) await deps.files.putFile(upload.storageKey, upload.file.path);
  const documents: DocumentReceived[] = stored.map((upload) => {
    const item = checklist[upload.index - 1]!;
    return { index: upload.index, name: item.name, form: item.form, count: item.count, isRequired: item.isRequired };
  });
  const row = newDossierRow({
    unitId: unit.id,
    version,
    channel: 'online',
    applicant: input.applicant,
    documents,
    setCount: 1,
    delivery: input.delivery,
    submittedAt: now,
  });
  return runCommand(deps.db, context, async (tx, trail) => {
    const data = { documents: documents.map((d) => d.index) };
    await openCase(tx, trail, context, dossierStore, {
      row,
      event: 'submitted_online',
      at: now,
      data,
      audit: { action: 'dossier.submit_online', after: { procedureCode: version.code, unitId: unit.id, files: stored.length } },
    });
    for (const { file, storageKey } of stored) {
      await insertFileRow(tx, { ownerType: 'dossier', ownerId: row.id, kind: 'submitted', upload: file, storageKey, createdBy: 'citizen' });
    }
    return { dossierId: row.id, trackingSecret: row.trackingSecret };
  });
}
