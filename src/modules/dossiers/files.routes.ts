import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { runCommand } from '../../platform/audit/audit.js';
import { files } from '../../platform/files/files.tables.js';
import { FileError, maxFileBytes, newStorageKey } from '../../platform/files/file-store.js';
import { readMultipartForm } from '../../platform/files/upload.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, PlatformError, validationError } from '../../platform/errors/errors.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { DossierPermission } from './dossiers.policy.js';
import { getDossierRow } from './dossiers.repository.js';

const FileInfo = z.object({ id: z.uuid(), kind: z.string(), name: z.string(), contentType: z.string(), size: z.number(), sha256: z.string(), createdBy: z.string().nullable(), createdAt: z.string() });
const present = (row: typeof files.$inferSelect) => ({ id: row.id, kind: row.kind, name: row.name, contentType: row.contentType, size: row.size, sha256: row.sha256, createdBy: row.createdBy, createdAt: row.createdAt.toISOString() });

/** Scans of the documents received and the result documents of a dossier, kept in the file store. */
export function registerDossierFileRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const canWrite = async (principal: Principal, unitId: string) =>
    (await access.can(principal, DossierPermission['dossiers.receive'], unitId)) || (await access.can(principal, DossierPermission['dossiers.process'], unitId));

  app.post('/api/v1/dossiers/:id/files', {
    schema: { tags: ['dossiers'], summary: 'Attach a scan or a result (multipart: kind = submitted | result, file = PDF/JPEG/PNG ≤ 20 MB)', consumes: ['multipart/form-data'], params: z.object({ id: z.uuid() }), response: { 201: FileInfo } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const dossier = await getDossierRow(db, request.params.id);
      if (!(await canWrite(principal, dossier.receivingUnitId))) throw new DomainError(PlatformError.FORBIDDEN);
      const form = await readMultipartForm(request, { maxFiles: 1, maxTotalBytes: maxFileBytes, maxFields: 5 }, (fields) => {
        const kind = fields.kind ?? 'submitted';
        if (kind !== 'submitted' && kind !== 'result') {
          throw validationError([{ field: 'kind', code: 'invalid_value', message: { vi: 'submitted hoặc result.', en: 'submitted or result.' } }]);
        }
      });
      try {
        const upload = form.files[0];
        if (!upload) throw validationError([{ field: 'file', code: 'required' }]);
        const kind = form.fields.kind ?? 'submitted';
        const storageKey = newStorageKey();
        await deps.files.putFile(storageKey, upload.path);
        const context = commandContext(request);
        const row = await runCommand(db, context, async (tx, audit) => {
          const [created] = await tx
            .insert(files)
            .values({ ownerType: 'dossier', ownerId: dossier.id, kind, name: upload.fileName || 'tep', contentType: upload.contentType, size: upload.size, sha256: upload.sha256, storageKey, createdBy: context.actor.name })
            .returning();
          audit.record({ action: 'dossier.file_attach', entity: 'dossier', entityId: dossier.id, after: { fileId: created!.id, kind, name: created!.name, size: upload.size, sha256: upload.sha256 } });
          return created!;
        });
        return reply.status(201).send(present(row));
      } finally {
        await form.dispose();
      }
    },
  });

  app.get('/api/v1/dossiers/:id/files', {
    schema: { tags: ['dossiers'], summary: 'The files of a dossier', params: z.object({ id: z.uuid() }), response: { 200: z.object({ items: z.array(FileInfo) }) } },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      const dossier = await getDossierRow(db, request.params.id);
      await access.require(principal, DossierPermission['dossiers.read'], dossier.receivingUnitId);
      const rows = await db.select().from(files).where(and(eq(files.ownerType, 'dossier'), eq(files.ownerId, dossier.id))).orderBy(asc(files.createdAt));
      return { items: rows.map(present) };
    },
  });

  app.get('/api/v1/files/:id', {
    schema: { tags: ['dossiers'], summary: 'Download a file', params: z.object({ id: z.uuid() }) },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const [row] = await db.select().from(files).where(eq(files.id, request.params.id));
      if (!row) throw new DomainError(FileError.FILE_NOT_FOUND);
      const dossier = await getDossierRow(db, row.ownerId);
      await access.require(principal, DossierPermission['dossiers.read'], dossier.receivingUnitId);
      const content = await deps.files.get(row.storageKey);
      return reply.type(row.contentType).header('content-disposition', `attachment; filename="${encodeURIComponent(row.name)}"`).header('x-content-sha256', row.sha256).send(content);
    },
  });
}
