import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnameseCollator } from '../../src/platform/i18n/collation.js';
import { buildProcedure } from '../support/procedures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';

/** The catalogue's search and order, as the officer app's intake picker (the API) and the portal's list read them. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function addProcedures(fieldName: string, names: string[]): Promise<void> {
  for (const name of names) {
    const created = await t.admin.post('/api/v1/procedures', {
      effectiveFrom: '2025-07-01',
      procedure: buildProcedure({ name, fieldName }),
    });
    expect(created.statusCode, created.body).toBe(201);
  }
}

const namesOf = async (query: string) =>
  ((await t.admin.get(`/api/v1/procedures?${query}&pageSize=50`)).data.items as { name: string }[]).map((item) => item.name);

describe('procedure search', () => {
  const field = 'Hộ tịch (thử tìm kiếm)';
  beforeAll(() =>
    addProcedures(field, [
      'Cấp bản sao trích lục hộ tịch, bản sao giấy khai sinh',
      'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
      'Thủ tục đăng ký khai tử',
      'Thủ tục đăng ký lại khai sinh',
      'Thủ tục đăng ký khai sinh',
      'Khai báo tạm trú, sinh hoạt tại địa phương',
      'Xác nhận khai sinhh trùng', // the phrase inside a longer word
      'Thủ tục đăng ký kết hôn',
    ]),
  );

  it('ranks the name itself, then whole-phrase matches, shorter first, before scattered words', async () => {
    expect(await namesOf(`q=${encodeURIComponent('khai sinh')}&field=${encodeURIComponent(field)}`)).toEqual([
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký lại khai sinh',
      'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
      'Cấp bản sao trích lục hộ tịch, bản sao giấy khai sinh',
      'Xác nhận khai sinhh trùng',
      'Khai báo tạm trú, sinh hoạt tại địa phương',
    ]);
  });

  it('ranks the same without diacritics, on the portal too', async () => {
    const names = await namesOf(`q=${encodeURIComponent('dang ky khai sinh')}&field=${encodeURIComponent(field)}`);
    expect(names.slice(0, 3)).toEqual([
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
      'Thủ tục đăng ký lại khai sinh',
    ]);
    const portal = await new Client(t.app).get(`/thu-tuc?q=${encodeURIComponent('DANG KY KHAI SINH')}`);
    const listed = [...portal.body.matchAll(/<li><a href="\/thu-tuc\/[^"]+">([^<]+)<\/a>/g)].map((match) => match[1]);
    expect(listed[0]).toBe('Thủ tục đăng ký khai sinh');
  });

  it('finds a procedure by its code first', async () => {
    const code = buildProcedure().code;
    await t.admin.post('/api/v1/procedures', {
      effectiveFrom: '2025-07-01',
      procedure: { ...buildProcedure({ name: 'Thủ tục thử tìm theo mã', fieldName: field }), code },
    });
    expect((await namesOf(`q=${code}`))[0]).toBe('Thủ tục thử tìm theo mã');
  });
});

describe('procedure lists', () => {
  it('are in Vietnamese alphabetical order: "Bạch" before "Bình", "Đ" right after "D"', async () => {
    const field = 'Thử thứ tự chữ cái';
    const names = [
      'Yên Phong',
      'Đông Hưng',
      'Bình Minh',
      'Ưu Điềm',
      'Dương Kinh',
      'Ân Thi',
      'Uông Bí',
      'Bạch Đằng',
      'Ơn Huệ',
      'An Khánh',
      'Ông Ích Khiêm',
      'Ê Đê',
      'Ea Súp',
      'Ăn Hòa',
      'Ô Môn',
      'Đà Bắc',
    ];
    await addProcedures(field, names);
    const listed = await namesOf(`field=${encodeURIComponent(field)}`);
    expect(listed).toEqual([...names].sort(vietnameseCollator.compare));
    expect(listed.slice(0, 8)).toEqual(['An Khánh', 'Ăn Hòa', 'Ân Thi', 'Bạch Đằng', 'Bình Minh', 'Dương Kinh', 'Đà Bắc', 'Đông Hưng']);
  });
});
