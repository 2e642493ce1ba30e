import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../../platform/auth/principal.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { maxFileBytes, newStorageKey, type FileStore } from '../../../platform/files/file-store.js';
import { insertFileRow } from '../../../platform/files/file-rows.js';
import { readMultipartForm } from '../../../platform/files/upload.js';
import { DossierPermission } from '../dossiers.policy.js';
import { getDossierRow } from '../dossiers.repository.js';

/**
 * Attaches a scan of a paper received, or a result document, to a dossier: by whoever receives
 * or processes dossiers at its unit. The upload is streamed and checked (type, size, SHA-256)
 * before it is stored; the file row and the audit entry are one command.
 */
export async function attachFile(
  deps: { db: Db; access: AccessPolicy; files: FileStore },
  principal: Principal,
  context: CommandContext,
  input: { dossierId: string; request: FastifyRequest },
) {
  const dossier = await getDossierRow(deps.db, input.dossierId);
  const canWrite =
    (await deps.access.can(principal, DossierPermission['dossiers.receive'], dossier.receivingUnitId)) ||
    (await deps.access.can(principal, DossierPermission['dossiers.process'], dossier.receivingUnitId));
  if (!canWrite) throw new DomainError(PlatformError.FORBIDDEN);
  const form = await readMultipartForm(input.request, { maxFiles: 1, maxTotalBytes: maxFileBytes, maxFields: 5 }, (fields) => {
    const kind = fields.kind ?? 'submitted';
    if (kind !== 'submitted' && kind !== 'result')
      throw validationError([
        { field: 'kind', code: 'invalid_value', message: { vi: 'submitted hoặc result.', en: 'submitted or result.' } },
      ]);
  });
  try {
    const upload = form.files[0];
    if (!upload) throw validationError([{ field: 'file', code: 'required' }]);
    const kind = form.fields.kind ?? 'submitted';
    const storageKey = newStorageKey();
    await deps.files.putFile(storageKey, upload.path);
    return await runCommand(deps.db, context, async (tx, audit) => {
      const created = await insertFileRow(tx, {
        ownerType: 'dossier',
        ownerId: dossier.id,
        kind,
        upload,
        storageKey,
        createdBy: context.actor.name,
      });
      audit.record({
        action: 'dossier.file_attach',
        entity: 'dossier',
        entityId: dossier.id,
        after: { fileId: created.id, kind, name: created.name, size: upload.size, sha256: upload.sha256 },
      });
      return created;
    });
  } finally {
    await form.dispose();
  }
}
