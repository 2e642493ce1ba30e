import { z } from 'zod';
import {
  ReportComparison,
  ReportRun,
  ReportRunInput,
  ReportRunList,
  ReportRunListQuery,
  ReportRunUpdate,
  ReportSendInput,
} from '../../contracts/report-documents.js';
import { Declaration, DeclarationInput, DeclarationList, DeclarationQuery } from '../../contracts/report-runs.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { sendFile } from '../../platform/http/send-file.js';
import { printedOf, type PrintedReport } from './render/printed-report.js';
import { renderReportPdf } from './render/report-pdf.js';
import { renderReportXlsx } from './render/report-xlsx.js';
import { ReportPermission } from './reports.policy.js';
import { listDeclarations, listRuns } from './reports.repository.js';
import { reportRuns } from './reports.tables.js';
import { compareReport } from './use-cases/compare-report.js';
import { declareFigure, withdrawDeclaration } from './use-cases/declare-figure.js';
import { draftReport, getRun, sendReport, signReport, updateReport } from './use-cases/report-runs.js';

const tags = ['reports'];
const IdParams = z.object({ id: z.uuid() });
const formats = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    // The DOCX engine is loaded with the first DOCX report, not when the server starts.
    render: async (report: PrintedReport) => (await import('./render/report-docx.js')).renderReportDocx(report),
  },
  pdf: { contentType: 'application/pdf', render: renderReportPdf },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderReportXlsx },
} as const;

/** Periodic reports from draft to signed and sent, their files, and the figures a unit declares. */
export function registerReportRunRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = ReportPermission['reports.read'];

  app.post('/api/v1/reports/runs', {
    schema: {
      tags,
      summary: 'Draft a periodic report for a unit, a kind and a period (its figures are computed when it is read)',
      body: ReportRunInput,
      response: { 201: ReportRun },
    },
    handler: async (request, reply) => {
      const made = await draftReport(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('etag', etag(made.version)).send(made);
    },
  });

  app.get('/api/v1/reports/runs', {
    schema: {
      tags,
      summary: 'Periodic reports of the units in reach, newest first',
      querystring: ReportRunListQuery,
      response: { 200: ReportRunList },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      return listRuns(db, { scope: access.unitScope(principal, read, reportRuns.unitId), ...request.query });
    },
  });

  app.get('/api/v1/reports/runs/:id', {
    schema: {
      tags,
      summary: 'A report: a draft composed from today’s figures, a signed report as it was signed',
      params: IdParams,
      response: { 200: ReportRun },
    },
    handler: async (request, reply) => {
      const made = await getRun(deps, requirePrincipal(request), request.params.id);
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.patch('/api/v1/reports/runs/:id', {
    schema: {
      tags,
      summary: 'Edit a draft: its number, signer, recipients and free text (If-Match)',
      params: IdParams,
      body: ReportRunUpdate,
      response: { 200: ReportRun },
    },
    handler: async (request, reply) => {
      const made = await updateReport(deps, requirePrincipal(request), commandContext(request), {
        id: request.params.id,
        version: requireIfMatchVersion(request),
        update: request.body,
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/reports/runs/:id/sign', {
    schema: {
      tags,
      summary: 'Sign a draft once its period has ended: its content is frozen (If-Match)',
      params: IdParams,
      response: { 200: ReportRun },
    },
    handler: async (request, reply) => {
      const made = await signReport(deps, requirePrincipal(request), commandContext(request), {
        id: request.params.id,
        version: requireIfMatchVersion(request),
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/reports/runs/:id/send', {
    schema: {
      tags,
      summary: 'Record a signed report as sent, and to whom (If-Match)',
      params: IdParams,
      body: ReportSendInput,
      response: { 200: ReportRun },
    },
    handler: async (request, reply) => {
      const made = await sendReport(deps, requirePrincipal(request), commandContext(request), {
        id: request.params.id,
        version: requireIfMatchVersion(request),
        send: request.body,
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.get('/api/v1/reports/runs/:id/comparison', {
    schema: {
      tags,
      summary: 'A signed report against today’s figures, and the records changed since it was signed',
      params: IdParams,
      response: { 200: ReportComparison },
    },
    handler: async (request) => compareReport(deps, requirePrincipal(request), request.params.id),
  });

  app.get('/api/v1/reports/runs/:id/report.:format', {
    schema: {
      tags,
      summary: 'The report as DOCX or PDF (Decree 30/2020 layout), or its annex tables as XLSX',
      params: z.object({ id: z.uuid(), format: z.enum(['docx', 'pdf', 'xlsx']) }),
    },
    handler: async (request, reply) => {
      const run = await getRun(deps, requirePrincipal(request), request.params.id);
      const format = formats[request.params.format];
      const body = await format.render(printedOf(run));
      return sendFile(reply, {
        body,
        contentType: format.contentType,
        filename: `bao-cao-${run.period.from}-${run.period.to}.${request.params.format}`,
      });
    },
  });

  app.post('/api/v1/reports/declarations', {
    schema: {
      tags,
      summary: 'Declare a programme indicator or an opening balance for a unit and a period (kept apart from counted figures)',
      body: DeclarationInput,
      response: { 201: Declaration },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await declareFigure(deps, requirePrincipal(request), commandContext(request), request.body)),
  });

  app.get('/api/v1/reports/declarations', {
    schema: {
      tags,
      summary: 'Figures a unit declared for periods inside a range',
      querystring: DeclarationQuery,
      response: { 200: DeclarationList },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return { items: await listDeclarations(db, request.query) };
    },
  });

  app.delete('/api/v1/reports/declarations/:id', {
    schema: { tags, summary: 'Withdraw a declared figure (kept in the audit log)', params: IdParams },
    handler: async (request, reply) => {
      await withdrawDeclaration(deps, requirePrincipal(request), commandContext(request), request.params.id);
      return reply.status(204).send();
    },
  });
}
