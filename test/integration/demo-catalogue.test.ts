import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('demo catalogue', () => {
  it('loads into a new database once, and its procedures are searchable on the portal without JavaScript', async () => {
    const first = await loadDemoCatalogue(t.database.db, systemContext('test'));
    expect(first.created).toBeGreaterThanOrEqual(40);
    expect((await loadDemoCatalogue(t.database.db, systemContext('test'))).created).toBe(0);

    const portal = new Client(t.app);
    const birth = await portal.get('/thu-tuc?q=khai%20sinh');
    expect(birth.statusCode).toBe(200);
    expect(birth.body).toMatch(/href="\/thu-tuc\/1\.001193\/thu-tuc-dang-ky-khai-sinh"/);
    expect(birth.body).not.toMatch(/<script/i);
    const business = await portal.get('/thu-tuc?q=dang%20ky%20ho%20kinh%20doanh');
    expect(business.body).toContain('Đăng ký thành lập hộ kinh doanh');
    expect(business.body).not.toContain('Đăng ký khai sinh<');

    const list = await t.admin.get('/api/v1/procedures?pageSize=200');
    const drafts = list.data.items.filter((p: { isPublished: boolean }) => !p.isPublished);
    expect(drafts.length).toBe(2);
    const all = await portal.get('/thu-tuc?trang=1');
    expect(all.body).toContain(`Tìm thấy ${list.data.total - drafts.length} thủ tục`);
    const detail = await portal.get('/thu-tuc/1.001193/thu-tuc-dang-ky-khai-sinh');
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('Dữ liệu mẫu');
    expect(Buffer.byteLength(detail.body)).toBeLessThan(100 * 1024);
  });
});
