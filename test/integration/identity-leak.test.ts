/**
 * A denouncer's identity never leaves its protected store except to the cleared reader: unique
 * markers are seeded as a denouncer's name, ID number, phone, address and e-mail, the petition is
 * taken through its whole life (classification, duplicates, acceptance, notices, extension,
 * decision, transfer of a second one, letters, citizen pages), then every GET operation of
 * /openapi.json is called as the administrator, as an officer of the unit without a clearance and
 * as a visitor — PDFs, DOCX and XLSX read back as text — and every table but the protected store,
 * every queued notification and every log line is searched. Nothing is found. The cleared reader
 * gets the identity (logged with the purpose) until the clearance is revoked.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../support/docx-text.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';
import { createLoggedTestApp, type LoggedTestApp } from '../support/logged-app.js';
import { listOperations, type OpenApi } from '../support/openapi-arbitraries.js';
import { multipart } from '../support/multipart.js';
import { hasPdftotext, pdfText } from '../support/pdf-inspect.js';
import type { Client } from '../support/test-app.js';

const identity = {
  fullName: 'Kiều Thị Qxbzwy',
  idNumber: '001203998877',
  phone: '0977123456',
  address: 'Xóm Wvkjhq, bản Pác Ngòi',
  email: 'qxbzwy.tocao@example.vn',
};
const markers = ['Qxbzwy', 'qxbzwy', '001203998877', '977123456', 'Wvkjhq'];
const letterNames = ['acceptance_notice', 'notice_to_denounced', 'answer', 'receipt', 'refusal_notice', 'invitation', 'minutes'];

let t: LoggedTestApp;
let commune: CommuneRef;
let officer: Staff;
let cleared: Staff;
let clearanceId: string;
const ids = { petitions: [] as string[], settlement: '', batch: '', visit: '' };
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

function found(text: string): string[] {
  return markers.filter((marker) => text.includes(marker));
}

/** The text a reader gets from an answer: the body, or the words of a PDF, a DOCX or an XLSX. */
function textOf(contentType: string, raw: Buffer): string {
  if (contentType.includes('pdf')) return hasPdftotext ? pdfText(raw).join('\n') : '';
  if (contentType.includes('wordprocessingml')) return docxText(raw);
  if (contentType.includes('spreadsheetml')) {
    const files = unzipSync(new Uint8Array(raw));
    return Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, content]) => strFromU8(content))
      .join('\n');
  }
  return raw.toString('utf8');
}

async function ok(response: { statusCode: number; body: string; data: any }, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.data;
}

async function denunciation(client: Client, summary: string) {
  return ok(
    await client.post('/api/v1/petitions', {
      unitId: commune.id,
      channel: 'reception',
      kind: 'denunciation',
      contentSummary: summary,
      petitioner: identity,
    }),
    201,
  );
}

async function classify(id: string, version: number, scope: 'ours' | 'other') {
  return ok(
    await officer.client.post(
      `/api/v1/petitions/${id}/classification`,
      {
        kind: 'denunciation',
        field: 'corruption',
        isEligible: true,
        competence: scope === 'ours' ? { scope } : { scope, bodyType: 'administrative' },
        settlementStatus: 'none',
      },
      ifMatch(version),
    ),
  );
}

