import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { requirePrincipal } from '../../platform/http/request-context.js';
import { sendFile } from '../../platform/http/send-file.js';
import { settlementLetters } from './petition-letters.js';
import { renderHandlingLetter, renderSettlementLetter } from './use-cases/render-petition-letter.js';

const tags = ['petitions'];
const Format = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

/** The letters of petitions and settlements as files (PDF or DOCX) in the layout of Decree 30/2020. */
export function registerPetitionLetterRoutes(app: App, deps: AppDeps): void {
  app.get('/api/v1/petitions/:id/letter', {
    schema: {
      tags,
      summary: 'The letter of the petition’s handling (proposal to accept, guidance, transfer slip, return), PDF or DOCX',
      params: z.object({ id: z.uuid() }),
      querystring: Format,
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await renderHandlingLetter(deps, requirePrincipal(request), { petitionId: request.params.id, format: request.query.format }),
      ),
  });

  app.get('/api/v1/settlements/:id/letters/:letter', {
    schema: {
      tags,
      summary: 'A settlement’s letter: acceptance notice, notice to the person denounced (its content only), answer or result',
      params: z.object({ id: z.uuid(), letter: z.enum(settlementLetters) }),
      querystring: Format,
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await renderSettlementLetter(deps, requirePrincipal(request), {
          settlementId: request.params.id,
          letter: request.params.letter,
          format: request.query.format,
        }),
      ),
  });
}
