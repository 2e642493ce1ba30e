import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { rateTransaction } from '../../src/modules/ratings/index.js';
import { act, buildDossier } from '../support/factories.js';
import { signIn as signInToApi, type Client } from '../support/test-app.js';
import { fullNames, password, useBacMe } from './bac-me.js';
import { screenshotDir } from './browser.js';
import { e2eAdminPassword } from './server.js';

/**
 * The officer app on a phone (390×844) and on a laptop (1280×800): every main page fits the
 * screen's width (a table may scroll inside its own box, the page never does), and the browser
 * console stays free of errors. Screenshots of each page at both widths land in
 * test-results/screenshots/ for a person to look at.
 */
const deploymentName = 'Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang';
const bacMe = useBacMe({ env: { MOTCUA_DEPLOYMENT_NAME: deploymentName } });

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

type Visit = { name: string; path: (dossierId: string) => string; ready: string };
const visits: Visit[] = [
  { name: 'home', path: () => '/app/', ready: '[data-testid=unit-dashboard] .ant-statistic' },
  { name: 'dossiers', path: () => '/app/dossiers', ready: '[data-testid=dossiers-table] tr.ant-table-row, [data-testid=dossier-card]' },
  { name: 'dossier', path: (id) => `/app/dossiers/${id}`, ready: '[data-testid=dossier-timeline]' },
  { name: 'units', path: () => '/app/units', ready: '[data-testid=units-table] tr.ant-table-row, [data-testid=unit-card]' },
  { name: 'staff', path: () => '/app/staff', ready: '.ant-table-row, [data-testid=staff-card]' },
  {
    name: 'procedures',
    path: () => '/app/procedures',
    ready: '[data-testid=procedures-table] tr.ant-table-row, [data-testid=procedure-card]',
  },
  { name: 'ratings', path: () => '/app/ratings', ready: '.ant-tabs' },
  { name: 'calendar', path: () => '/app/calendar', ready: '[data-testid=calendar-grid]' },
  { name: 'reception', path: () => '/app/reception', ready: '[data-testid=visit-form]' },
  { name: 'reception-sessions', path: () => '/app/reception/sessions', ready: '[data-testid=planner]' },
  { name: 'dialogues', path: () => '/app/dialogues', ready: '[data-testid=dialogues-table]' },
  { name: 'commitments', path: () => '/app/commitments', ready: '[data-testid=commitments-table]' },
];
const adminVisits: Visit[] = [{ name: 'audit', path: () => '/app/audit', ready: '.ant-table-row' }];
const counterVisits: Visit[] = [
  { name: 'intake', path: () => '/app/dossiers/new', ready: '[data-testid=intake-procedure]' },
  { name: 'kiosk', path: () => '/app/ratings', ready: '.ant-tabs' },
];

/** How far the page is wider than the screen (0 when it fits). */
async function overflowOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { document, window } = globalThis as unknown as {
      document: { scrollingElement: { scrollWidth: number } };
      window: { innerWidth: number };
    };
    return Math.max(0, document.scrollingElement.scrollWidth - window.innerWidth);
  });
}

