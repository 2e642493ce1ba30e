import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, hasPdftotext, headingColumns, pageSizes, pdfText, pdfWords, textInBox } from '../support/pdf-inspect.js';
import { PROCESS_CONTROL_COLUMNS } from '../../src/modules/dossiers/forms/render-process-control.js';
import { A4_MARGINS } from '../../src/platform/documents/pdf-kit.js';
import { vietnamWallClock } from '../../src/platform/documents/vn-format.js';
import { type Client, createTestApp, type TestApp } from '../support/test-app.js';
import { act, buildDossier, buildProcedure, buildStaff, buildUnit, type Staff } from '../support/factories.js';

/**
 * The process-control slip and the tracking book of the commune of Bắc Mê, whose public
 * administrative service centre receives for it and hands dossiers to the commune's officers; and
 * of the commune of Yên Cường, which has no centre. Every expected cell is written out.
 */
const centreName = 'Trung tâm Phục vụ hành chính công xã Bắc Mê';
/** The printed forms are kept for a person to look at (rendered to PNG in CI's artefacts). */
const artefacts = path.resolve(import.meta.dirname, '../../test-results/forms');
const keep = (name: string, pdf: Buffer) => {
  fs.mkdirSync(artefacts, { recursive: true });
  fs.writeFileSync(path.join(artefacts, name), pdf);
};
let t: TestApp;
let bacMe: { id: string };
let yenCuong: { id: string };
let staff: Record<'counter' | 'specialist' | 'chair' | 'yenCounter', Staff>;
const procedure = buildProcedure({ name: 'Đăng ký khai sinh (sổ theo dõi)' });
const applicant = { name: 'Nguyễn Văn Ánh' };
const vietnamDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const province = await buildUnit(t.admin, { name: 'Tỉnh Tuyên Quang' });
  bacMe = await buildUnit(t.admin, { type: 'commune', name: 'Xã Bắc Mê', parentId: province.id });
  await buildUnit(t.admin, { type: 'service_centre', name: centreName, parentId: bacMe.id });
  yenCuong = await buildUnit(t.admin, { type: 'commune', name: 'Xã Yên Cường', parentId: province.id });
  expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
  staff = {
    counter: await buildStaff(t.admin, { fullName: 'Hoàng Thị Mai', unitId: bacMe.id, roles: ['counter_officer'] }),
    specialist: await buildStaff(t.admin, { fullName: 'Lục Văn Bình', unitId: bacMe.id, roles: ['specialist'] }),
    chair: await buildStaff(t.admin, { fullName: 'Ma Văn Đức', unitId: bacMe.id, roles: ['leader'] }),
    yenCounter: await buildStaff(t.admin, { fullName: 'Triệu Thị Mẩy', unitId: yenCuong.id, roles: ['counter_officer'] }),
  };
});
afterAll(async () => t?.close());

/** Each step in turn: the counter hands over to the commune's appraisal, the specialist to the chairman, who approves. */
async function settled(client: Client) {
  const { id, code } = await buildDossier(client, { unitId: bacMe.id, procedureCode: procedure.code, applicant });
  let version = 1;
  for (const [actor, body] of [
    [staff.counter.client, { action: 'hand_over' }],
    [staff.specialist.client, { action: 'hand_over' }],
    [staff.chair.client, { action: 'approve' }],
  ] as const) {
    const response = await act(actor, id, version, body);
    expect(response.statusCode, response.body).toBe(200);
    version = response.data.version;
  }
  return { id, code, version };
}

const startOfStep = async (dossierId: string, stepIndex: number) =>
  (
    await t.database.query<{ started_at: Date }>('select started_at from dossier_tasks where dossier_id = $1 and step_index = $2', [
      dossierId,
      stepIndex,
    ])
  )[0]!.started_at.toISOString();