beforeAll(async () => {
  t = await createLoggedTestApp('trace');
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  const leader = await buildStaff(t.admin, { roles: ['leader'], unitId: commune.id });
  cleared = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  clearanceId = (await ok(await leader.client.post('/api/v1/identity-clearances', { staffId: cleared.id, unitId: commune.id }), 201)).id;

  // The first denunciation: handled within competence, accepted, settled.
  const first = await denunciation(officer.client, 'Tố cáo cán bộ địa chính thu tiền đo đạc trái quy định');
  // The scanned handwriting, under a file name that names the writer.
  const scan = multipart([
    { name: 'kind', value: 'page' },
    { name: 'file', value: Buffer.from('%PDF-1.4\n%%EOF\n'), filename: 'don-to-cao-Qxbzwy.pdf', type: 'application/pdf' },
  ]);
  await ok(
    await officer.client.request('POST', `/api/v1/petitions/${first.id}/files`, {
      body: scan.body,
      headers: { 'content-type': scan.contentType },
    }),
    201,
  );
  const classified = await classify(first.id, first.version, 'ours');
  const accepted = await ok(
    await officer.client.post(`/api/v1/petitions/${first.id}/handling`, { outcome: 'accept' }, ifMatch(classified.version)),
  );
  let settlement = await ok(await officer.client.post(`/api/v1/petitions/${first.id}/settlement`, { decisionRef: '15/QĐ-TLTC' }), 201);
  for (const step of [
    { step: 'notify', recipients: ['petitioner', 'denounced'] },
    { step: 'assign_verification', assignee: 'Tổ xác minh' },
    { step: 'extend', decisionRef: '16/QĐ-GH', days: 30, criteria: ['several_locations'] },
    { step: 'decide', decisionRef: '17/KL', result: 'partly_right', summary: 'Tố cáo đúng một phần' },
    { step: 'publish', how: 'Niêm yết tại trụ sở' },
  ])
    settlement = await ok(await officer.client.post(`/api/v1/settlements/${settlement.id}/steps`, step, ifMatch(settlement.version)));
  ids.settlement = settlement.id;

  // The same person again: a duplicate candidate (by the ID number), then linked; and one transferred elsewhere.
  const again = await denunciation(officer.client, 'Tố cáo tiếp việc thu tiền đo đạc');
  await ok(await officer.client.get(`/api/v1/petitions/${again.id}/duplicate-candidates`));
  await ok(await officer.client.post(`/api/v1/petitions/${again.id}/duplicate-of`, { originalId: first.id }, ifMatch(again.version)));
  const elsewhere = await denunciation(officer.client, 'Tố cáo cán bộ thuế thu sai');
  const classifiedElsewhere = await classify(elsewhere.id, elsewhere.version, 'other');
  await ok(
    await officer.client.post(
      `/api/v1/petitions/${elsewhere.id}/handling`,
      { outcome: 'transfer', to: 'Chi cục Thuế khu vực' },
      ifMatch(classifiedElsewhere.version),
    ),
  );
  // Told at the reception desk, with papers handed over, then written down and signed as a petition.
  const told = await ok(
    await officer.client.post('/api/v1/reception/visits', {
      unitId: commune.id,
      citizens: [identity],
      contentSummary: 'Tố cáo cán bộ thu tiền khi cấp giấy chứng nhận',
      nature: 'denunciation',
      outcome: 'answered',
      documents: ['Biên lai thu tiền'],
    }),
    201,
  );
  const written = await ok(
    await officer.client.post(`/api/v1/reception/visits/${told.id}/petition`, { kind: 'denunciation', signedBy: 'fingerprint' }),
    201,
  );
  ids.visit = told.id;
  ids.petitions.push(first.id, again.id, elsewhere.id, accepted.id, written.id);
  ids.batch = (await ok(await officer.client.post('/api/v1/petition-sync/batches', { unitId: commune.id }), 201)).id;
});
afterAll(async () => t?.close());