/** The innermost elements reaching past the screen's right edge (tag, classes, test id and right edge), to say what to fix. */
async function elementsPastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { right: number };
    type Element = {
      tagName: string;
      className: unknown;
      children: { length: number };
      getAttribute(name: string): string | null;
      getBoundingClientRect(): Box;
      querySelector(selector: string): Element | null;
    };
    const { document, window } = globalThis as unknown as {
      document: { body: Element; querySelectorAll(selector: string): Iterable<Element> };
      window: { innerWidth: number };
    };
    const past = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > window.innerWidth + 1,
    );
    const innermost = past.filter(
      (element) => !past.some((other) => other !== element && element.querySelector('*') !== null && isInside(other, element)),
    );
    function isInside(inner: Element, outer: Element): boolean {
      return (outer as unknown as { contains(node: unknown): boolean }).contains(inner);
    }
    return innermost.slice(0, 5).map((element) => {
      const classes = typeof element.className === 'string' ? element.className.split(' ').slice(0, 3).join('.') : '';
      const testId = element.getAttribute('data-testid');
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${testId ? `[${testId}]` : ''} → ${Math.round(element.getBoundingClientRect().right)}`;
    });
  });
}

/** A browser at a viewport, signed in through the sign-in page; console errors and page errors are collected. */
async function openAs(browser: Browser, server: RunningServer, username: string, viewport: (typeof viewports)[number]) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.goto(`${server.url}/app/`);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(username === 'admin' ? e2eAdminPassword : password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor();
  return { page, errors };
}

/**
 * A few dossiers at different points of their life, so that the lists, the dossier page, the
 * scores and the feedback have something to show: one taken through every step by its officers,
 * returned and rated unsatisfied with a comment, one with the specialist, one just received.
 */
async function seedDossiers(server: RunningServer): Promise<string> {
  const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
  const counter: Client = await signInToApi(server.app, 'motcua.bacme', password);
  const specialist: Client = await signInToApi(server.app, 'chuyenvien.bacme', password);
  const leader: Client = await signInToApi(server.app, 'lanhdao.bacme', password);
  const procedure = (await counter.get('/api/v1/procedures/1.001193')).data as { procedure: { documents: { isRequired: boolean }[] } };
  const documents = procedure.procedure.documents.flatMap((document, index) => (document.isRequired ? [{ index: index + 1 }] : []));
  const base = { unitId: commune!.id, procedureCode: '1.001193', documents, leader };
  const settled = await buildDossier(counter, { ...base, applicant: { name: 'Nguyễn Thị Phương Thảo' } });
  let version = settled.version;
  for (const [who, body] of [
    [counter, { action: 'hand_over' }],
    [specialist, { action: 'hand_over', note: 'Hồ sơ đầy đủ, đủ điều kiện đăng ký.' }],
    [leader, { action: 'approve' }],
    [counter, { action: 'return', delivery: 'counter' }],
  ] as const) {
    const response = await act(who, settled.id, version, body);
    if (response.statusCode !== 200) throw new Error(`${body.action}: ${response.statusCode} ${response.body}`);
    version = response.data.version as number;
  }
  await rateTransaction(
    { db: server.database.db },
    { actor: { id: null, name: 'citizen:e2e' } },
    {
      dossierId: settled.id,
      transaction: 'return',
      channel: 'qr',
      answers: { level: 'unsatisfied', attitude: 'fair', comment: 'Phải chờ khá lâu ở quầy trả kết quả, đề nghị bố trí thêm ghế ngồi.' },
    },
  );
  await buildDossier(counter, { ...base, state: 'handed_over', applicant: { name: 'Hoàng Văn Khánh' } });
  await buildDossier(counter, { ...base, state: 'received', applicant: { name: 'Lò Thị Hoa' } });
  return settled.id;
}

/**
 * Counter intake: "khai sinh" and Enter take nothing by themselves (the first result does not begin
 * with those words: the officer chooses); "dang ky khai sinh" and Enter take birth registration.
 */
async function pickBirthRegistration(page: Page): Promise<void> {
  await page.getByTestId('intake-procedure').click();
  await page.keyboard.type('khai sinh');
  await page.locator('[data-procedure-code]').first().waitFor();
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('intake-documents').count()).toBe(0);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('dang ky khai sinh');
  await page.locator('[data-procedure-code="1.001193"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('intake-documents').waitFor();
  expect(await page.getByTestId('intake-procedure').textContent()).toContain('1.001193');
}

describe('the officer app at a phone width and at a laptop width', () => {
  it('fits every main page to the screen, without console errors', async () => {
    const { server, browser } = bacMe;
    const dossierId = await seedDossiers(server);
    const measured: string[] = [];
    const problems: string[] = [];
    for (const viewport of viewports) {
      for (const [username, pages] of [
        ['lanhdao.bacme', visits],
        ['motcua.bacme', counterVisits],
        ['admin', adminVisits],
      ] as const) {
        const { page, errors } = await openAs(browser, server, username, viewport);
        expect(await page.getByTestId('app-title').textContent()).toBe(deploymentName);
        for (const visit of pages) {
          await page.goto(`${server.url}${visit.path(dossierId)}`);
          await page.locator(visit.ready).first().waitFor({ timeout: 20_000 });
          if (visit.name === 'intake') await pickBirthRegistration(page);
          if (visit.name === 'dossier') {
            // The history names the officers, not their usernames.
            const actors = await page.getByTestId('event-actor').allTextContents();
            expect(actors.join(' ')).toContain(fullNames['motcua.bacme']);
            expect(actors.join(' ')).not.toContain('motcua.bacme');
          }
          if (visit.name === 'kiosk') {
            await page.getByRole('tab', { name: /Quầy đánh giá/ }).click();
            await page.getByTestId('pair-kiosk').click();
            await page.getByTestId('kiosk-qr').waitFor({ timeout: 20_000 });
          }
          await page.waitForLoadState('networkidle');
          const overflow = await overflowOf(page);
          measured.push(`${viewport.name} ${visit.name}: ${overflow} px wider than the screen`);
          if (overflow > 1) {
            const culprits = (await elementsPastTheEdge(page)).join('; ');
            problems.push(`${viewport.name} ${visit.name}: the page is ${overflow} px wider than the screen (${culprits})`);
          }
          await page.screenshot({ path: path.join(screenshotDir, `officer-${viewport.name}-${visit.name}.png`), fullPage: true });
        }
        if (viewport.name === 'phone') {
          await page.getByTestId('nav-open').click();
          await page.getByTestId('nav-dossiers').waitFor();
          await page.waitForFunction(() => {
            type Animated = { getAnimations(options: { subtree: boolean }): unknown[] };
            const { document } = globalThis as unknown as { document: { querySelector(selector: string): Animated | null } };
            return document.querySelector('.ant-drawer')?.getAnimations({ subtree: true }).length === 0;
          });
          await page.screenshot({ path: path.join(screenshotDir, `officer-${viewport.name}-menu-${username}.png`) });
        }
        problems.push(...errors);
        await page.context().close();
      }
    }
    console.log(measured.join('\n'));
    expect(problems).toEqual([]);
  });

  it('leaves only the success on screen once a refused password is followed by a good one', async () => {
    const { server, browser } = bacMe;
    const { page, errors } = await openAs(browser, server, 'chuyenvien.bacme', viewports[0]);
    await page.goto(`${server.url}/app/password`);
    const fill = async (next: string) => {
      await page.locator('#currentPassword').fill(password);
      await page.locator('#newPassword').fill(next);
      await page.locator('#confirmPassword').fill(next);
      await page.locator('form button[type=submit]').click();
    };
    await fill('short');
    await page.locator('.ant-message-error').waitFor();
    await fill('A-much-better-pass-9');
    await page.locator('.ant-message-success').waitFor();
    // The refusal stays 6 seconds on its own: gone within 2, it was cleared by the success.
    await page.locator('.ant-message-error').waitFor({ state: 'detached', timeout: 2_000 });
    await page.screenshot({ path: path.join(screenshotDir, 'officer-phone-password-changed.png') });
    // The refused attempt is a 400 the page explains; nothing else may reach the console.
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
  });
});
