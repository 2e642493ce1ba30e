import { RegisterImportRequest, RegisterImportResult, TemplateQuery } from '../../contracts/community-imports.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { CommunityPermission } from './community.policy.js';
import { registerTemplate } from './register-sheets.js';
import { importRegister } from './use-cases/import-register.js';

const tags = ['community'];
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Paper registers brought in from XLSX (households, mediators), with the template to fill in. */
export function registerImportRoutes(app: App, deps: AppDeps): void {
  app.get('/api/v1/community/imports/template', {
    schema: { tags, summary: 'The XLSX template of a paper register (households, mediators)', querystring: TemplateQuery },
    handler: async (request, reply) => {
      await deps.access.requireSomewhere(requirePrincipal(request), CommunityPermission['community.manage']);
      const file = await registerTemplate(request.query.register);
      return reply.type(xlsx).header('content-disposition', `attachment; filename="mau-${request.query.register}.xlsx"`).send(file);
    },
  });

  app.post('/api/v1/community/imports', {
    bodyLimit: 15 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Bring a paper register in from XLSX (base64); a dry run checks it; one wrong row and nothing is imported',
      body: RegisterImportRequest,
      response: { 200: RegisterImportResult },
    },
    handler: async (request) => importRegister(deps, requirePrincipal(request), commandContext(request), request.body),
  });
}
