import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { todayInVietnam } from '../../src/platform/time/vietnam-time.js';
import { createUnit, signIn as signInToApi } from '../support/test-app.js';
import { password, seedBacMe, signIn } from './bac-me.js';
import { waitForDialog } from './browser.js';
import { photograph as photographAt } from './reception-support.js';
import { e2eAdminPassword, useServerAndBrowser } from './server.js';

/**
 * Grassroots mediation in the officer app: the commune's leader opens a case in a village's book
 * (the team, the village's households and three mediators set up through the API), records its
 * start and its failure, is told by the server under the box that the parties' consent is needed,
 * refers it to a petition with consent and lands on the petition, which carries the same parties
 * and content; back in the book the case is found by words typed without diacritics. Pages are
 * photographed at 1280 px and 390 px (scratch/mediation-e2e/) and must fit the phone's width.
 */
const shots = path.resolve(import.meta.dirname, '../../scratch/mediation-e2e');
fs.mkdirSync(shots, { recursive: true });

const parties = ['Hoàng Văn Páo', 'Triệu Thị Mai'] as const;
const summary = 'Tranh chấp ranh giới đất vườn giữa hai hộ ở thôn Nà Sáng, hàng rào dựng lấn sang đất của hộ bên cạnh.';

/** Thôn Nà Sáng of Bắc Mê with 120 households, its mediation team, three elected mediators and this year's review. */
async function seedMediation(server: RunningServer): Promise<void> {
  await seedBacMe(server);
  const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
  const admin = await signInToApi(server.app, 'admin', e2eAdminPassword);
  const village = await createUnit(admin, { type: 'village', name: 'Thôn Nà Sáng', parentId: commune!.id, validFrom: '2025-07-01' });
  const leader = await signInToApi(server.app, 'lanhdao.bacme', password);
  const households = await leader.request('PUT', `/api/v1/community/villages/${village.id}/households`, {
    body: { asOf: '2025-07-01', count: 120, source: 'Sổ hộ gia đình thôn' },
  });
  if (households.statusCode !== 200) throw new Error(`households: ${households.statusCode} ${households.body}`);
  const team = await leader.post('/api/v1/community/mediation-teams', {
    unitId: village.id,
    name: 'Tổ hòa giải thôn Nà Sáng',
    establishedOn: '2025-08-01',
  });
  if (team.statusCode !== 201) throw new Error(`team: ${team.statusCode} ${team.body}`);
  for (const [fullName, sex, isLeader] of [
    ['Ma Văn Sình', 'male', true],
    ['Lường Thị Hoa', 'female', false],
    ['Nông Văn Tài', 'male', false],
  ] as const) {
    const mediator = await leader.post(`/api/v1/community/mediation-teams/${team.data.id}/mediators`, {
      fullName,
      sex,
      ethnicity: 'Tày',
      isEthnicMinority: true,
      isLeader,
      electedOn: '2025-08-10',
      method: 'show_of_hands',
      votesFor: 80,
    });
    if (mediator.statusCode !== 200) throw new Error(`mediator: ${mediator.statusCode} ${mediator.body}`);
  }
  const review = await leader.post(`/api/v1/community/mediation-teams/${team.data.id}/review`, { reviewedOn: todayInVietnam() });
  if (review.statusCode !== 200) throw new Error(`review: ${review.statusCode} ${review.body}`);
}

const e2e = useServerAndBrowser({ seed: seedMediation });

const photograph = (page: Page, name: string, problems: string[]) => photographAt(page, name, problems, { dir: shots });

/** Opens the select with `testId` and takes the option showing `text`. */
async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** Records a step from the case page's buttons and waits for the status it leads to. */
async function recordStep(page: Page, step: 'start' | 'end', status: string, outcome?: string): Promise<void> {
  await page.getByTestId(`mediation-step-${step}`).click();
  await waitForDialog(page);
  if (outcome) {
    await page.getByTestId(`mediation-outcome-${outcome}`).click();
    await page.getByTestId('mediation-step-note').fill('Hai bên không thống nhất được mốc ranh giới.');
  }
  await page.getByTestId('mediation-step-submit').click();
  await page.locator(`[data-testid=mediation-case-page][data-status="${status}"]`).waitFor({ timeout: 20_000 });
}

