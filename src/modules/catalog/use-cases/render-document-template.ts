import type { ProcedureInput } from '../../../contracts/catalog.js';

type RequiredDocument = ProcedureInput['documents'][number];

/**
 * A required document's fill-in form as DOCX (document-template-docx.ts). The DOCX engine is
 * loaded with the first form asked for, not when the server starts.
 */
export async function renderDocumentTemplate(procedure: ProcedureInput, document: RequiredDocument): Promise<Buffer> {
  const { documentTemplateDocx } = await import('./document-template-docx.js');
  return documentTemplateDocx(procedure, document);
}