/** The text in one cell of the slip's table: the row that starts with "n." and the column at `index`. */
function slipCell(pdf: Buffer, row: number, index: number): string {
  const words = pdfWords(pdf)[0]!;
  const top = (n: number) => words.find((word) => word.text === `${n}.`)?.yMin;
  const weights = PROCESS_CONTROL_COLUMNS.map((column) => column.weight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const width = 595.28 - A4_MARGINS.left - A4_MARGINS.right;
  const x = A4_MARGINS.left + (width * weights.slice(0, index).reduce((a, b) => a + b, 0)) / sum;
  const y = top(row)! - 4;
  const height = (top(row + 1) ?? y + 120) - y - 4;
  return textInBox(pdf, { x, y, width: (width * weights[index]!) / sum, height });
}

describe('Mẫu 05: the process-control slip', () => {
  it.skipIf(!hasPdftotext)('names every giver and receiver in full, the counter officer who received it first', async () => {
    const { id } = await settled(staff.counter.client);
    const slip = await staff.counter.client.get(`/api/v1/dossiers/${id}/forms/process-control`);
    expect(slip.statusCode).toBe(200);
    const pdf = slip.rawPayload;
    keep('process-control.pdf', pdf);
    expect(pageSizes(pdf)[0]).toEqual([595.28, 841.89]);
    expect(headingColumns(pdf, 'PHIẾU').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    const rows = [1, 2, 3].map((row) => [0, 2, 3].map((column) => slipCell(pdf, row, column)));
    expect(rows).toEqual([
      [`1. Tiếp nhận, kiểm tra hồ sơ Giao: ${centreName} Nhận: ${centreName}`, 'Hoàng Thị Mai', 'Hoàng Thị Mai'],
      [`2. Thẩm định Giao: ${centreName} Nhận: Ủy ban nhân dân xã Bắc Mê`, 'Hoàng Thị Mai', 'Lục Văn Bình'],
      ['3. Phê duyệt, trả kết quả Giao: Ủy ban nhân dân xã Bắc Mê Nhận: Ủy ban nhân dân xã Bắc Mê', 'Lục Văn Bình', 'Ma Văn Đức'],
    ]);
    const text = flat(pdfText(pdf).join(' '));
    for (const person of Object.values(staff)) expect(text).not.toContain(person.username);
  });

  it.skipIf(!hasPdftotext)('leaves the receiver of a step in progress to sign and write by hand', async () => {
    const { id } = await buildDossier(staff.counter.client, { unitId: bacMe.id, procedureCode: procedure.code, applicant });
    const pdf = (await staff.counter.client.get(`/api/v1/dossiers/${id}/forms/process-control`)).rawPayload;
    expect([slipCell(pdf, 1, 2), slipCell(pdf, 1, 3)]).toEqual(['Hoàng Thị Mai', '']);
  });
});

describe('Mẫu 06: the tracking book', () => {
  it('numbers entries through the year, names the agency settling each dossier and when it was transferred to it', async () => {
    const first = await settled(staff.counter.client);
    const returned = await act(staff.counter.client, first.id, first.version, { action: 'return', delivery: 'counter' });
    expect(returned.statusCode).toBe(200);
    const second = await buildDossier(staff.counter.client, { unitId: bacMe.id, procedureCode: procedure.code, applicant });
    const third = await buildDossier(staff.counter.client, {
      unitId: bacMe.id,
      procedureCode: procedure.code,
      applicant,
      state: 'handed_over',
    });
    const entries = await t.database.query<{ id: string; book_entry: number }>(
      'select id, book_entry from dossiers where receiving_unit_id = $1 order by book_entry',
      [bacMe.id],
    );
    // The first dossier was received yesterday: a printout of today starts where yesterday's ended.
    await t.database.query(`update dossiers set received_at = received_at - interval '1 day' where id = $1`, [first.id]);
    const entryOf = (id: string) => entries.find((row) => row.id === id)!.book_entry;
    const today = vietnamDay(Date.now());
    const yesterday = vietnamDay(Date.now() - 86_400_000);

    const sheet = async (unitId: string, from: string, to: string, client = staff.counter.client) => {
      const response = await client.get(`/api/v1/units/${unitId}/tracking-book?from=${from}&to=${to}&format=xlsx`);
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const rows = workbook.worksheets[0]!.getSheetValues().slice(7) as unknown[][];
      return { title: workbook.worksheets[0]!.getCell('A3').value, rows: rows.map((row) => row.slice(1)) };
    };
    // Entries run 1, 2, 3, … through the year in the order of receipt, whatever the printout.
    expect(entries.map((row) => row.book_entry)).toEqual(entries.map((_, index) => index + 1));
    const todays = await sheet(bacMe.id, today, today);
    expect(todays.rows.map((row) => row[0])).toEqual(entries.filter((row) => row.id !== first.id).map((row) => row.book_entry));
    const yesterdays = await sheet(bacMe.id, yesterday, yesterday);
    expect(yesterdays.rows.map((row) => row[0])).toEqual([entryOf(first.id)]);
    const rowOf = (rows: unknown[][], code: string) => rows.find((row) => row[1] === code)!;
    // [0] entry, [6] settling agency, [9] transferred, [10] result back, [11] returned, [12] outcome, [13] the applicant's signature
    const secondRow = rowOf(todays.rows, second.code);
    expect([secondRow[0], secondRow[6], secondRow[9] ?? null, secondRow[13] ?? null]).toEqual([
      entryOf(second.id),
      'Ủy ban nhân dân xã Bắc Mê',
      null,
      null,
    ]);
    const thirdRow = rowOf(todays.rows, third.code);
    expect([thirdRow[0], thirdRow[6], thirdRow[9]]).toEqual([
      entryOf(third.id),
      'Ủy ban nhân dân xã Bắc Mê',
      vietnamWallClock(await startOfStep(third.id, 1)),
    ]);

    const both = await sheet(bacMe.id, yesterday, today);
    expect(both.title).toBe(
      `Quyển số ${[...new Set([yesterday, today].map((day) => day.slice(0, 4)))].join(', ')} - Từ ngày ${yesterday.split('-').reverse().join('/')} đến ngày ${today.split('-').reverse().join('/')}`,
    );
    expect(both.rows.map((row) => row[0])).toEqual(entries.map((row) => row.book_entry));
    const firstRow = rowOf(both.rows, first.code);
    expect([firstRow[0], firstRow[6], firstRow[9], firstRow[10], firstRow[11], firstRow[12]]).toEqual([
      entryOf(first.id),
      'Ủy ban nhân dân xã Bắc Mê',
      vietnamWallClock(await startOfStep(first.id, 1)),
      vietnamWallClock(returned.data.finishedAt),
      vietnamWallClock(returned.data.returnedAt),
      'Trước hạn',
    ]);

    const yen = await buildDossier(staff.yenCounter.client, { unitId: yenCuong.id, procedureCode: procedure.code, applicant });
    const yenBook = await sheet(yenCuong.id, today, today, staff.yenCounter.client);
    expect(yenBook.rows.map((row) => [row[0], row[1], row[6], row[9] ?? null])).toEqual([
      [1, yen.code, 'Ủy ban nhân dân xã Yên Cường', null],
    ]);
  });

  it.skipIf(!hasPdftotext)('is headed by the one-stop department that keeps it', async () => {
    const today = vietnamDay(Date.now());
    const bacMeBook = await staff.counter.client.get(`/api/v1/units/${bacMe.id}/tracking-book?from=${today}&to=${today}`);
    keep('tracking-book.pdf', bacMeBook.rawPayload);
    expect(pageSizes(bacMeBook.rawPayload)[0]).toEqual([841.89, 595.28]);
    expect(headingColumns(bacMeBook.rawPayload, 'SỔ').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    expect(flat(pdfText(bacMeBook.rawPayload)[0]!)).toContain(`SỔ THEO DÕI HỒ SƠ ${centreName}`);
    const yenBook = await staff.yenCounter.client.get(`/api/v1/units/${yenCuong.id}/tracking-book?from=${today}&to=${today}`);
    expect(headingColumns(yenBook.rawPayload, 'SỔ').left).toBe('UBND TỈNH TUYÊN QUANG UBND XÃ YÊN CƯỜNG');
    const outsider = await staff.yenCounter.client.get(`/api/v1/units/${bacMe.id}/tracking-book?from=${today}&to=${today}`);
    expect(outsider.statusCode).toBe(403);
  });
});
