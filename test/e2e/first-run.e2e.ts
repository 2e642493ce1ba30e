import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, waitForDialog } from './browser.js';
import { e2eAdminPassword, useServerAndBrowser } from './server.js';

const e2e = useServerAndBrowser();

async function signInAsAdministrator(page: Page) {
  await page.goto(`${e2e.server.url}/app/`);
  await page.getByTestId('signin-username').fill('admin');
  await page.getByTestId('signin-password').fill(e2eAdminPassword);
  await page.getByTestId('signin-submit').click();
}

describe('first run on an empty deployment', () => {
  it('leads the administrator from the empty home page to a commune with units, procedures and a service centre', async () => {
    const phone = await e2e.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', isMobile: true, hasTouch: true });
    await signInAsAdministrator(phone);
    await phone.getByText('Hệ thống chưa có đơn vị hành chính nào').waitFor();
    await phone.screenshot({ path: path.join(screenshotDir, 'first-run-home-phone.png'), fullPage: true });
    await phone.close();

    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    await signInAsAdministrator(page);
    await page.getByRole('button', { name: 'Thiết lập ban đầu' }).click();
    expect(await page.getByTestId('nav-setup').count()).toBe(1);
    await page.getByRole('heading', { name: 'Thiết lập ban đầu' }).waitFor();

    await page.locator('#setup-province').fill('tuyen quang');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Tỉnh Tuyên Quang' }).first().click();
    await page.getByRole('button', { name: 'Tải danh mục' }).click();
    await page.getByText(/Đã thêm \d[\d.]* đơn vị/).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Tải thủ tục mẫu' }).click();
    await page.getByText(/Đã thêm \d+ thủ tục/).waitFor({ timeout: 60_000 });
    await page.getByText(/Hệ thống đang có [\d.]+ thủ tục/).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'first-run-setup.png'), fullPage: true });

    const [units] = await e2e.server.database.query<{ n: number }>('select count(*)::int as n from units');
    expect(units!.n).toBeGreaterThan(400);
    const [procedures] = await e2e.server.database.query<{ n: number }>('select count(*)::int as n from procedures');
    expect(procedures!.n).toBeGreaterThan(40);

    // The service centre under Xã Bắc Mê, from the units page.
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).first().click();
    await page.getByTestId('units-create').click();
    await waitForDialog(page);
    await page.getByTestId('unit-code').fill('TTBM');
    await page.getByTestId('unit-name').fill('Trung tâm Phục vụ hành chính công xã Bắc Mê');
    await page.getByTestId('unit-type').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Trung tâm phục vụ hành chính công' })
      .first()
      .click();
    await page.locator('.ant-modal .ant-select', { hasText: 'Trung tâm phục vụ hành chính công' }).waitFor();
    // The parent is searched on the server: pick it from the answer to "bac me", not from the list shown before it.
    const parent = page.locator('.ant-modal').getByLabel('Đơn vị cấp trên');
    await parent.click();
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/v1/units?') && /[?&]q=bac(\+|%20)me/.test(response.url())),
      parent.fill('bac me'),
    ]);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Xã Bắc Mê' }).first().click();
    await page.locator('.ant-modal .ant-select', { hasText: 'Xã Bắc Mê' }).waitFor();
    // Leave the picker as a person would, so that its list is closed before the form is sent.
    await parent.press('Tab');
    await page.locator('.ant-select-dropdown').filter({ visible: true }).first().waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.join(screenshotDir, 'first-run-new-centre.png') });
    // The unit is saved (201) and the dialog gone before the list is searched, however slow the machine.
    const [created] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/api/v1/units')),
      page.getByTestId('unit-form-submit').click(),
    ]);
    expect(created.status(), await created.text()).toBe(201);
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    await page.getByTestId('units-search').fill('trung tam bac me');
    await page.getByTestId('units-search').press('Enter');
    await page
      .getByTestId('units-table')
      .locator('tr', { hasText: 'Trung tâm Phục vụ hành chính công xã Bắc Mê' })
      .waitFor({ timeout: 15_000 });

    const [centre] = await e2e.server.database.query<{ parent: string }>(
      "select p.name as parent from units u join units p on p.id = u.parent_id where u.code = 'TTBM'",
    );
    expect(centre).toEqual({ parent: 'Xã Bắc Mê' });
  });
});
