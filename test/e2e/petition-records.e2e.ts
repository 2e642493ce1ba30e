import crypto from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PetitionIntake } from '../../src/contracts/petitions.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { classifyPetition } from '../../src/modules/petitions/use-cases/classify-petition.js';
import { receivePetition } from '../../src/modules/petitions/use-cases/receive-petition.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import type { RunningServer } from '../../src/server.js';
import { addStaff, seedBacMe, signIn } from './bac-me.js';
import { screenshotDir, waitForDialog } from './browser.js';
import { useServerAndBrowser } from './server.js';

/**
 * What surrounds a petition, in Chromium: a scan attached on the case page and downloaded; a
 * repeat found in the duplicate review queue and linked, then seen in the matter of both; the
 * unit's figures and its national-database outbox; the protection of a denouncer, refused to an
 * officer without a clearance and recorded by the cleared leader, whose identity reads are logged.
 */
type Seeded = { id: string; bookNo: number; year: number; receivedAt: string };
const seeded = {} as Record<'complaint' | 'original' | 'repeat' | 'denunciation', Seeded>;

const e2e = useServerAndBrowser({
  seed: async (server) => {
    await seedBacMe(server);
    const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
    await addStaff(server, commune!.id, [['tiepdan.bacme', 'reception_officer']]);
    await seedPetitions(server, commune!.id);
    // The leader holds the identity clearance at the commune (granted by the province's leader, outside this test).
    await server.database.query(
      "insert into identity_clearances (staff_id, unit_id, granted_at, granted_by) select id, $1, now(), 'Lãnh đạo tỉnh' from accounts where username = 'lanhdao.bacme'",
      [commune!.id],
    );
  },
});

const minute = 60_000;
const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(2048)]);

/** A classified complaint, a complaint and its repeat by the same person, and a denunciation. */
async function seedPetitions(server: RunningServer, unitId: string): Promise<void> {
  const db = server.database.db;
  const officer: Principal = {
    kind: 'token',
    tokenId: '00000000-0000-4000-8000-00000000e2e2',
    tokenName: 'e2e',
    role: 'reception_officer',
    unitId,
  };
  const deps = { db, access: createAccessPolicy(db) };
  const context = systemContext('e2e');
  const receive = async (minutesAgo: number, input: Omit<PetitionIntake, 'unitId' | 'signerCount' | 'isAnonymous' | 'receivedAt'>) => {
    const petition = await receivePetition(deps, officer, context, {
      unitId,
      signerCount: 1,
      isAnonymous: false,
      receivedAt: new Date(Date.now() - minutesAgo * minute).toISOString(),
      ...input,
    });
    return { id: petition.id, bookNo: petition.bookNo, year: petition.year, receivedAt: petition.receivedAt, version: petition.version };
  };
  const complaint = await receive(120, {
    channel: 'reception',
    kind: 'complaint',
    contentSummary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất chồng lấn sang thửa đất của gia đình.',
    petitioner: { fullName: 'Hà Văn Quý', address: 'Thôn Nà Pồng, xã Bắc Mê' },
  });
  await classifyPetition(deps, officer, context, {
    petitionId: complaint.id,
    expectedVersion: complaint.version,
    classification: {
      kind: 'complaint',
      field: 'land_housing',
      isEligible: true,
      reasons: [],
      competence: { scope: 'ours' },
      settlementStatus: 'none',
      hasOriginals: false,
    },
  });
  const writer = { fullName: 'Triệu Thị Mai', idNumber: '008190004321', address: 'Bản Nà Đon, xã Bắc Mê' };
  const original = await receive(60, {
    channel: 'post',
    kind: 'complaint',
    contentSummary: 'Khiếu nại việc chậm chi trả tiền bồi thường khi thu hồi đất làm đường vào bản Nà Đon.',
    petitioner: writer,
  });
  const repeat = await receive(30, {
    channel: 'reception',
    kind: 'complaint',
    contentSummary: 'Tiếp tục khiếu nại việc chưa được chi trả tiền bồi thường thu hồi đất làm đường bản Nà Đon.',
    petitioner: writer,
  });
  const denunciation = await receive(10, {
    channel: 'post',
    kind: 'denunciation',
    contentSummary: 'Tố cáo trưởng thôn thu tiền của các hộ trái quy định khi làm hồ sơ hỗ trợ nhà ở.',
    petitioner: { fullName: 'Bàn Văn Sinh', address: 'Thôn Khuổi Khon, xã Bắc Mê' },
  });
  Object.assign(seeded, { complaint, original, repeat, denunciation });
}

/** Received in this month of Vietnam's calendar: what "this month" counts. */
function receivedThisMonth(): number {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(new Date());
  const start = Date.parse(`${month}-01T00:00:00+07:00`);
  return Object.values(seeded).filter((petition) => Date.parse(petition.receivedAt) >= start).length;
}

async function waitForMessagesGone(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
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
    await officer.goto(`${server.url}/app/petitions`);
    await officer.getByTestId('petitions-tab-figures').click();
    const received = officer.getByTestId('figure-petitions-received');
    await expect.poll(() => received.getAttribute('data-value'), { timeout: 20_000 }).toBe(String(receivedThisMonth()));
    await expect.poll(() => officer.getByTestId('sync-pending').getAttribute('data-value'), { timeout: 20_000 }).toBe('4');
    await officer.getByTestId('sync-export').click();
    await officer.getByTestId('sync-batches').locator('tr.ant-table-row').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => officer.getByTestId('sync-exported').getAttribute('data-value')).toBe('4');
    expect(await officer.getByTestId('sync-pending').getAttribute('data-value')).toBe('0');
    await waitForMessagesGone(officer);
    // Nothing left to export: said as information, not as an error.
    await officer.getByTestId('sync-export').click();
    await officer.locator('.ant-message-notice .anticon-info-circle').waitFor();
    expect(await officer.locator('.ant-message-notice').textContent()).toContain('Không có bản ghi nào cần đồng bộ');
    await waitForMessagesGone(officer);
    await shot(officer, '4-figures');

    // The denunciation: its protection is for cleared officers only, said in a note.
    await officer.goto(`${server.url}/app/petitions/${seeded.denunciation.id}`);
    await officer.getByTestId('protection-no-clearance').waitFor({ timeout: 20_000 });
    expect(await officer.locator('.ant-message-notice').count()).toBe(0);
    expect(await officer.getByTestId('petition-access-log').count()).toBe(0);
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
    expect(await log.textContent()).toContain('Nông Văn Bình');
    await waitForMessagesGone(leader);
    await protection.scrollIntoViewIfNeeded();
    await shot(leader, '5-protection');
  });
});
