import crypto from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addStaff, seedBacMe, signIn } from './bac-me.js';
import { screenshotDir, waitForDialog } from './browser.js';
import { seedPetitionRecords, type SeededPetitions } from './petition-records-seed.js';
import { useServerAndBrowser } from './server.js';

/**
 * What surrounds a petition, in Chromium: a scan attached on the case page and downloaded; a
 * repeat found in the duplicate review queue and linked, then seen in the matter of both; the
 * unit's figures and its national-database outbox; the protection of a denouncer, refused to an
 * officer without a clearance and recorded by the cleared leader, whose reads are logged; a second
 * complaint accepted with the first-instance settlement it is about.
 */
let seeded = {} as SeededPetitions['petitions'];
let firstSettlementId = '';

const e2e = useServerAndBrowser({
  seed: async (server) => {
    await seedBacMe(server);
    const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
    await addStaff(server, commune!.id, [['tiepdan.bacme', 'reception_officer']]);
    ({ petitions: seeded, firstSettlementId } = await seedPetitionRecords(server, commune!.id));
    // The leader holds the identity clearance at the commune (granted by the province's leader, outside this test).
    await server.database.query(
      "insert into identity_clearances (staff_id, unit_id, granted_at, granted_by) select id, $1, now(), 'Lãnh đạo tỉnh' from accounts where username = 'lanhdao.bacme'",
      [commune!.id],
    );
  },
});

const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(2048)]);

/** Received in this month of Vietnam's calendar: what "this month" counts. */
function receivedThisMonth(): number {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(new Date());
  const start = Date.parse(`${month}-01T00:00:00+07:00`);
  return Object.values(seeded).filter((petition) => Date.parse(petition.receivedAt) >= start).length;
}

async function waitForMessagesGone(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
}

/** The note an officer without a clearance reads in place of the protection, in a screenshot. */
async function protectionNote(page: Page): Promise<void> {
  await waitForMessagesGone(page);
  await page.getByTestId('petition-protection').scrollIntoViewIfNeeded();
  await shot(page, '5-protection-note');
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `petition-records-${name}.png`), fullPage: true });

