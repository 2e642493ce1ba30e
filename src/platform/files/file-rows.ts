import type { Queryable } from '../db/types.js';
import { files } from './files.tables.js';
import type { StagedFile } from './upload.js';

/**
 * The row of a file just stored: what it belongs to, its kind, the upload's checked type, size and
 * SHA-256, and its key in the file store — in the caller's transaction. `name` replaces the
 * uploaded file's name (a protected petition keeps none).
 */
export async function insertFileRow(
  tx: Queryable,
  input: { ownerType: string; ownerId: string; kind: string; upload: StagedFile; storageKey: string; createdBy: string; name?: string },
) {
  const [row] = await tx
    .insert(files)
    .values({
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      kind: input.kind,
      name: input.name ?? (input.upload.fileName || 'tep'),
      contentType: input.upload.contentType,
      size: input.upload.size,
      sha256: input.upload.sha256,
      storageKey: input.storageKey,
      createdBy: input.createdBy,
    })
    .returning();
  return row!;
}
