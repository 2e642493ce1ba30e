/**
 * Seed 004's year entered through the API, then its "Dân vận chính quyền" report: the seed's
 * sentences come back with the same figures ("81,4%" where the seed printed 85%); the dashboard,
 * the DOCX and the XLSX show the same number for every figure id; the DOCX follows Decree 30/2020
 * (A4, margins, Times New Roman, the heading table, "./.", page numbers from page 2); once signed,
 * the report regenerates identically after a later record, and the comparison names what moved.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../support/docx-text.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';
import { flat, hasPdftotext, pdfText } from '../support/pdf-inspect.js';
import { declareIndicators, enterMediation, enterModels, enterPetitions, enterReception } from '../support/seed-004.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let unit: CommuneRef;
let officer: Staff;
// Seed 004 reports "từ ngày 01/01/2018 đến 8/3/2019": a period that ends on the day of the report.
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const year = { from: '2025-01-01', to: today };

beforeAll(async () => {
  t = await createTestApp();
  unit = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['leader', 'reception_officer', 'mobilisation_officer'], unitId: unit.id });
  await enterReception(officer, unit.id);
  await enterPetitions(officer, unit.id);
  await enterMediation(t, officer, unit.id);
  await enterModels(officer, unit.id);
  await declareIndicators(officer, unit.id);
}, 900_000);
afterAll(async () => t?.close());

const file = async (runId: string, format: 'docx' | 'pdf' | 'xlsx') => {
  const response = await officer.client.request('GET', `/api/v1/reports/runs/${runId}/report.${format}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
};

async function xlsxValues(xlsx: Buffer): Promise<Map<string, number | null>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const values = new Map<string, number | null>();
  const sheet = workbook.getWorksheet('Danh mục số liệu');
  sheet?.eachRow((row, index) => {
    if (index > 1) values.set(String(row.getCell(1).value), (row.getCell(4).value as number | null) ?? null);
  });
  return values;
}

describe('the seed 004 report', () => {
  let runId = '';
  let version = 0;

  it('writes the seed’s sentences from the figures, and 81,4% for 96 of 118', async () => {
    const drafted = await officer.client.post('/api/v1/reports/runs', {
      unitId: unit.id,
      kind: 'dan_van',
      period: { kind: 'custom', ...year },
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    runId = drafted.data.id;
    version = drafted.data.version;
    const text = drafted.data.content.sections
      .flatMap((section: { paragraphs: { text: string }[] }) => section.paragraphs.map((p) => p.text))
      .join('\n');
    expect(text).toContain(
      'tiếp công dân định kỳ 29 ngày, với 786 lượt công dân; tổ chức 7 lượt đối thoại với công dân trong quá trình giải quyết đơn thư',
    );
    expect(text).toContain('tiếp nhận 402 đơn thư');
    expect(text).toContain('đã giải quyết xong 317 đơn');
    expect(text).toContain('183 tổ hòa giải cơ sở, với 1.333 tổ viên, đã hòa giải thành công 96/118 vụ mâu thuẫn, đạt 81,4%');
    expect(text).not.toContain('85%');
    expect(text).toContain('5 mô hình Dân vận khéo cấp tỉnh, thành phố, 137 mô hình cấp huyện và 259 mô hình cấp cơ sở');
    expect(text).toContain('có 384 bài dự thi');
    expect(text).toContain('Tổng số xã đạt chuẩn nông thôn mới: 24/28 xã (số liệu do đơn vị kê khai');
    expect(text).toContain('Thu ngân sách nhà nước trên địa bàn: đạt 147,8%');
    expect(drafted.data.content.range).toBe(`Số liệu tính từ ngày 01/01/2025 đến ngày ${today.split('-').reverse().join('/')}.`);
  }, 120_000);

  it('shows the same number for every figure id on the dashboard, in the DOCX and in the XLSX', async () => {
    const run = (await officer.client.get(`/api/v1/reports/runs/${runId}`)).data;
    const dashboard = await officer.client.get(`/api/v1/reports/units/${unit.id}/dashboard?from=${year.from}&to=${year.to}`);
    expect(dashboard.statusCode, dashboard.body).toBe(200);
    const report = new Map<string, number | null>(
      run.content.figures.map((figure: { id: string; value: number | null }) => [figure.id, figure.value]),
    );
    for (const figure of dashboard.data.figures as { id: string; value: number | null }[])
      expect([figure.id, report.get(figure.id)]).toEqual([figure.id, figure.value]);
    expect(dashboard.data.figures.length).toBeGreaterThan(60);
    // Each annex adds up by its own identities ("petitions.total = petitions.carriedOver + petitions.received").
    for (const annex of run.content.annexes as { identities: string[]; rows: { figureId: string; value: number | null }[] }[])
      for (const identity of annex.identities) {
        const value = (id: string) => annex.rows.find((row) => row.figureId === id.trim())?.value ?? Number.NaN;
        const [left = '', right = ''] = identity.split('=');
        const sum = (side: string) => side.split('+').reduce((total, id) => total + value(id), 0);
        expect([identity, sum(left)]).toEqual([identity, sum(right)]);
      }
    const xlsx = await xlsxValues(await file(runId, 'xlsx'));
    for (const [id, value] of report) expect([id, xlsx.get(id)]).toEqual([id, value]);
    const docx = await file(runId, 'docx');
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    for (const id of ['mediation.successRate', 'petitions.received', 'reception.periodic.days', 'models.grassroots'])
      expect(xml).toContain(`w:name="F_${id.replace(/[^A-Za-z0-9]/g, '_')}`);
    const docxRows = flat(docxText(docx));
    expect(docxRows).toContain('mediation.successRate');
    expect(docxRows).toContain('81,4');
    expect(docxRows).toContain('1.333');
  }, 120_000);

  it('lays the DOCX out as Decree 30/2020 asks, and prints the same text as PDF', async () => {
    const docx = await file(runId, 'docx');
    const files = unzipSync(new Uint8Array(docx));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toContain('Times New Roman');
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)[^"]+"/);
    const text = docxText(docx);
    const lines = text.split('\n').map((line) => line.trim());
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('BÁO CÁO');
    expect(text).toMatch(/Số: +\/BC-UBND/);
    expect(text).toMatch(/\.\/\.\n[\s\S]*Nơi nhận:/);
    expect(text).toContain('- Lưu: VT.');
    const headers = Object.keys(files)
      .filter((name) => /^word\/header\d+\.xml$/.test(name))
      .map((name) => strFromU8(files[name]!));
    expect(headers.some((header) => header.includes('PAGE'))).toBe(true);
    if (hasPdftotext) {
      const pdf = flat(pdfText(await file(runId, 'pdf')).join(' '));
      expect(pdf).toContain('BÁO CÁO');
      expect(pdf).toContain('96/118 vụ mâu thuẫn, đạt 81,4%');
    }
  }, 120_000);

  it('regenerates a signed report identically after later records, and shows what moved since', async () => {
    const edited = await officer.client.request('PATCH', `/api/v1/reports/runs/${runId}`, {
      body: {
        number: '12/BC-UBND',
        signerName: 'Nguyễn Văn An',
        freeText: { assessment: 'Công tác dân vận chính quyền có nhiều chuyển biến.' },
      },
      headers: { 'if-match': `"${version}"` },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const signed = await officer.client.post(`/api/v1/reports/runs/${runId}/sign`, {}, { 'if-match': `"${edited.data.version}"` });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.data.status).toBe('signed');
    const before = docxText(await file(runId, 'docx'));
    const beforeXlsx = await xlsxValues(await file(runId, 'xlsx'));
    const late = await officer.client.post('/api/v1/petitions', {
      unitId: unit.id,
      channel: 'post',
      kind: 'recommendation',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      contentSummary: 'Đơn nhập muộn',
      petitioner: { fullName: 'Người gửi muộn' },
    });
    expect(late.statusCode, late.body).toBe(201);
    expect(docxText(await file(runId, 'docx'))).toBe(before);
    expect(await xlsxValues(await file(runId, 'xlsx'))).toEqual(beforeXlsx);
    const again = await officer.client.patch(
      `/api/v1/reports/runs/${runId}`,
      { number: '13/BC-UBND' },
      { 'if-match': `"${signed.data.version}"` },
    );
    expect(again.statusCode).toBe(409);
    const comparison = await officer.client.get(`/api/v1/reports/runs/${runId}/comparison`);
    expect(comparison.statusCode, comparison.body).toBe(200);
    const received = comparison.data.figures.find((figure: { id: string }) => figure.id === 'petitions.received');
    expect(received).toMatchObject({ issued: 402, now: 403, changed: true });
    expect(comparison.data.figures.find((figure: { id: string }) => figure.id === 'mediation.successRate')).toMatchObject({
      changed: false,
    });
    const sent = await officer.client.post(
      `/api/v1/reports/runs/${runId}/send`,
      { sentTo: ['Ban Dân vận Tỉnh ủy'] },
      { 'if-match': `"${signed.data.version}"` },
    );
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.data.status).toBe('sent');
  }, 120_000);
});
