import crypto from 'node:crypto';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { files } from '../../../platform/files/files.tables.js';
import { newStorageKey, type FileStore } from '../../../platform/files/file-store.js';
import type { StagedFile } from '../../../platform/files/upload.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { findVersionInForce } from '../../catalog/index.js';
import { getUnitRow, todayInVietnam } from '../../org/index.js';
import { appendDossierEvent } from '../dossier-events.js';
import { firstStatus, nationalStatusCode } from '../dossier-states.js';
import { DossierError } from '../dossiers.errors.js';
import type { Applicant } from '../dossiers.schemas.js';
import { dossiers, type DocumentReceived } from '../dossiers.tables.js';

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
  const version = await findVersionInForce(deps.db, input.procedureCode, today);
  if (!version || !version.data.isPublished || version.data.onlineLevel === 'none') {
    throw new DomainError(DossierError.PROCEDURE_NOT_AVAILABLE, { code: input.procedureCode, date: today });
  }
  const checklist = version.data.documents;
  const missing = checklist.flatMap((item, position) => (item.isRequired && !input.uploads.some((upload) => upload.index === position + 1) ? [position + 1] : []));
  if (missing.length > 0) {
    throw validationError(missing.map((index) => ({ field: `documents.${index}`, code: 'required', message: { vi: `Cần tải lên: ${checklist[index - 1]!.name}.`, en: `Upload: ${checklist[index - 1]!.name}.` } })));
  }
  const stored = input.uploads.map((upload) => ({ ...upload, storageKey: newStorageKey(now) }));
  for (const upload of stored) await deps.files.putFile(upload.storageKey, upload.file.path);
  const documents: DocumentReceived[] = stored.map((upload) => {
    const item = checklist[upload.index - 1]!;
    return { index: upload.index, name: item.name, form: item.form, count: item.count, isRequired: item.isRequired };
  });
  return runCommand(deps.db, context, async (tx, audit) => {
    const id = crypto.randomUUID();
    const trackingSecret = crypto.randomBytes(12).toString('base64url');
    const status = firstStatus('submitted_online');
    await tx.insert(dossiers).values({
      id,
      trackingSecret,
      receivingUnitId: unit.id,
      procedureCode: version.code,
      procedureVersion: version.version,
      procedureName: version.data.name,
      channel: 'online',
      applicant: input.applicant,
      applicantName: input.applicant.name,
      applicantIdNumber: input.applicant.citizenId ?? input.applicant.taxCode ?? null,
      applicantPhone: input.applicant.phone,
      documents,
      setCount: 1,
      delivery: input.delivery,
      status,
      nationalStatus: nationalStatusCode[status],
      submittedAt: now.toISOString(),
    });
    await appendDossierEvent(tx, context, { dossierId: id, status: null, type: 'submitted_online', at: now, data: { documents: documents.map((d) => d.index) } });
    for (const { file, storageKey } of stored) {
      await tx.insert(files).values({ ownerType: 'dossier', ownerId: id, kind: 'submitted', name: file.fileName || 'tep', contentType: file.contentType, size: file.size, sha256: file.sha256, storageKey, createdBy: 'citizen' });
    }
    audit.record({ action: 'dossier.submit_online', entity: 'dossier', entityId: id, after: { procedureCode: version.code, unitId: unit.id, files: stored.length } });
    return { dossierId: id, trackingSecret };
  });
}
