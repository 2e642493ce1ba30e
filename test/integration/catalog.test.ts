import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findVersionInForce } from '../../src/modules/catalog/index.js';
import { auditCount, Client, createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff } from '../support/factories.js';
import { buildProcedure } from '../support/procedures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const create = (client: Client, procedure = buildProcedure(), effectiveFrom = '2025-07-01') =>
  client.post('/api/v1/procedures', { effectiveFrom, procedure });

describe('procedure catalogue', () => {
  it('creates a procedure and refuses broken rules, naming the field and writing nothing', async () => {
    const created = await create(t.admin);
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ version: 1, latestVersion: 1, effectiveFrom: '2025-07-01' });
    const before = await auditCount(t.database);
    const budgets = buildProcedure();
    budgets.steps[1]!.budgetHours = 10;
    const mismatch = await create(t.admin, budgets);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.data.errors[0]).toMatchObject({ field: 'steps', code: 'budget_mismatch' });
    const badCode = await create(t.admin, buildProcedure({ code: '1.23' }));
    expect(badCode.data.errors.map((e: { field: string }) => e.field)).toContain('procedure.code');
    const negativeFee = buildProcedure();
    negativeFee.fees[0]!.amountVnd = -5;
    expect((await create(t.admin, negativeFee)).data.errors[0].field).toBe('procedure.fees.0.amountVnd');
    const duplicate = await create(t.admin, buildProcedure({ code: created.data.code }));
    expect(duplicate.statusCode).toBe(409);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('keeps version 1 for what was received under it after version 2 is published', async () => {
    const v1 = buildProcedure({ name: 'Đăng ký kết hôn' });
    const code = (await create(t.admin, v1, '2025-07-01')).data.code as string;
    const v2 = {
      ...v1,
      processingTime: { unit: 'working_days' as const, value: 5 },
      steps: [...v1.steps.slice(0, 2), { ...v1.steps[2]!, budgetHours: 20 }],
    };
    const stale = await t.admin.post(
      `/api/v1/procedures/${code}/versions`,
      { effectiveFrom: '2026-01-01', procedure: v2 },
      { 'if-match': '"2"' },
    );
    expect(stale.statusCode).toBe(412);
    const backdated = await t.admin.post(
      `/api/v1/procedures/${code}/versions`,
      { effectiveFrom: '2025-01-01', procedure: v2 },
      { 'if-match': '"1"' },
    );
    expect(backdated.data.errors[0].field).toBe('effectiveFrom');
    const revised = await t.admin.post(
      `/api/v1/procedures/${code}/versions`,
      { effectiveFrom: '2026-01-01', procedure: v2, changeNote: 'Thời hạn 5 ngày' },
      { 'if-match': '"1"' },
    );
    expect(revised.statusCode).toBe(201);
    expect(revised.data).toMatchObject({ version: 2, latestVersion: 2 });

    const receivedBefore = await findVersionInForce(t.database.db, code, '2025-12-31');
    expect(receivedBefore!.version).toBe(1);
    expect(receivedBefore!.data.processingTime).toEqual({ unit: 'working_days', value: 3 });
    expect(receivedBefore!.data.steps.map((s) => s.budgetHours)).toEqual([4, 16, 4]);
    const receivedAfter = await findVersionInForce(t.database.db, code, '2026-01-02');
    expect(receivedAfter!.data.processingTime.value).toBe(5);

    const detail = await t.admin.get(`/api/v1/procedures/${code}`);
    expect(detail.data.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const diff = await t.admin.get(`/api/v1/procedures/${code}/diff?from=1&to=2`);
    expect(diff.data.changes.map((c: { field: string }) => c.field).sort()).toEqual(['processingTime', 'steps']);
    const inForce2025 = await t.admin.get(`/api/v1/procedures?at=2025-12-31&q=${encodeURIComponent('kết hôn')}`);
    expect(inForce2025.data.items[0].processingTime.value).toBe(3);
  });

  it('lets any officer read the catalogue, only administrators change it', async () => {
    const counter = await buildStaff(t.admin, { roles: ['counter_officer'] });
    expect((await counter.client.get('/api/v1/procedures')).statusCode).toBe(200);
    expect((await create(counter.client)).statusCode).toBe(403);
    expect((await new Client(t.app).get('/api/v1/procedures')).statusCode).toBe(401);
    const noRole = await buildStaff(t.admin, { roles: [] });
    expect((await noRole.client.get('/api/v1/procedures')).statusCode).toBe(403);
  });

  it('searches without diacritics and filters', async () => {
    const business = buildProcedure({
      name: 'Đăng ký thành lập hộ kinh doanh',
      fieldName: 'Thành lập và hoạt động của hộ kinh doanh',
      onlineLevel: 'partial',
    });
    await create(t.admin, business);
    const byCode = await t.admin.get(`/api/v1/procedures?q=${encodeURIComponent(business.code)}`);
    expect(byCode.data.items.map((p: { code: string }) => p.code)).toEqual([business.code]);
    const khaiSinh = await t.admin.get('/api/v1/procedures?q=khai%20sinh');
    expect(khaiSinh.data.items.every((p: { name: string }) => p.name.includes('khai sinh'))).toBe(true);
    expect(khaiSinh.data.total).toBeGreaterThan(0);
    const byName = await t.admin.get('/api/v1/procedures?q=dang%20ky%20ho%20kinh%20doanh');
    expect(byName.data.items.map((p: { name: string }) => p.name)).toContain('Đăng ký thành lập hộ kinh doanh');
    const partial = await t.admin.get('/api/v1/procedures?onlineLevel=partial');
    expect(partial.data.items.every((p: { onlineLevel: string }) => p.onlineLevel === 'partial')).toBe(true);
  });

  it('imports nothing from an XLSX file with one bad row, naming the row and field; then imports the good file', async () => {
    const fresh = [buildProcedure({ name: 'Chứng thực bản sao từ bản chính' }), buildProcedure({ name: 'Chứng thực chữ ký' })];
    const exported = await t.admin.get('/api/v1/procedures/export?format=xlsx');
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Thủ tục')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    for (const procedure of fresh) {
      sheet.addRow(
        header.map(
          (column) =>
            (
              ({
                code: procedure.code,
                name: procedure.name,
                sector_name: procedure.sectorName,
                field_name: procedure.fieldName,
                levels: 'commune',
                processing_unit: 'working_days',
                processing_value: 3,
                legal_basis: 'Nghị định 23/2015/NĐ-CP',
                online_level: 'full',
                delivery_options: 'counter, electronic',
                can_pause_for_supplement: 'có',
                results: 'Bản sao được chứng thực',
                applicants: 'individual',
                where_to_submit: 'UBND xã',
                is_published: true,
                effective_from: '2025-07-01',
              }) as Record<string, unknown>
            )[column] ?? null,
        ),
      );
      workbook.getWorksheet('Thành phần hồ sơ')!.addRow([procedure.code, 'Bản chính giấy tờ', 'original', 1, true, null, null]);
      for (const [index, step] of procedure.steps.entries())
        workbook
          .getWorksheet('Quy trình')!
          .addRow([procedure.code, index + 1, step.name, step.handlerUnitType, null, step.role, step.budgetHours]);
    }
    const goodContent = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const badRowNumber = sheet.rowCount;
    sheet.getRow(badRowNumber).getCell(header.indexOf('processing_value') + 1).value = 'ba ngày';
    const badContent = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

    const before = (await t.admin.get('/api/v1/procedures')).data.total;
    const refused = await t.admin.post('/api/v1/procedures/import', { format: 'xlsx', content: badContent });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.code).toBe('PROCEDURE_IMPORT_INVALID');
    expect(refused.data.errors.map((e: { field: string }) => e.field)).toContain(`rows[${badRowNumber}].processing_value`);
    expect((await t.admin.get('/api/v1/procedures')).data.total).toBe(before);

    const imported = await t.admin.post('/api/v1/procedures/import', { format: 'xlsx', content: goodContent });
    expect(imported.data).toMatchObject({ created: 2, revised: 0, dryRun: false });
    expect(imported.data.unchanged).toBe(before);
    expect((await t.admin.get('/api/v1/procedures')).data.total).toBe(before + 2);
  });

  it('imports JSON, reporting each bad row, and exports what it imports', async () => {
    const good = buildProcedure({ name: 'Xác nhận tình trạng hôn nhân' });
    const bad = { ...buildProcedure(), documents: [] };
    const refused = await t.admin.post('/api/v1/procedures/import', {
      format: 'json',
      content: JSON.stringify([
        { effectiveFrom: '2025-07-01', procedure: good },
        { effectiveFrom: '2025-07-01', procedure: bad },
      ]),
    });
    expect(refused.data.errors.map((e: { field: string }) => e.field)).toEqual(['rows[2].procedure.documents']);
    const dry = await t.admin.post('/api/v1/procedures/import', {
      format: 'json',
      content: JSON.stringify([{ effectiveFrom: '2025-07-01', procedure: good }]),
      dryRun: true,
    });
    expect(dry.data).toMatchObject({ created: 1, dryRun: true });
    expect((await t.admin.get(`/api/v1/procedures/${good.code}`)).statusCode).toBe(404);
    await t.admin.post('/api/v1/procedures/import', {
      format: 'json',
      content: JSON.stringify([{ effectiveFrom: '2025-07-01', procedure: good }]),
    });
    const exported = JSON.parse((await t.admin.get('/api/v1/procedures/export?format=json')).body) as { procedure: { code: string } }[];
    expect(exported.map((record) => record.procedure.code)).toContain(good.code);
  });
});