describe('what surrounds a petition, in Chromium', () => {
  it('keeps a scan, links a repeat from the review queue, shows the matter, the figures and the outbox', async () => {
    const { server, browser } = e2e;
    const officer = await signIn(browser, server, 'tiepdan.bacme');

    // A scan of the classified complaint: attached, listed with its name, downloaded.
    await officer.goto(`${server.url}/app/petitions/${seeded.complaint.id}`);
    const files = officer.getByTestId('petition-files');
    await files.waitFor();
    await files
      .locator('input[type=file]')
      .setInputFiles({ name: 'giay-chung-nhan-Ha-Van-Quy.pdf', mimeType: 'application/pdf', buffer: scan });
    const listed = files.getByTestId('petition-file').filter({ hasText: 'giay-chung-nhan-Ha-Van-Quy.pdf' });
    await listed.waitFor({ timeout: 20_000 });
    expect(await listed.textContent()).toContain('Trang đơn');
    const [download] = await Promise.all([officer.waitForEvent('download'), listed.getByTestId('petition-file-open').click()]);
    expect(download.suggestedFilename()).toBe('giay-chung-nhan-Ha-Van-Quy.pdf');
    await officer.getByTestId('matter-alone').waitFor();
    await waitForMessagesGone(officer);
    await shot(officer, '1-files');

    // The repeat waits in the review queue with the earlier petition of the same person as its candidate.
    await officer.goto(`${server.url}/app/petitions?tab=duplicates`);
    const item = officer.locator(`[data-testid=duplicate-queue-item][data-petition="${seeded.repeat.id}"]`);
    const candidate = item.locator(`[data-testid=duplicate-queue-candidate][data-candidate="${seeded.original.id}"]`);
    await candidate.waitFor({ timeout: 20_000 });
    expect(await candidate.textContent()).toContain('Số định danh');
    await shot(officer, '2-queue');
    await candidate.getByTestId('duplicate-queue-link').click();
    await officer.getByTestId('duplicate-queue-link-confirm').click();
    await item.waitFor({ state: 'detached', timeout: 20_000 });
    const [linked] = await server.database.query<{ duplicate_of: string }>('select duplicate_of from petitions where id = $1', [
      seeded.repeat.id,
    ]);
    expect(linked!.duplicate_of).toBe(seeded.original.id);

    // Alike in words, not the same matter: the pair leaves the queue.
    const alike = officer.locator(`[data-testid=duplicate-queue-item][data-petition="${seeded.lightsAgain.id}"]`);
    await alike
      .locator(`[data-testid=duplicate-queue-candidate][data-candidate="${seeded.lights.id}"]`)
      .getByTestId('duplicate-queue-dismiss')
      .click();
    await alike.waitFor({ state: 'detached', timeout: 20_000 });
    const reviews = await server.database.query<{ decision: string }>(
      'select decision from petition_duplicate_reviews where petition_id = $1 and candidate_id = $2',
      [seeded.lightsAgain.id, seeded.lights.id],
    );
    expect(reviews).toEqual([{ decision: 'not_duplicate' }]);
    await officer.getByTestId('duplicate-queue-empty').waitFor({ timeout: 20_000 });

    // The matter, seen from the repeat: the first petition, linked, and this one.
    await officer.goto(`${server.url}/app/petitions/${seeded.repeat.id}`);
    const matter = officer.getByTestId('petition-matter');
    await matter.locator('[data-testid=matter-step][data-role=original]').waitFor({ timeout: 20_000 });
    await matter.locator('[data-testid=matter-step][data-role=repeat][data-current=true]').waitFor();
    await waitForMessagesGone(officer);
    await matter.scrollIntoViewIfNeeded();
    await shot(officer, '3-matter');
    await matter.getByTestId('matter-step-link').click();
    await officer.waitForURL(new RegExp(`/petitions/${seeded.original.id}$`));
    await officer.getByTestId('petition-matter').locator('[data-testid=matter-step][data-role=repeat]').waitFor({ timeout: 20_000 });

    // The unit's figures for this month, and the outbox: everything pending, exported as one batch.
    const total = String(Object.keys(seeded).length);
    await officer.goto(`${server.url}/app/petitions`);
    await officer.getByTestId('petitions-figures').click();
    await officer.getByTestId('figures-title').waitFor();
    const received = officer.getByTestId('figure-petitions-received');
    await expect.poll(() => received.getAttribute('data-value'), { timeout: 20_000 }).toBe(String(receivedThisMonth()));
    await expect.poll(() => officer.getByTestId('sync-pending').getAttribute('data-value'), { timeout: 20_000 }).toBe(total);
    await officer.getByTestId('sync-export').click();
    await officer.getByTestId('sync-batches').locator('tr.ant-table-row').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => officer.getByTestId('sync-exported').getAttribute('data-value')).toBe(total);
    expect(await officer.getByTestId('sync-pending').getAttribute('data-value')).toBe('0');
    await waitForMessagesGone(officer);
    // Nothing left to export: said as information, not as an error.
    await officer.getByTestId('sync-export').click();
    await officer.locator('.ant-message-notice .anticon-info-circle').waitFor();
    expect(await officer.locator('.ant-message-notice').textContent()).toContain('Không có bản ghi nào cần đồng bộ');
    await waitForMessagesGone(officer);
    await shot(officer, '4-figures');
    // The batch as a file for the national database, then acknowledged once taken in.
    const [file] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('sync-download-xlsx').click()]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await officer.getByTestId('sync-acknowledge').click();
    await officer.getByTestId('sync-acknowledge-confirm').click();
    await expect.poll(() => officer.getByTestId('sync-acknowledged').getAttribute('data-value'), { timeout: 20_000 }).toBe(total);

    // The denunciation: its protection is for cleared officers only, said in a note.
    await officer.goto(`${server.url}/app/petitions/${seeded.denunciation.id}`);
    await officer.getByTestId('protection-no-clearance').waitFor({ timeout: 20_000 });
    expect(await officer.locator('.ant-message-notice').count()).toBe(0);
    expect(await officer.getByTestId('petition-access-log').count()).toBe(0);
    await protectionNote(officer);

    // Its scan keeps no name, and opens only under a clearance: the refusal says why.
    const protectedFiles = officer.getByTestId('petition-files');
    await protectedFiles
      .locator('input[type=file]')
      .setInputFiles({ name: 'don-to-cao-Ban-Van-Sinh.pdf', mimeType: 'application/pdf', buffer: scan });
    const unnamed = protectedFiles.getByTestId('petition-file').first();
    await unnamed.waitFor({ timeout: 20_000 });
    expect(await unnamed.textContent()).not.toContain('Ban-Van-Sinh');
    await unnamed.getByTestId('petition-file-open').click();
    await waitForDialog(officer);
    await officer.getByTestId('file-read-purpose').fill('Đối chiếu chữ ký trong đơn tố cáo');
    await officer.getByTestId('file-read-submit').click();
    await officer.getByTestId('file-read-refused').waitFor();
    expect(await officer.getByTestId('file-read-refused').textContent()).toContain('quyền tiếp cận');
    await waitForMessagesGone(officer);
    await shot(officer, '5-file-refused');
    await officer.locator('.ant-modal-close').click();

    // The figures page in English, and on a phone.
    await officer.goto(`${server.url}/app/petitions/figures`);
    await officer.getByText('English', { exact: true }).click();
    await officer.getByTestId('figures-title').getByText('Petition figures').waitFor();
    await officer.getByTestId('figure-petitions-received').waitFor({ timeout: 20_000 });
    await shot(officer, '6-figures-en');
    await officer.setViewportSize({ width: 412, height: 915 });
    await officer.getByTestId('petition-sync').waitFor();
    await shot(officer, '7-figures-phone');
    await officer.goto(`${server.url}/app/petitions/${seeded.repeat.id}`);
    await officer.getByTestId('petition-matter').locator('[data-testid=matter-step]').first().waitFor({ timeout: 20_000 });
    await officer.getByTestId('petition-files').getByTestId('petition-files-attach').waitFor();
    await shot(officer, '7-case-phone');
  });

  it('lets the cleared leader record and grant a protection, and shows the identity reads in the access log', async () => {
    const { server, browser } = e2e;
    const leader = await signIn(browser, server, 'lanhdao.bacme');
    await leader.goto(`${server.url}/app/petitions/${seeded.denunciation.id}`);
    const protection = leader.getByTestId('petition-protection');
    await protection.getByTestId('protection-request').click();
    await waitForDialog(leader);
    await leader.getByTestId('protection-measures').getByText('Bảo vệ vị trí công tác, việc làm').click();
    await leader.getByTestId('protection-measures').getByText('Giữ bí mật thông tin').click();
    await leader.getByTestId('protection-note').fill('Người tố cáo bị trưởng thôn dọa cho thôi việc ở hợp tác xã.');
    await leader.getByTestId('protection-request-submit').click();
    const request = protection.locator('[data-testid=protection-item][data-status=requested]');
    await request.waitFor({ timeout: 20_000 });
    await request.getByTestId('protection-grant').click();
    await waitForDialog(leader);
    await leader.getByTestId('protection-decision-ref').fill('07/QĐ-UBND');
    await leader.getByTestId('protection-decision-submit').click();
    const granted = protection.locator('[data-testid=protection-item][data-status=granted]');
    await granted.waitFor({ timeout: 20_000 });
    expect(await granted.textContent()).toContain('07/QĐ-UBND');

    // The scan opens for a stated purpose, and the opening is logged.
    const scanned = leader.getByTestId('petition-files').getByTestId('petition-file').first();
    await scanned.getByTestId('petition-file-open').click();
    await waitForDialog(leader);
    await leader.getByTestId('file-read-purpose').fill('Đối chiếu chữ ký trong đơn tố cáo');
    const [opened] = await Promise.all([leader.waitForEvent('download'), leader.getByTestId('file-read-submit').click()]);
    expect(opened.suggestedFilename()).toMatch(/^Trang đơn 1(\.pdf)?$/);

    // A read of the identity, for a stated purpose, is in the access log.
    const purpose = 'Liên hệ người tố cáo về biện pháp bảo vệ';
    await leader.getByTestId('identity-read-open').click();
    await waitForDialog(leader);
    await leader.getByTestId('identity-read-purpose').fill(purpose);
    await leader.getByTestId('identity-read-submit').click();
    await leader.getByTestId('identity-read-result').getByText('Bàn Văn Sinh').waitFor();
    await leader.locator('.ant-modal-close').click();
    await leader.reload();
    const log = leader.getByTestId('petition-access-log');
    await log.getByText(purpose).waitFor({ timeout: 20_000 });
    await log.getByText('[Trang đơn 1] Đối chiếu chữ ký trong đơn tố cáo').waitFor();
    expect(await log.textContent()).toContain('Nông Văn Bình');
    await waitForMessagesGone(leader);
    await protection.scrollIntoViewIfNeeded();
    await shot(leader, '8-protection');
  });

  it('accepts a second complaint for settlement with the first-instance settlement it is about, then shown in its matter', async () => {
    const { server, browser } = e2e;
    const officer = await signIn(browser, server, 'tiepdan.bacme');
    await officer.goto(`${server.url}/app/petitions/${seeded.secondComplaint.id}`);
    await officer.getByTestId('settlement-open').click();
    await waitForDialog(officer);
    await officer.getByTestId('settlement-decision-ref').fill('30/TB-UBND');
    const previous = officer.getByTestId('settlement-previous');
    const option = officer
      .locator('.ant-select-dropdown')
      .filter({ visible: true })
      .locator('.ant-select-item-option')
      .filter({ hasText: `Đơn số ${seeded.firstInstance.bookNo}/${seeded.firstInstance.year}` });
    for (let attempt = 1; ; attempt += 1) {
      await previous.click();
      await option.waitFor();
      await officer.waitForTimeout(300);
      await option.click();
      try {
        await expect.poll(() => previous.getAttribute('data-value'), { timeout: 3_000 }).toBe(firstSettlementId);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    expect(await previous.textContent()).toContain('Sai');
    await shot(officer, '9-second-complaint');
    await officer.getByTestId('settlement-open-submit').click();
    await officer.locator('[data-testid=settlement-panel][data-status=in_progress]').waitFor({ timeout: 20_000 });
    const [stored] = await server.database.query<{ kind: string; previous_settlement_id: string }>(
      'select kind, previous_settlement_id from petition_settlements where petition_id = $1',
      [seeded.secondComplaint.id],
    );
    expect(stored).toEqual({ kind: 'complaint_second', previous_settlement_id: firstSettlementId });
    await officer.reload();
    const earlier = officer.getByTestId('petition-matter').locator('[data-testid=matter-step][data-role=earlier_instance]');
    await earlier.waitFor({ timeout: 20_000 });
    expect(await earlier.textContent()).toContain('Khiếu nại lần đầu');
    expect(await earlier.textContent()).toContain('Đã giải quyết');
  });
});
