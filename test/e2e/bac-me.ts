import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { createStaff } from '../../src/modules/org/use-cases/create-staff.js';
import { createUnit } from '../../src/modules/org/use-cases/create-unit.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import type { RunningServer } from '../../src/server.js';
import { launchBrowser } from './browser.js';
import { startTestServer } from './server.js';

export const password = 'Journey-password-1';

/** Tuyên Quang with the commune of Bắc Mê, its centre, the demo catalogue and a counter officer, a specialist and a leader. */
export async function seedBacMe(server: RunningServer): Promise<void> {
  const db = server.database.db;
  const deps = { db, access: createAccessPolicy(db) };
  const root: Principal = {
    kind: 'token',
    tokenId: '00000000-0000-4000-8000-00000000e2e0',
    tokenName: 'e2e',
    role: 'administrator',
    unitId: null,
  };
  const context = systemContext('e2e');
  await loadDemoCatalogue(db, context);
  const province = await createUnit(deps, root, context, {
    code: '08',
    name: 'Tỉnh Tuyên Quang',
    type: 'province',
    validFrom: '2025-07-01',
  });
  const commune = await createUnit(deps, root, context, {
    code: '00991',
    name: 'Xã Bắc Mê',
    type: 'commune',
    parentId: province.id,
    validFrom: '2025-07-01',
  });
  await createUnit(deps, root, context, {
    code: '00991-TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
    type: 'service_centre',
    parentId: commune.id,
    validFrom: '2025-07-01',
  });
  for (const [username, role] of [
    ['motcua.bacme', 'counter_officer'],
    ['chuyenvien.bacme', 'specialist'],
    ['lanhdao.bacme', 'leader'],
  ] as const) {
    await createStaff(deps, root, context, {
      username,
      fullName: `Cán bộ ${username}`,
      password,
      unitId: commune.id,
      roles: [{ role, unitId: commune.id }],
    });
    await server.database.query('update accounts set must_change_password = 0 where username = $1', [username]);
  }
}

/** For a test file: a server seeded with Bắc Mê and a browser, started before its tests and closed after. */
export function useBacMe(): { readonly server: RunningServer; readonly browser: Browser } {
  const state = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    state.server = await startTestServer();
    await seedBacMe(state.server);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

export async function signIn(browser: Browser, server: RunningServer, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 950 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${server.url}/app/`);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('user-menu').waitFor();
  return page;
}

/** Receives a complete dossier of `procedureCode` at the counter page and returns its code. */
export async function receiveAtCounterPage(
  counter: Page,
  procedureCode: string,
  applicant: { name: string; citizenId: string; phone: string; address: string },
): Promise<string> {
  await counter.getByTestId('nav-intake').click();
  await counter.getByTestId('intake-procedure').click();
  await counter.keyboard.type(procedureCode);
  await counter.locator('.ant-select-item-option', { hasText: procedureCode }).first().waitFor();
  await counter.keyboard.press('Enter');
  await counter.getByTestId('intake-name').fill(applicant.name);
  await counter.getByTestId('intake-citizen-id').fill(applicant.citizenId);
  await counter.getByTestId('intake-phone').fill(applicant.phone);
  await counter.getByTestId('intake-address').fill(applicant.address);
  await counter.getByTestId('intake-check-required').click();
  await counter.getByTestId('intake-submit').click();
  return (await counter.getByTestId('intake-code').textContent({ timeout: 20_000 }))!.trim();
}
