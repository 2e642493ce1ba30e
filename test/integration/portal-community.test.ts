/**
 * A commune's grassroots-democracy pages on the portal, without JavaScript: what it has made public
 * (current and archive, web evidence linked, other evidence and undisclosed items never shown), the
 * matters its residents decide with each village's result (never a household's code), its
 * "Dân vận khéo" models, and its mediators with the groups that may have free legal aid (never a
 * party of a case, nor a mediator who stopped serving); an unknown commune is a 404.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAddress } from '../support/citizen-forms.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const villages: string[] = [];
type Made = { id: string; version: number; [key: string]: any };

const vietnamDay = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const shortDate = (iso: string) => iso.split('-').reverse().join('/');
const get = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: nextAddress() });
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });
const secretCodes = ['HO-BIMAT-01', 'HO-BIMAT-02', 'HO-BIMAT-03'];

async function made(response: Promise<{ statusCode: number; body: string; data: any }>, status = 201): Promise<Made> {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer.data;
}

/** A page answered in HTML, small, without script, in Vietnamese. */
async function page(url: string, status = 200) {
  const response = await get(url);
  expect(response.statusCode, url).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^text\/html/);
  if (url !== '/') expect(response.headers['cache-control']).toBe('no-store');
  expect(response.body).toContain('<html lang="vi">');
  expect(response.body).not.toContain('<script');
  expect(Buffer.byteLength(response.body)).toBeLessThan(50_000);
  return response.body;
}

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
  for (const name of ['Thôn Khuổi Luông', 'Thôn Nà Pồng']) {
    const village = await createUnit(t.admin, { type: 'village', name, parentId: commune.id });
    villages.push(village.id);
    const counted = await officer.client.request('PUT', `/api/v1/community/villages/${village.id}/households`, {
      body: { asOf: '2025-01-01', count: 180 },
    });
    expect(counted.statusCode, counted.body).toBe(200);
  }
});
afterAll(async () => t?.close());

describe('the disclosure board', () => {
  it('shows what is out now and the archive, with the document, channels, days and only web evidence as links', async () => {
    const post = (body: Record<string, unknown>) =>
      made(officer.client.post('/api/v1/community/disclosures', { unitId: commune.id, ...body }));
    await post({
      item: 7,
      title: 'Danh sách hộ nghèo được hỗ trợ năm 2026',
      documentRef: '45/QĐ-UBND',
      documentDate: vietnamDay(-5),
      channels: [
        {
          kind: 'posting',
          place: 'Trụ sở UBND xã',
          startedOn: vietnamDay(-3),
          evidence: [
            { kind: 'url', ref: 'https://xa.example.vn/cong-khai/45', takenOn: vietnamDay(-3) },
            { kind: 'photo', ref: 'anh-bang-tin-noi-bo.jpg', takenOn: vietnamDay(-3) },
            { kind: 'url', ref: 'javascript:alert(1)', takenOn: vietnamDay(-3) },
          ],
        },
      ],
    });
    await post({
      item: 2,
      title: 'Dự toán ngân sách xã năm 2026',
      documentRef: '12/QĐ-UBND',
      documentDate: '2026-01-05',
      channels: [{ kind: 'loudspeaker', startedOn: '2026-01-06', endedOn: '2026-01-08' }],
    });
    await post({ item: 5, title: 'Khoản đóng góp chưa công khai', documentDate: vietnamDay(-1) });

    const current = await page(`/thong-tin-cong-khai?don-vi=${commune.id}`);
    expect(current).toContain('Thông tin công khai');
    expect(current).toContain(commune.name);
    expect(current).toContain('Danh sách hộ nghèo được hỗ trợ năm 2026');
    expect(current).toContain('Nội dung 7: Chính sách hỗ trợ, an sinh xã hội: tiêu chuẩn, đối tượng, kết quả');
    expect(current).toContain('Số 45/QĐ-UBND');
    expect(current).toContain(`ngày ${shortDate(vietnamDay(-5))}`);
    expect(current).toContain('Niêm yết (Trụ sở UBND xã)');
    expect(current).toContain('4 ngày');
    expect(current).toContain(`từ ${shortDate(vietnamDay(-3))}, đang công khai`);
    expect(current).toContain('href="https://xa.example.vn/cong-khai/45"');
    expect(current).not.toContain('anh-bang-tin-noi-bo.jpg');
    expect(current).not.toContain('javascript:');
    expect(current).not.toContain('Khoản đóng góp chưa công khai');
    expect(current).not.toContain('Dự toán ngân sách xã năm 2026');
    expect(current).toContain(`href="/thong-tin-cong-khai?don-vi=${commune.id}&amp;xem=luu-tru"`);

    const archive = await page(`/thong-tin-cong-khai?don-vi=${commune.id}&xem=luu-tru`);
    expect(archive).toContain('Dự toán ngân sách xã năm 2026');
    expect(archive).toContain('Hệ thống truyền thanh');
    expect(archive).toContain('3 ngày');
    expect(archive).toContain('06/01/2026–08/01/2026');
    expect(archive).not.toContain('Danh sách hộ nghèo');
  });
});