describe('grassroots mediation referred to a petition, in Chromium', () => {
  it('opens a case, records its start and failure, and refers it with consent to a petition with the same parties', async () => {
    const { server } = e2e;
    const problems: string[] = [];
    const errors: string[] = [];
    const officer = await signIn(e2e.browser, server, 'lanhdao.bacme');
    officer.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${officer.url()}: ${message.text()}`);
    });
    officer.on('pageerror', (error) => errors.push(`${officer.url()}: ${error.message}`));

    // The team's page: three mediators, a woman among them and a leader — nothing lacking by law.
    await officer.getByTestId('nav-mediation').click();
    await officer.getByTestId('mediation-page').waitFor();
    await officer.getByTestId('mediation-teams-link').click();
    const teamRow = officer.locator('tr.ant-table-row', { hasText: 'Tổ hòa giải thôn Nà Sáng' });
    await teamRow.waitFor({ timeout: 20_000 });
    expect(await teamRow.textContent()).toContain('Đủ điều kiện');
    await photograph(officer, 'teams', problems);
    await officer.goBack();

    // A case opened in the village's book from the form.
    await officer.getByTestId('mediation-open').click();
    await waitForDialog(officer);
    await choose(officer, 'case-team', 'Tổ hòa giải thôn Nà Sáng');
    await officer.getByTestId('case-party-name-0').fill(parties[0]);
    await officer.getByTestId('case-party-address-0').fill('Thôn Nà Sáng, xã Bắc Mê');
    await officer.getByTestId('case-party-name-1').fill(parties[1]);
    await officer.getByTestId('case-party-phone-1').fill('0912345678');
    await choose(officer, 'case-field', 'Đất đai');
    await officer.getByTestId('case-summary').fill(summary);
    await choose(officer, 'case-mediators', 'Ma Văn Sình');
    await officer.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Lường Thị Hoa' }).click();
    await officer.keyboard.press('Escape');
    await officer.screenshot({ path: path.join(shots, 'case-form.png'), fullPage: true });
    await officer.getByTestId('case-submit').click();
    await officer.locator('[data-testid=mediation-case-page][data-status="received"]').waitFor({ timeout: 20_000 });
    expect(await officer.getByTestId('mediation-parties').textContent()).toContain(parties[1]);

    // Started, then ended without agreement: only then may it be referred.
    expect(await officer.getByTestId('mediation-refer').count()).toBe(0);
    await recordStep(officer, 'start', 'in_progress');
    await recordStep(officer, 'end', 'failure', 'failure');
    expect(await officer.getByTestId('mediation-status').textContent()).toBe('Hòa giải không thành');

    // Without the parties' consent the server refuses, and says so under the box.
    await officer.getByTestId('mediation-refer').click();
    await waitForDialog(officer);
    await officer.getByTestId('referral-submit').click();
    const consentItem = officer.locator('.ant-form-item', { has: officer.getByTestId('referral-consent') });
    await consentItem.locator('.ant-form-item-explain-error').waitFor({ timeout: 20_000 });
    expect(await consentItem.locator('.ant-form-item-explain-error').textContent()).toContain('đồng ý');
    await officer.screenshot({ path: path.join(shots, 'referral-consent-error.png') });
    await officer.getByTestId('referral-consent').check();
    await officer.getByTestId('referral-submit').click();
    await officer.getByTestId('referral-done').waitFor({ timeout: 20_000 });
    expect(await officer.getByTestId('mediation-refer').count()).toBe(0);
    await photograph(officer, 'case-referred', problems);

    // The petition in the commune's book: the first party petitions, the other is named, the content is the case's.
    await officer.getByTestId('referral-petition-link').click();
    await officer.getByTestId('petition-page').waitFor({ timeout: 20_000 });
    expect(await officer.getByTestId('petition-page').textContent()).toContain(parties[1]);
    expect(await officer.getByTestId('petition-content-summary').textContent()).toBe(summary);
    await photograph(officer, 'petition', problems);
    // The petitioner's identity stays in the protected store until someone cleared reads it: the first party, with the address.
    const petitionId = /\/petitions\/([0-9a-f-]{36})/.exec(officer.url())?.[1];
    const [identity] = await server.database.query<{ full_name: string; address: string | null }>(
      'select full_name, address from petitioner_identities where petition_id = $1',
      [petitionId],
    );
    expect(identity).toEqual({ full_name: parties[0], address: 'Thôn Nà Sáng, xã Bắc Mê' });

    // Back in the book, words typed without diacritics find the case.
    await officer.getByTestId('nav-mediation').click();
    await officer.getByTestId('mediation-search').fill('ranh gioi dat vuon');
    await officer.getByTestId('mediation-search').press('Enter');
    await officer.locator('[data-testid=mediation-cases] tr.ant-table-row', { hasText: parties[1] }).waitFor({ timeout: 20_000 });
    await officer.getByTestId('mediation-search').fill('khong co vu nao nhu the');
    await officer.getByTestId('mediation-search').press('Enter');
    await expect.poll(() => officer.locator('[data-testid=mediation-cases] tr.ant-table-row').count(), { timeout: 20_000 }).toBe(0);
    await officer.getByTestId('mediation-search').fill('');
    await officer.locator('[data-testid=mediation-cases] tr.ant-table-row').first().waitFor({ timeout: 20_000 });
    await photograph(officer, 'cases', problems);

    await officer.context().close();
    // The one refusal the browser reports is the referral sent without consent.
    const refused = errors.filter((error) => error.includes('status of 400'));
    expect(refused).toHaveLength(1);
    expect(errors.filter((error) => !refused.includes(error))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
