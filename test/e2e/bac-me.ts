import type { Browser, Page } from 'playwright-core';
import { getVersion, loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { reviseProcedure } from '../../src/modules/catalog/use-cases/save-procedure.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { createStaff } from '../../src/modules/org/use-cases/create-staff.js';
import { createUnit } from '../../src/modules/org/use-cases/create-unit.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import type { Role } from '../../src/platform/auth/access.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import type { RunningServer } from '../../src/server.js';
import path from 'node:path';
import { screenshotDir, waitForDialog } from './browser.js';
import { useServerAndBrowser } from './server.js';

export const password = 'Journey-password-1';

/** The seeding acts as an administrator's API token. */
const root: Principal = {
  kind: 'token',
  tokenId: '00000000-0000-4000-8000-00000000e2e0',
  tokenName: 'e2e',
  role: 'administrator',
  unitId: null,
};

/** The people behind the accounts, as the pages name them. */
export const fullNames: Record<string, string> = {
  'motcua.bacme': 'Ma Thị Hằng',
  'chuyenvien.bacme': 'Hoàng Văn Tuấn',
  'lanhdao.bacme': 'Nông Văn Bình',
  'chuyenvien.congan': 'Triệu Văn Long',
  'lanhdao.congan': 'Lý Quốc Hưng',
  'tiepdan.bacme': 'Lường Thị Thu',
};

/** Staff of one unit, each with one role there, ready to sign in with `password`. */
export async function addStaff(
  server: RunningServer,
  unitId: string,
  people: readonly (readonly [username: string, role: Role])[],
): Promise<void> {
  const deps = { db: server.database.db, access: createAccessPolicy(server.database.db) };
  for (const [username, role] of people) {
    await createStaff(deps, root, systemContext('e2e'), {
      username,
      fullName: fullNames[username] ?? `Cán bộ ${username}`,
      password,
      unitId,
      roles: [{ role, unitId }],
    });
    await server.database.query('update accounts set must_change_password = 0 where username = $1', [username]);
  }
}

/** Tuyên Quang with the commune of Bắc Mê, its centre, the demo catalogue and a counter officer, a specialist and a leader. */
export async function seedBacMe(server: RunningServer): Promise<void> {
  const db = server.database.db;
  const deps = { db, access: createAccessPolicy(db) };
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
  await addStaff(server, commune.id, [
    ['motcua.bacme', 'counter_officer'],
    ['chuyenvien.bacme', 'specialist'],
    ['lanhdao.bacme', 'leader'],
  ]);
}

/**
 * A provincial department (Công an tỉnh, with its agency identifier) that handles the department
 * steps of the criminal-record certificate (2.000505), with a specialist and a leader: the
 * administrator names it on the procedure's steps, as on the procedure page.
 */
export async function seedDepartment(server: RunningServer): Promise<void> {
  const db = server.database.db;
  const deps = { db, access: createAccessPolicy(db) };
  const context = systemContext('e2e');
  const [province] = await server.database.query<{ id: string }>("select id from units where code = '08'");
  const department = await createUnit(deps, root, context, {
    code: '08-CAT',
    name: 'Công an tỉnh Tuyên Quang',
    type: 'department',
    parentId: province!.id,
    validFrom: '2025-07-01',
    agencyIdentifier: '000.00.11.H60',
  });
  const current = await getVersion(db, '2.000505');
  await reviseProcedure(deps, root, context, {
    code: '2.000505',
    expectedVersion: current.version,
    effectiveFrom: current.effectiveFrom,
    procedure: {
      ...current.data,
      steps: current.data.steps.map((step) => (step.handlerUnitType === 'department' ? { ...step, handlerUnitCode: '08-CAT' } : step)),
    },
  });
  await addStaff(server, department.id, [
    ['chuyenvien.congan', 'specialist'],
    ['lanhdao.congan', 'leader'],
  ]);
}

/** For a test file: a server seeded with Bắc Mê and a browser, started before its tests and closed after; `env` adds server settings. */
export function useBacMe(options: { withDepartment?: boolean; env?: Record<string, string> } = {}): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  return useServerAndBrowser({
    ...(options.env ? { env: options.env } : {}),
    seed: async (server) => {
      await seedBacMe(server);
      if (options.withDepartment) await seedDepartment(server);
    },
  });
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

/** Runs an action from the dossier page's buttons and waits until the page shows the new version and status. */
export async function actOnPage(page: Page, action: string, expectedStatus: string): Promise<void> {
  const before = await page.locator('[data-testid=dossier-page]').getAttribute('data-version');
  await page.getByTestId(`dossier-action-${action}`).click();
  await waitForDialog(page);
  if (action === 'return') {
    await page.getByTestId('action-delivery').click();
    await page.locator('.ant-select-item-option').first().click();
  }
  await page.getByTestId('action-submit').click();
  try {
    await page.locator(`[data-testid=dossier-page]:not([data-version="${before}"])`).waitFor({ timeout: 30_000 });
  } catch {
    // A slow machine may miss the page's own refresh: the server's state is what counts.
    await page.screenshot({ path: path.join(screenshotDir, `action-${action}-not-refreshed.png`), fullPage: true });
    await page.reload();
    await page.locator(`[data-testid=dossier-page]:not([data-version="${before}"])`).waitFor({ timeout: 20_000 });
  }
  await page.locator(`[data-testid=dossier-status][data-status="${expectedStatus}"]`).waitFor({ timeout: 20_000 });
}
