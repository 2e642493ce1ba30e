import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';

import { requirePrincipal } from '../../platform/http/request-context.js';
import { getUnit } from '../org/index.js';
import { DossierPermission } from './dossiers.policy.js';
import { getDossierRow } from './dossiers.repository.js';
import { requireDossierReach } from './dossier-views.js';
import { renderApology } from './forms/render-apology.js';
import { renderProcessControl } from './forms/render-process-control.js';
import { renderReceipt } from './forms/render-receipt.js';
import { renderRefusal } from './forms/render-refusal.js';
import { renderSupplementRequest } from './forms/render-supplement-request.js';
import { renderStopNotice } from './forms/render-stop-notice.js';
import { renderTrackingBook } from './forms/render-tracking-book.js';
import { renderTrackingBookXlsx } from './forms/tracking-book-xlsx.js';
import {
  buildApology,
  buildProcessControl,
  buildReceipt,
  buildRefusal,
  buildStopNotice,
  buildSupplementRequest,
  buildTrackingBook,
} from './use-cases/build-forms.js';
import { isoDate } from '../../platform/http/dates.js';
import { dossierForms } from '../../contracts/dossiers.js';

const pdf = 'application/pdf';

/** The official forms of a dossier, and a unit's tracking book, as files to print. */
export function registerFormRoutes(app: App, deps: AppDeps): void {
  const { db, access, config } = deps;

  app.get('/api/v1/dossiers/:id/forms/:form', {
    schema: {
      tags: ['dossiers'],
      summary: 'An official form of the dossier as PDF (Mẫu 01–05 and the stop notice, Circular 03/2025/TT-VPCP Annex I)',
      params: z.object({ id: z.uuid(), form: z.enum(dossierForms) }),
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const dossier = await getDossierRow(db, request.params.id);
      // Whoever may open the dossier (its receiving unit's readers, or the officers of a step it reached) may print its forms.
      await requireDossierReach(deps, principal, dossier.id);
      let file: Buffer;
      switch (request.params.form) {
        case 'receipt':
          file = await renderReceipt(await buildReceipt(db, dossier, config.publicUrl));
          break;
        case 'supplement-request':
          file = await renderSupplementRequest(await buildSupplementRequest(db, dossier, config.publicUrl));
          break;
        case 'refusal':
          file = await renderRefusal(await buildRefusal(db, dossier));
          break;
        case 'apology':
          file = await renderApology(await buildApology(db, dossier));
          break;
        case 'stop-notice':
          file = await renderStopNotice(await buildStopNotice(db, dossier));
          break;
        case 'process-control':
          file = await renderProcessControl(await buildProcessControl(db, dossier));
          break;
        default: {
          const unreachable: never = request.params.form;
          throw new Error(`unknown form ${String(unreachable)}`);
        }
      }
      return reply
        .type(pdf)
        .header('content-disposition', `inline; filename="${request.params.form}-${dossier.code ?? dossier.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  });

  app.get('/api/v1/units/:id/tracking-book', {
    schema: {
      tags: ['dossiers'],
      summary: "A unit's tracking book (Mẫu 06) for a period, as PDF or XLSX",
      params: z.object({ id: z.uuid() }),
      querystring: z.object({ from: isoDate, to: isoDate, format: z.enum(['pdf', 'xlsx']).default('pdf') }),
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      await getUnit(db, request.params.id);
      await access.require(principal, DossierPermission['dossiers.read'], request.params.id);
      const book = await buildTrackingBook(db, { unitId: request.params.id, from: request.query.from, to: request.query.to });
      const isXlsx = request.query.format === 'xlsx';
      const file = isXlsx ? await renderTrackingBookXlsx(book) : await renderTrackingBook(book);
      return reply
        .type(isXlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : pdf)
        .header(
          'content-disposition',
          `attachment; filename="so-theo-doi-${request.query.from}-${request.query.to}.${request.query.format}"`,
        )
        .send(file);
    },
  });
}
