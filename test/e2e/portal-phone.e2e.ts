import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decideOnlineIntake, actOnDossier } from '../../src/modules/dossiers/index.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import type { RunningServer } from '../../src/server.js';
import { acting } from '../support/timeline.js';
import { useBacMe } from './bac-me.js';
import { checkPortalPage, saveMeasures, type PortalPageCheck } from './portal-checks.js';

/**
 * The citizen portal on a phone (390×844) and on a desktop (1280×800): every page fits the screen,
 * speaks Vietnamese only, and passes axe-core without serious or critical violations; an online
 * submission is tracked and rated from the pages a citizen reaches.
 */
const env: Record<string, string> = {};
beforeAll(async () => {
  // The server's public address is its real one, so that the addresses it prints can be followed.
  const port = await freePort();
  Object.assign(env, { PORT: String(port), MOTCUA_PUBLIC_URL: `http://127.0.0.1:${port}` });
});
const bacMe = useBacMe({ env });
const checks: PortalPageCheck[] = [];
afterAll(() => saveMeasures(checks));

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const scan = (text: string) => ({ name: `${text}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`) });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function openPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  // axe-core is injected as an inline script, which the portal's Content-Security-Policy rightly refuses.
  const context = await browser.newContext({ viewport, locale: 'vi-VN', bypassCSP: true });
  return context.newPage();
}

/** Checks the page now open and records its measures. */
async function expectFitting(page: Page, name: string): Promise<PortalPageCheck> {
  const check = await checkPortalPage(page, name);
  checks.push(check);
  expect.soft(check.scrollWidth, `${name} at ${check.viewport}: wider than the screen`).toBeLessThanOrEqual(check.innerWidth);
  expect.soft(check.violations, `${name} at ${check.viewport}: axe-core`).toEqual([]);
  expect.soft(check.smallControls, `${name} at ${check.viewport}: controls under 44 px or 16 px text`).toEqual([]);
  expect.soft(check.foreignText, `${name} at ${check.viewport}: text not for citizens`).toEqual([]);
  return check;
}

/** The counter officer receives the online submission and hands it on to the specialist, as the officer app would. */
async function receiveAndHandOver(server: RunningServer, applicantName: string): Promise<void> {
  const db = server.database.db;
  const deps = { db, access: createAccessPolicy(db), config: { publicUrl: server.url } };
  const [officer] = await server.database.query<{ id: string; username: string }>(
    "select id, username from accounts where username = 'motcua.bacme'",
  );
  const [dossier] = await server.database.query<{ id: string; version: number }>(
    'select id, version from dossiers where applicant_name = $1',
    [applicantName],
  );
  const counter = acting(officer!);
  const received = await decideOnlineIntake(deps, counter.principal, counter.context, {
    dossierId: dossier!.id,
    expectedVersion: dossier!.version,
    decision: { decision: 'receive' },
  });
  await actOnDossier(deps, counter.principal, counter.context, {
    dossierId: dossier!.id,
    expectedVersion: received.version,
    command: { action: 'hand_over' },
  });
}

/** The pages a citizen meets besides the journey's own: the same addresses at every width. */
const portalPages = (trackingAddress: string) => [
  { name: 'home', path: '/' },
  { name: 'procedures', path: '/thu-tuc' },
  { name: 'search', path: '/thu-tuc?q=khai+sinh' },
  { name: 'procedure', path: '/thu-tuc/1.001193' },
  { name: 'submit-form', path: '/nop-ho-so/1.001193' },
  { name: 'tracking-form', path: '/tra-cuu' },
  { name: 'tracking', path: trackingAddress },
  { name: 'transparency-units', path: '/cong-khai' },
  { name: 'transparency', path: '/cong-khai?don-vi=00991' },
];

