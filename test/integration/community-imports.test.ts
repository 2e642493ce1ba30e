/**
 * Paper registers from XLSX: the households of a commune's villages and the mediators of their
 * teams; every row checked first (its village among the commune's, its values, a mediator elected by
 * more than half of the village's households on the day), one wrong row and nothing written.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const villages: { id: string; name: string }[] = [];

async function workbook(rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Sheet1').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}
const importing = (register: string, content: string, dryRun: boolean) =>
  officer.client.post('/api/v1/community/imports', { register, unitId: commune.id, content, dryRun }, { 'accept-language': 'en' });
const householdsOf = async (unitId: string) =>
  (await officer.client.get(`/api/v1/community/villages/${unitId}/households`)).data as { asOf: string; count: number }[];

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
  for (const name of ['Thôn Nà Sáng', 'Thôn Bản Giang'])
    villages.push(await createUnit(t.admin, { type: 'village', name, parentId: commune.id }));
});
afterAll(async () => t?.close());

describe('importing a paper register', () => {
  it('gives a template with the register’s columns', async () => {
    const template = await officer.client.get('/api/v1/community/imports/template?register=mediators');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(1).getCell(3).value).toBe('Họ và tên');
  });

  it('imports households only when every row is right, naming each wrong row and column', async () => {
    const header = ['Thôn, tổ dân phố (mã hoặc tên)', 'Tính đến ngày (YYYY-MM-DD)', 'Số hộ gia đình', 'Nguồn số liệu'];
    const wrong = await workbook([
      header,
      ['thon na sang', '2026-01-01', 182, 'Sổ hộ khẩu'],
      ['Thôn Bản Giang', '2026-01-01', 'nhiều'],
      ['Thôn Xa Lạ', '2026-01-01', 90],
    ]);
    const refused = await importing('households', wrong, false);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.data.errors.map((e: { field: string }) => e.field)).toEqual(['rows.3.count', 'rows.4.village']);
    expect(await householdsOf(villages[0]!.id)).toEqual([]);

    const right = await workbook([header, ['thon na sang', '2026-01-01', 182, 'Sổ hộ khẩu'], ['Thôn Bản Giang', '2026-01-01', 240]]);
    const checked = await importing('households', right, true);
    expect(checked.data).toEqual({ register: 'households', rows: 2, imported: 0, dryRun: true });
    expect(await householdsOf(villages[0]!.id)).toEqual([]);
    const done = await importing('households', right, false);
    expect(done.data).toMatchObject({ rows: 2, imported: 2 });
    expect((await householdsOf(villages[1]!.id)).map((row) => row.count)).toEqual([240]);
  });

  it('imports mediators elected by more than half of the households, creating their teams, or nothing', async () => {
    const header = [
      'Thôn, tổ dân phố (mã hoặc tên)',
      'Tên tổ hòa giải',
      'Họ và tên',
      'Giới tính (Nam/Nữ)',
      'Dân tộc',
      'Dân tộc thiểu số (Có/Không)',
      'Tổ trưởng (Có/Không)',
      'Ngày bầu (YYYY-MM-DD)',
      'Hình thức bầu (Biểu quyết/Bỏ phiếu kín/Lấy ý kiến hộ)',
      'Số đại diện hộ tán thành',
    ];
    const row = (name: string, sex: string, votes: number, leader = 'Không') => [
      'Thôn Nà Sáng',
      'Tổ hòa giải Nà Sáng',
      name,
      sex,
      'Tày',
      'Có',
      leader,
      '2026-02-01',
      'Biểu quyết',
      votes,
    ];
    const short = await workbook([
      header,
      row('Hoàng Thị Mai', 'Nữ', 120, 'Có'),
      row('Ma Văn Sình', 'Nam', 91),
      row('Lường Văn Hoa', 'Nam', 150),
    ]);
    const refused = await importing('mediators', short, false);
    expect(refused.statusCode).toBe(400);
    expect(refused.data.errors).toHaveLength(1);
    expect(refused.data.errors[0]).toMatchObject({ field: 'rows.3.votesFor' });
    expect(refused.data.errors[0].message).toContain('182 households');
    const teams = async () => (await officer.client.get(`/api/v1/community/mediation-teams?unitId=${commune.id}`)).data;
    expect((await teams()).total).toBe(0);

    const right = await workbook([
      header,
      row('Hoàng Thị Mai', 'Nữ', 120, 'Có'),
      row('Ma Văn Sình', 'Nam', 92),
      row('Lường Văn Hoa', 'Nam', 150),
    ]);
    expect((await importing('mediators', right, false)).data).toMatchObject({ rows: 3, imported: 3 });
    const made = await teams();
    expect(made.total).toBe(1);
    expect(made.items[0].mediators.map((m: { fullName: string }) => m.fullName)).toEqual(['Hoàng Thị Mai', 'Ma Văn Sình', 'Lường Văn Hoa']);
    expect(made.items[0].problems).toEqual([]);
    // The same register brought in again adds no one twice.
    expect((await importing('mediators', right, false)).data).toMatchObject({ rows: 3, imported: 0 });
    expect((await teams()).items[0].mediators).toHaveLength(3);
    const impossible = await workbook([header, row('Nông Văn Tài', 'Nam', 183)]);
    const tooMany = await importing('mediators', impossible, true);
    expect(tooMany.data.errors[0]).toMatchObject({ field: 'rows.2.votesFor' });
  });

  it('refuses a file that is not XLSX', async () => {
    const broken = await importing('households', Buffer.from('not a workbook').toString('base64'), true);
    expect(broken.statusCode).toBe(400);
    expect(broken.data.errors[0].field).toBe('content');
  });
});
