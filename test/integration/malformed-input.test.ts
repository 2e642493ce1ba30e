import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../support/test-app.js';

/** Every route with an input schema, sent malformed input: a 4xx problem naming the field, and nothing written. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Operation = {
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean; schema?: { type?: string; format?: string } }[];
  requestBody?: unknown;
};

describe('malformed input to any route', () => {
  it('is refused with application/problem+json naming the field, and the audit log does not grow', async () => {
    const spec = (await t.admin.get('/openapi.json')).data as { paths: Record<string, Record<string, Operation>> };
    const checked: string[] = [];
    const before = await auditCount(t.database);
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        // The portal's pages answer citizens in HTML and forgive a wrong page number; the fuzz test covers them.
        if (operation.tags?.includes('portal')) continue;
        const params = operation.parameters ?? [];
        const pathParams = params.filter((p) => p.in === 'path');
        const queryParams = params.filter(
          (p) => p.in === 'query' && (p.schema?.format === 'uuid' || p.schema?.type === 'integer' || p.schema?.format === 'date'),
        );
        const hasBody = operation.requestBody !== undefined;
        if (pathParams.length === 0 && queryParams.length === 0 && !hasBody) continue;
        const url =
          path.replace(/\{(\w+)\}/g, 'not-a-uuid') +
          (queryParams.length > 0 ? `?${queryParams.map((p) => `${p.name}=not%20valid`).join('&')}` : '');
        const response = await t.admin.request(method.toUpperCase(), url, hasBody ? { body: ['not', 'an', 'object'] } : {});
        const label = `${method.toUpperCase()} ${path}`;
        expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, label).toBeLessThan(500);
        expect(response.headers['content-type'], label).toContain('application/problem+json');
        expect(response.data.code, label).toBe('VALIDATION_FAILED');
        expect(response.data.errors?.length, label).toBeGreaterThan(0);
        expect(typeof response.data.errors[0].field, label).toBe('string');
        checked.push(label);
      }
    }
    expect(checked.length).toBeGreaterThan(12);
    expect(await auditCount(t.database)).toBe(before);
  });
});
