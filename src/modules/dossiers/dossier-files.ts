import { and, asc, eq } from 'drizzle-orm';
import type { AccessPolicy } from '../../platform/auth/access.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Db, Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { FileError, type FileStore } from '../../platform/files/file-store.js';
import { files } from '../../platform/files/files.tables.js';
import type { DossierFile } from '../../contracts/dossiers.js';
import { requireDossierReach } from './dossier-views.js';
import { getDossierRow } from './dossiers.repository.js';

export type FileRow = typeof files.$inferSelect;

export const presentFile = (row: FileRow): DossierFile => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

/** The files of a dossier, oldest first, for whoever may read its dossiers. */
export async function listDossierFiles(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  dossierId: string,
): Promise<DossierFile[]> {
  const dossier = await getDossierRow(deps.db, dossierId);
  await requireDossierReach(deps, principal, dossier.id);
  return (await selectFiles(deps.db, dossier.id)).map(presentFile);
}

async function selectFiles(db: Queryable, dossierId: string): Promise<FileRow[]> {
  return db
    .select()
    .from(files)
    .where(and(eq(files.ownerType, 'dossier'), eq(files.ownerId, dossierId)))
    .orderBy(asc(files.createdAt));
}

/** A stored file and its content, for whoever may read the dossier it belongs to. */
export async function readDossierFile(
  deps: { db: Db; access: AccessPolicy; files: FileStore },
  principal: Principal,
  fileId: string,
): Promise<{ row: FileRow; content: Buffer }> {
  const [row] = await deps.db.select().from(files).where(eq(files.id, fileId));
  // A dossier's files only: a petition's are read through the petition (its identity rules).
  if (!row || row.ownerType !== 'dossier') throw new DomainError(FileError.FILE_NOT_FOUND);
  await requireDossierReach(deps, principal, row.ownerId);
  return { row, content: await deps.files.get(row.storageKey) };
}