describe('citizen portal catalogue pages', () => {
  it('searches at /thu-tuc without JavaScript and shows a procedure with documents, fees and templates', async () => {
    const procedure = buildProcedure({ name: 'Đăng ký khai sinh lưu động' });
    await create(t.admin, procedure);
    const hidden = buildProcedure({ name: 'Đăng ký khai sinh nháp', isPublished: false });
    await create(t.admin, hidden);
    const anonymous = new Client(t.app);
    const search = await anonymous.get('/thu-tuc?q=khai%20sinh%20luu%20dong');
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain('Đăng ký khai sinh lưu động');
    expect(search.body).not.toContain('nháp');
    expect(search.body).not.toMatch(/<script/i);
    expect(Buffer.byteLength(search.body)).toBeLessThan(100 * 1024);
    const link = /href="(\/thu-tuc\/[^"]+)"/.exec(search.body.slice(search.body.indexOf('<ol')))![1]!;
    expect(link).toBe(`/thu-tuc/${procedure.code}/dang-ky-khai-sinh-luu-dong`);
    const page = await anonymous.get(link);
    expect(page.body).toContain('Giấy chứng sinh');
    expect(page.body).toContain('8.000 đồng');
    expect(page.body).toContain('3 ngày làm việc');
    expect(page.body).toContain('Trung tâm Phục vụ hành chính công cấp xã');
    expect(Buffer.byteLength(page.body)).toBeLessThan(100 * 1024);
    const template = await anonymous.get(`/thu-tuc/${procedure.code}/mau/1`);
    expect(template.headers['content-type']).toContain('wordprocessingml');
    expect(template.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await anonymous.get(`/thu-tuc/${hidden.code}/x`)).statusCode).toBe(404);
    expect((await anonymous.get(`/thu-tuc/${procedure.code}`)).statusCode).toBe(301);
  });
});