describe('resident decisions', () => {
  it('shows each matter’s status in Vietnamese and every village’s result, never a household code', async () => {
    const propose = (body: Record<string, unknown>) =>
      made(
        officer.client.post('/api/v1/community/resident-matters', {
          proposer: 'village_head',
          proposedOn: vietnamDay(-30),
          form: 'meeting',
          ...body,
        }),
      );
    const vote = (matter: Made, body: Record<string, unknown>) =>
      made(
        officer.client.post(
          `/api/v1/community/resident-matters/${matter.id}/votes`,
          { form: 'meeting', heldAt: `${vietnamDay(-10)}T08:00:00+07:00`, ...body },
          ifMatch(matter.version),
        ),
        200,
      );
    const road = await propose({ unitId: villages[0], item: 1, title: 'Đóng góp bê tông hóa đường thôn' });
    expect((await vote(road, { present: 125, yes: 118, no: 7 })).status).toBe('ballot_required');
    const rules = await propose({ unitId: villages[1], item: 3, title: 'Hương ước thôn Nà Pồng' });
    expect((await vote(rules, { present: 100, yes: 95, no: 5 })).status).toBe('passed');
    const fund = await propose({ unitId: commune.id, item: 2, title: 'Quỹ khuyến học xã', proposer: 'chairman' });
    await vote(fund, { villageUnitId: villages[0], present: 150, yes: 130, no: 20 });
    const lights = await propose({ unitId: villages[0], item: 6, title: 'Lắp đèn đường ngõ xóm', proposer: 'citizen_initiative' });
    const consented = await made(
      officer.client.post(
        `/api/v1/community/resident-matters/${lights.id}/consents`,
        { consents: secretCodes.map((householdCode) => ({ householdCode, consentedOn: vietnamDay(-20) })) },
        ifMatch(lights.version),
      ),
      200,
    );
    expect(consented.status).toBe('collecting');

    const body = await page(`/nhan-dan-quyet-dinh?don-vi=${commune.id}`);
    expect(body).toContain('Nhân dân bàn và quyết định');
    for (const title of ['Đóng góp bê tông hóa đường thôn', 'Hương ước thôn Nà Pồng', 'Quỹ khuyến học xã', 'Lắp đèn đường ngõ xóm'])
      expect(body).toContain(title);
    expect(body).toContain('Phải phát phiếu đến hộ');
    expect(body).toContain('Đã thông qua');
    expect(body).toContain('Đang lấy biểu quyết');
    expect(body).toContain('Đang lấy ý kiến đồng ý của các hộ');
    expect(body).toContain('Đã có 3 hộ đồng ý, cần 18');
    expect(body).toContain('Toàn xã · 1/2 thôn đã thông qua, cần 2');
    expect(body).toContain('Chưa biểu quyết');
    expect(body).toContain('Thôn Khuổi Luông');
    // 180 households, 125 present, 118 yes, 120 needed: not passed at the meeting.
    expect(body).toMatch(
      />180<\/td><td data-label="Có mặt" class="num">125<\/td>\s*<td data-label="Đồng ý" class="num">118<\/td><td data-label="Cần" class="num">120</,
    );
    for (const code of secretCodes) expect(body).not.toContain(code);
  });
});

describe('"Dân vận khéo" models', () => {
  it('shows each model with its owner, field, status, recognitions by level and replications', async () => {
    const model = (body: Record<string, unknown>) =>
      made(
        officer.client.post('/api/v1/community/models', {
          unitId: commune.id,
          ownerOrganisation: 'Hội Liên hiệp Phụ nữ xã',
          field: 'Xây dựng nông thôn mới',
          registeredOn: '2025-02-01',
          ...body,
        }),
      );
    let flowers = await model({ name: 'Con đường hoa', objectives: 'Trồng hoa hai bên đường liên thôn' });
    const step = async (body: Record<string, unknown>) =>
      (flowers = await made(officer.client.post(`/api/v1/community/models/${flowers.id}/steps`, body, ifMatch(flowers.version)), 200));
    await step({ step: 'launch', on: '2025-02-15' });
    await step({ step: 'recognise', on: '2025-05-10', level: 'grassroots', decisionRef: '12/QĐ-UBND' });
    await model({ name: 'Con đường hoa thôn Nà Pồng', unitId: villages[1], replicatesId: flowers.id, registeredOn: '2025-09-01' });

    const body = await page(`/dan-van-kheo?don-vi=${commune.id}`);
    expect(body).toContain('Mô hình “Dân vận khéo”');
    expect(body).toContain('Con đường hoa');
    expect(body).toContain('Hội Liên hiệp Phụ nữ xã');
    expect(body).toContain('Xây dựng nông thôn mới');
    expect(body).toContain('Đã được công nhận');
    expect(body).toContain('Cấp cơ sở');
    expect(body).toContain('Quyết định số 12/QĐ-UBND, ngày 10/05/2025');
    expect(body).toContain('1 nơi');
    expect(body).toContain('Thôn Nà Pồng');
    expect(body).toContain('Trồng hoa hai bên đường liên thôn');
  });
});