describe('the citizen portal on a phone and on a desktop, in Chromium', () => {
  let trackingAddress = '';

  it('takes an online submission on a phone: a chosen place, one dossier however often the answer is reloaded, then tracking and rating', async () => {
    const { server, browser } = bacMe;
    const page = await openPage(browser, phone);
    await page.goto(`${server.url}/`);
    await expectFitting(page, 'home');
    // The keyboard's first stop skips to the content, visibly.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      type Focused = { textContent: string | null; getBoundingClientRect(): { top: number; height: number } };
      const { document, getComputedStyle } = globalThis as unknown as {
        document: { activeElement: Focused };
        getComputedStyle(element: Focused): { outlineStyle: string; outlineWidth: string };
      };
      const style = getComputedStyle(document.activeElement);
      return {
        text: document.activeElement.textContent,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        box: document.activeElement.getBoundingClientRect(),
      };
    });
    expect(focused).toMatchObject({ text: 'Bỏ qua, đến nội dung chính', outline: 'solid 3px' });
    expect(focused.box.top).toBeGreaterThanOrEqual(0);
    expect.soft(await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).count(), 'the home page leads to online submission').toBe(1);
    expect.soft(await page.getByRole('textbox', { name: 'Mã hồ sơ' }).count(), 'the home page tracks a dossier by its code').toBe(1);

    await page.goto(`${server.url}/thu-tuc/1.001193`);
    await expectFitting(page, 'procedure');
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).first().click();
    await page.locator('select#unit').waitFor();
    expect.soft(await page.locator('select#unit').inputValue(), 'no place is chosen for the citizen').toBe('');
    await expectFitting(page, 'submit-form');

    await page.selectOption('select#unit', { label: 'Xã Bắc Mê' });
    await page.fill('input[name=name]', 'Hoàng Thị Điệp');
    await page.fill('input[name=citizenId]', '008195004322');
    await page.fill('input[name=phone]', '0987654329');
    await page.fill('input[name=address]', 'Thôn Nà Sáng, xã Bắc Mê');
    const required = await page.locator('input[type=file][required]').all();
    for (const [position, input] of required.entries()) await input.setInputFiles(scan(`giay-to-${position + 1}`));
    await page.click('form button[type=submit]');
    await page.getByRole('heading', { name: 'Đã gửi hồ sơ' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Đã gửi hồ sơ' }).waitFor();
    const filed = await server.database.query<{ n: number }>(
      "select count(*)::int as n from dossiers where applicant_name = 'Hoàng Thị Điệp'",
    );
    expect.soft(filed[0]!.n, 'a reload of the answer files nothing more').toBe(1);
    const trackingLink = page.locator('a[href*="/tra-cuu?k="]').first();
    const trackingHref = (await trackingLink.getAttribute('href')) ?? '';
    expect.soft(trackingHref.startsWith(`${server.url}/tra-cuu?k=`), `the full tracking address: ${trackingHref}`).toBe(true);
    expect.soft(await trackingLink.textContent()).toBe(trackingHref);
    await expectFitting(page, 'submitted');

    await receiveAndHandOver(server, 'Hoàng Thị Điệp');
    trackingAddress = new URL(trackingHref, server.url).pathname + new URL(trackingHref, server.url).search;
    await page.goto(`${server.url}${trackingAddress}`);
    await page.locator('[data-status=processing]').waitFor();
    await expectFitting(page, 'tracking');
    const rate = page.getByRole('link', { name: 'Đánh giá mức độ hài lòng' });
    await rate.click();
    await page.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' }).waitFor();
    await expectFitting(page, 'rating');
    await page.locator('input[name=level]').first().check();
    await page.click('form button[type=submit]');
    await page.getByRole('heading', { name: 'Xin cảm ơn quý khách!' }).waitFor();
    await page.goto(`${server.url}${trackingAddress}`);
    await page.locator('[data-status=processing]').waitFor();
    expect.soft(await rate.count(), 'a rated transaction is not offered again').toBe(0);
  });

  for (const viewport of [phone, desktop]) {
    it(`shows every portal page within ${viewport.width} px, in Vietnamese, accessible`, async () => {
      const { server, browser } = bacMe;
      expect(trackingAddress, 'the journey above gave a tracking address').not.toBe('');
      const page = await openPage(browser, viewport);
      for (const { name, path } of portalPages(trackingAddress)) {
        await page.goto(`${server.url}${path}`);
        await expectFitting(page, name);
      }
      await page.goto(`${server.url}/`);
      const search = page.locator('main form[action="/thu-tuc"]');
      const [box, button] = [await search.locator('input').boundingBox(), await search.locator('button').boundingBox()];
      if (viewport.width >= 1000) expect(Math.abs((box?.y ?? 0) - (button?.y ?? 100)), 'the search button beside its box').toBeLessThan(4);
    });
  }
});
