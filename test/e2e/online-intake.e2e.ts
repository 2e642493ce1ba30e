import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signIn, useBacMe } from './bac-me.js';
import { screenshotDir, waitForDialog } from './browser.js';

/** Online submission on the portal (no JavaScript) → the counter officer checks the scans and receives it → the citizen's tracking page shows processing. */
const bacMe = useBacMe();

const scan = (text: string) => ({ name: `${text}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`) });

describe('an online submission, in Chromium', () => {
  it('is sent from the portal without JavaScript, checked and received by the counter officer, and tracked', async () => {
    const { server, browser } = bacMe;
    const citizen = await (
      await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 }, locale: 'vi-VN' })
    ).newPage();
    await citizen.goto(`${server.url}/nop-ho-so/1.001193`);
    await citizen.selectOption('select#unit', { label: 'Xã Bắc Mê' });
    await citizen.fill('input[name=name]', 'Lò Thị Mai');
    await citizen.fill('input[name=citizenId]', '008195004321');
    await citizen.fill('input[name=phone]', '0987654321');
    await citizen.fill('input[name=address]', 'Thôn Khâu Cả, xã Bắc Mê');
    const required = await citizen.locator('input[type=file][required]').all();
    expect(required.length).toBeGreaterThan(0);
    for (const [position, input] of required.entries()) await input.setInputFiles(scan(`giay-to-${position + 1}`));
    await citizen.click('form button[type=submit]');
    // The answer gives the full tracking address (here under the default public address, so followed on the test server).
    const trackingHref = await citizen.locator('a[href*="/tra-cuu?k="]').first().getAttribute('href');
    expect(trackingHref).toBeTruthy();
    const trackingPath = `/tra-cuu${new URL(trackingHref!).search}`;

    const counter = await signIn(browser, server, 'motcua.bacme');
    await counter.getByTestId('nav-dossiers').click();
    await counter.getByTestId('dossiers-search').fill('lo thi mai');
    await counter.getByTestId('dossiers-search').press('Enter');
    await counter.locator('[data-testid=dossiers-table] tr.ant-table-row', { hasText: 'Lò Thị Mai' }).first().click();
    await counter.getByTestId('dossier-waiting-check').waitFor();
    await expect.poll(() => counter.getByTestId('dossier-file').count(), { timeout: 15_000 }).toBe(required.length);
    const fileHref = await counter.getByTestId('dossier-file').first().locator('a').getAttribute('href');
    const file = await counter.request.get(new URL(fileHref!, server.url).href);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await counter.screenshot({ path: path.join(screenshotDir, 'online-1-check.png'), fullPage: true });

    await counter.getByTestId('dossier-decision-receive').click();
    await waitForDialog(counter);
    await counter.getByTestId('decision-submit').click();
    await counter.locator('[data-testid=dossier-status][data-status=processing]').waitFor({ timeout: 20_000 });
    expect(await counter.getByTestId('dossier-waiting-check').count()).toBe(0);
    await counter.getByTestId('form-link-receipt').waitFor();
    // Once received, the officer attaches another scan from the dossier page.
    await counter.getByTestId('dossier-files').locator('input[type=file]').first().setInputFiles(scan('ban-chup-them'));
    await expect.poll(() => counter.getByTestId('dossier-file').count(), { timeout: 15_000 }).toBe(required.length + 1);
    expect(await counter.getByTestId('dossier-files').textContent()).toContain('ban-chup-them.pdf');

    const [stored] = await server.database.query<{ code: string; channel: string; status: string }>(
      "select code, channel, status from dossiers where applicant_name = 'Lò Thị Mai'",
    );
    expect(stored).toMatchObject({ channel: 'online', status: 'processing' });
    expect(stored!.code).toMatch(/^00991-\d{6}-\d{4}$/);

    await citizen.goto(`${server.url}${trackingPath}`);
    expect(await citizen.content()).toContain(stored!.code);
    await citizen.locator('[data-status=processing]').first().waitFor();
  });
});