describe('mediation and legal aid', () => {
  it('lists each village’s team and serving mediators, the legal-aid groups, and nothing of a case', async () => {
    const team = await made(
      officer.client.post('/api/v1/community/mediation-teams', {
        unitId: villages[0],
        name: 'Tổ hòa giải thôn Khuổi Luông',
        establishedOn: '2025-01-10',
      }),
    );
    const mediator = (body: Record<string, unknown>) =>
      made(
        officer.client.post(`/api/v1/community/mediation-teams/${team.id}/mediators`, {
          sex: 'male',
          ethnicity: 'Tày',
          isEthnicMinority: true,
          electedOn: '2025-01-15',
          method: 'show_of_hands',
          votesFor: 120,
          ...body,
        }),
        200,
      );
    await mediator({ fullName: 'Hoàng Thị Mai', sex: 'female', isLeader: true });
    const serving = await mediator({ fullName: 'Lục Văn Hùng' });
    const withLeaving = await mediator({ fullName: 'Lý Văn Đã Nghỉ' });
    const leaving = withLeaving.mediators.find((m: Made) => m.fullName === 'Lý Văn Đã Nghỉ');
    await made(
      officer.client.post(`/api/v1/community/mediation-teams/${team.id}/mediators/${leaving.id}/end`, {
        endedOn: vietnamDay(-1),
        reason: 'moved',
      }),
      200,
    );
    await made(
      officer.client.post('/api/v1/community/mediation-cases', {
        teamId: team.id,
        grounds: 'party_request',
        field: 'land',
        summary: 'Tranh chấp ranh giới vườn nhà bên',
        mediatorIds: [serving.mediators.find((m: Made) => m.fullName === 'Lục Văn Hùng').id],
        parties: [
          { fullName: 'Đương Sự Thứ Nhất', phone: '0912345678', address: 'Xóm Bí Mật' },
          { fullName: 'Đương Sự Thứ Hai', phone: '0987654321' },
        ],
      }),
    );

    const body = await page(`/hoa-giai-tro-giup-phap-ly?don-vi=${commune.id}`);
    expect(body).toContain('Hòa giải ở cơ sở và trợ giúp pháp lý');
    expect(body).toContain('Tổ hòa giải thôn Khuổi Luông');
    expect(body).toContain('Hoàng Thị Mai <strong>(Tổ trưởng)</strong>');
    expect(body).toContain('Lục Văn Hùng');
    expect(body).toContain('Thôn Nà Pồng');
    expect(body).toContain('Chưa có tổ hòa giải');
    expect(body).toContain('Người thuộc hộ nghèo');
    expect(body).toContain('Trẻ em');
    expect(body).toContain('Người có công với cách mạng');
    for (const secret of ['Lý Văn Đã Nghỉ', 'Đương Sự', '0912345678', '0987654321', 'Xóm Bí Mật', 'Tranh chấp ranh giới', 'Tày'])
      expect(body).not.toContain(secret);
  });
});

describe('the pages together', () => {
  it('link to each other and from the home page, answer 404 for an unknown commune, and are in the API description', async () => {
    const paths = ['/thong-tin-cong-khai', '/nhan-dan-quyet-dinh', '/dan-van-kheo', '/hoa-giai-tro-giup-phap-ly'];
    const home = await page('/');
    for (const path of paths) expect(home).toContain(`href="${path}"`);
    const disclosures = await page(`/thong-tin-cong-khai?don-vi=${commune.id}`);
    for (const path of paths) expect(disclosures).toContain(`href="${path}?don-vi=${commune.id}"`);
    for (const path of paths) {
      const unknown = await page(`${path}?don-vi=${crypto.randomUUID()}`, 404);
      expect(unknown).toContain('Không có xã, phường hoặc cơ quan này');
      expect(await page(`${path}?don-vi=not-a-uuid`, 404)).toContain('Vui lòng chọn lại');
      // Without a unit, the deployment's only commune is shown, as on the reception calendar.
      expect(await page(path)).toContain(`<strong>${commune.name}</strong>`);
    }
    expect(await page(`/hoa-giai-tro-giup-phap-ly?don-vi=${villages[0]}`, 404)).toContain('Không có xã, phường');
    const spec = (await t.admin.get('/openapi.json')).data as { paths: Record<string, Record<string, { tags?: string[] }>> };
    for (const path of paths) expect(spec.paths[path]?.get?.tags).toEqual(['portal']);
  });
});
