import type { FastifyRequest } from 'fastify';
import { and, asc, eq } from 'drizzle-orm';
import { petitionFileKinds, type PetitionFile, type PetitionFileKind } from '../../../contracts/petition-records.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { FileError, maxFileBytes, newStorageKey, type FileStore } from '../../../platform/files/file-store.js';
import { files } from '../../../platform/files/files.tables.js';
import { insertFileRow } from '../../../platform/files/file-rows.js';
import { readMultipartForm } from '../../../platform/files/upload.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { identityAccessLog } from '../petitions.tables.js';
import { holdsClearance } from './read-identity.js';

type Deps = { db: Db; access: AccessPolicy; files: FileStore };
type FileRow = typeof files.$inferSelect;
const kindNames: Record<PetitionFileKind, string> = {
  page: 'Trang đơn',
  forward_letter: 'Văn bản chuyển đơn',
  evidence: 'Tài liệu kèm theo',
};

const extensionOf = (contentType: string) =>
  contentType === 'application/pdf' ? '.pdf' : contentType === 'image/png' ? '.png' : contentType === 'image/jpeg' ? '.jpg' : '';

function present(row: FileRow, index: number, isProtected: boolean): PetitionFile {
  const kind = row.kind as PetitionFileKind;
  return {
    id: row.id,
    kind,
    name: isProtected ? `${kindNames[kind] ?? 'Tệp'} ${index + 1}` : row.name,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    createdAt: new Date(row.createdAt).toISOString(),
    needsClearance: isProtected,
  };
}

/**
 * Attaches a scan to a petition (a page of it, the forwarding letter, evidence), by whoever receives
 * or handles petitions at its unit; streamed and checked (type, size, SHA-256) before it is stored.
 * A protected petition's file name is not kept (it may name the writer).
 */
export async function attachPetitionFile(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; request: FastifyRequest },
) {
  const petition = await getPetition(deps.db, input.petitionId);
  const canWrite =
    (await deps.access.can(principal, PetitionPermission['petitions.receive'], petition.unitId)) ||
    (await deps.access.can(principal, PetitionPermission['petitions.process'], petition.unitId));
  if (!canWrite) throw new DomainError(PlatformError.FORBIDDEN);
  const form = await readMultipartForm(input.request, { maxFiles: 1, maxTotalBytes: maxFileBytes, maxFields: 5 }, (fields) => {
    if (!petitionFileKinds.includes((fields.kind ?? 'page') as PetitionFileKind))
      throw validationError([
        {
          field: 'kind',
          code: 'invalid_value',
          message: { vi: 'page, forward_letter hoặc evidence.', en: 'page, forward_letter or evidence.' },
        },
      ]);
  });
  try {
    const upload = form.files[0];
    if (!upload) throw validationError([{ field: 'file', code: 'required' }]);
    const kind = (form.fields.kind ?? 'page') as PetitionFileKind;
    const storageKey = newStorageKey();
    await deps.files.putFile(storageKey, upload.path);
    const row = await runCommand(deps.db, context, async (tx, audit) => {
      const created = await insertFileRow(tx, {
        ownerType: 'petition',
        ownerId: petition.id,
        kind,
        upload,
        storageKey,
        createdBy: context.actor.name,
        // A protected petition's file name may name its writer: it is not kept.
        ...(petition.isIdentityProtected ? { name: `${kindNames[kind]}${extensionOf(upload.contentType)}` } : {}),
      });
      audit.record({
        action: 'petition.file_attach',
        entity: 'petition',
        entityId: petition.id,
        after: { fileId: created.id, kind, size: upload.size, sha256: upload.sha256 },
      });
      return created;
    });
    const all = await petitionFileRows(deps.db, petition.id);
    return present(
      row,
      all.findIndex((file) => file.id === row.id),
      petition.isIdentityProtected,
    );
  } finally {
    await form.dispose();
  }
}

const petitionFileRows = (db: Db, petitionId: string) =>
  db
    .select()
    .from(files)
    .where(and(eq(files.ownerType, 'petition'), eq(files.ownerId, petitionId)))
    .orderBy(asc(files.createdAt), asc(files.id));

export async function listPetitionFiles(deps: Deps, principal: Principal, petitionId: string): Promise<PetitionFile[]> {
  const petition = await getPetition(deps.db, petitionId);
  await deps.access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
  return (await petitionFileRows(deps.db, petition.id)).map((row, index) => present(row, index, petition.isIdentityProtected));
}

/**
 * A file's content. A protected petition's files (the scanned handwriting, letters that may name
 * the writer) are read only by an officer holding an identity clearance, with the purpose logged
 * like any identity read; the others by whoever reads the petition.
 */
export async function readPetitionFile(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; fileId: string; purpose?: string },
  now: Date = new Date(),
): Promise<{ file: PetitionFile; content: Buffer }> {
  const petition = await getPetition(deps.db, input.petitionId);
  await deps.access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
  const rows = await petitionFileRows(deps.db, petition.id);
  const index = rows.findIndex((row) => row.id === input.fileId);
  const row = rows[index];
  if (!row) throw new DomainError(FileError.FILE_NOT_FOUND);
  if (petition.isIdentityProtected) {
    if (principal.kind !== 'session' || !(await holdsClearance(deps.db, principal.accountId, petition.unitId)))
      throw new DomainError(PetitionError.IDENTITY_CLEARANCE_REQUIRED);
    if (!input.purpose || input.purpose.trim().length < 10)
      throw validationError([
        {
          field: 'purpose',
          in: 'body',
          code: 'required',
          message: { vi: 'Ghi rõ mục đích, ít nhất 10 ký tự.', en: 'State the purpose, at least 10 characters.' },
        },
      ]);
    const staffId = principal.accountId;
    await runCommand(deps.db, context, async (tx, audit) => {
      const purpose = `[${kindNames[row.kind as PetitionFileKind] ?? 'Tệp'} ${index + 1}] ${input.purpose!.trim()}`;
      await tx.insert(identityAccessLog).values({ petitionId: petition.id, staffId, purpose, at: now.toISOString() });
      audit.record({ action: 'petition.file_read', entity: 'petition', entityId: petition.id, after: { fileId: row.id, purpose } });
    });
  }
  return { file: present(row, index, petition.isIdentityProtected), content: await deps.files.get(row.storageKey) };
}