describe('the denouncer’s identity', () => {
  it('is read by the cleared officer, with the purpose logged, and by nobody once the clearance is revoked', async () => {
    const read = await ok(
      await cleared.client.post(`/api/v1/petitions/${ids.petitions[0]}/identity-reads`, { purpose: 'Liên hệ người tố cáo để bảo vệ' }),
    );
    expect(read.identity.fullName).toBe(identity.fullName);
    const log = await ok(await t.admin.get(`/api/v1/petitions/${ids.petitions[0]}/identity-reads`));
    expect(log.items.map((entry: { purpose: string }) => entry.purpose)).toContain('Liên hệ người tố cáo để bảo vệ');
    await ok(await t.admin.post(`/api/v1/identity-clearances/${clearanceId}/revoke`, {}));
    const refused = await cleared.client.post(`/api/v1/petitions/${ids.petitions[0]}/identity-reads`, {
      purpose: 'Đọc lại sau khi bị thu hồi quyền',
    });
    expect(refused.statusCode).toBe(403);
    expect(found(refused.body)).toEqual([]);
  });

  it('is in no answer of any GET operation, page, letter or export, for the administrator, an officer or a visitor', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as OpenApi;
    const gets = listOperations(spec).filter((operation) => operation.method === 'GET');
    const callers: { name: string; client: Client | null }[] = [
      { name: 'administrator', client: t.admin },
      { name: 'officer', client: officer.client },
      { name: 'formerly cleared', client: cleared.client },
      { name: 'visitor', client: null },
    ];
    // A report of the commune over the denunciation's year, drafted and then signed: its content,
    // annexes and files are scanned like every other answer.
    const drafted = await officer.client.post('/api/v1/reports/runs', {
      unitId: commune.id,
      kind: 'reception_petitions',
      period: { kind: 'custom', from: '2025-01-01', to: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10) },
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const idsFor = (path: string): string[] => {
      if (path.startsWith('/api/v1/reports/runs/')) return [drafted.data.id];
      if (path.startsWith('/api/v1/reports/units/')) return [commune.id];
      if (path.startsWith('/api/v1/petitions/')) return ids.petitions;
      if (path.startsWith('/api/v1/settlements/')) return [ids.settlement];
      if (path.startsWith('/api/v1/petition-sync/batches/')) return [ids.batch];
      if (path.startsWith('/api/v1/reception/visits/')) return [ids.visit];
      if (path.startsWith('/api/v1/units/')) return [commune.id];
      if (path.startsWith('/api/v1/staff/')) return [officer.id];
      return [];
    };
    const urls = new Set<string>();
    for (const { path } of gets) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      let filled = [path];
      for (const param of params) {
        const values =
          param === 'id'
            ? idsFor(path)
            : param === 'letter'
              ? letterNames
              : param === 'figureId'
                ? ['petitions.received', 'dossiers.received']
                : param === 'format'
                  ? ['docx', 'pdf', 'xlsx']
                  : [];
        filled = filled.flatMap((url) => values.map((value) => url.replace(`{${param}}`, value)));
      }
      const query = `unitId=${commune.id}&from=2025-01-01&to=2027-12-31&pageSize=200&q=${encodeURIComponent('Kieu Thi')}`;
      for (const url of filled) {
        urls.add(`${url}?${query}`);
        if (/letter/.test(path)) urls.add(`${url}?format=docx`);
        if (/batches/.test(path)) urls.add(`${url}?format=xlsx`);
        if (/\/items$/.test(path)) for (const format of ['csv', 'xlsx']) urls.add(`${url}?from=2025-01-01&to=2027-12-31&format=${format}`);
      }
    }
    expect([...urls].filter((url) => /\/report\.docx|petitions\.received\/items\?from=.*format=csv/.test(url))).toHaveLength(2);
    const leaks: string[] = [];
    let answered = 0;
    for (const url of urls) {
      for (const caller of callers) {
        const response = caller.client
          ? await caller.client.request('GET', url)
          : await t.app.inject({ method: 'GET', url, remoteAddress: '10.9.9.9' });
        if (response.statusCode === 200) answered += 1;
        const text = textOf(String(response.headers['content-type'] ?? ''), response.rawPayload);
        const hits = found(text);
        if (hits.length > 0) leaks.push(`${caller.name} GET ${url} → ${response.statusCode}: ${hits.join(', ')}`);
      }
    }
    // Looked up by the ID number at the desk: an officer without a clearance is not shown the denunciation.
    const history = await ok(
      await officer.client.post('/api/v1/reception/person-history', { unitId: commune.id, idNumber: identity.idNumber }),
    );
    expect(history).toEqual({ items: [], protectedHidden: true });
    expect(leaks).toEqual([]);
    // The scan reached real answers (the petitions, their settlement and letters), not only refusals.
    expect(answered).toBeGreaterThan(60);
  });

  it('is in no table but its protected store, no queued notification and no log line', async () => {
    const tables = await t.database.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const leaks: string[] = [];
    for (const { name } of tables) {
      // The protected stores: the petition's writer, and each citizen of a reception log entry.
      if (name === 'petitioner_identities' || name === 'reception_visitors') continue;
      const rows = await t.database.query<{ row: string }>(`select t::text as row from "${name}" t`);
      for (const { row } of rows) if (found(row).length > 0) leaks.push(`${name}: ${found(row).join(', ')}`);
    }
    expect(leaks).toEqual([]);
    const protectedRows = await t.database.query<{ n: number }>(
      `select count(*)::int as n from petitioner_identities where full_name = $1`,
      [identity.fullName],
    );
    expect(protectedRows[0]!.n).toBe(4);
    expect(t.lines.length).toBeGreaterThan(100);
    expect(t.lines.filter((line) => found(line).length > 0)).toEqual([]);
  });
});
