/**
 * Legal-aid clocks warned before they lapse (Circular 12/2018/TT-BTP): a case not assigned by its
 * deadline and one whose proof of eligibility is still owed are e-mailed once per clock to the
 * unit's leaders and mobilisation officers, with the legal basis, by code — never the requester.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warnLegalAidClocks } from '../../src/modules/community/index.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
  const counter = await buildStaff(t.admin, { roles: ['counter_officer'], unitId: commune.id });
  for (const [staff, email] of [
    [officer, 'danvan@xa.example.vn'],
    [counter, 'motcua@xa.example.vn'],
  ] as const)
    await t.database.query('update staff set email = $1 where id = $2', [email, staff.id]);
});
afterAll(async () => t?.close());

const messages = () =>
  t.database.query<{ recipient: string; subject: string; body: string }>(
    `select recipient, subject, body from outbox_messages where topic = 'community.legal_aid_clock' order by subject`,
  );

describe('legal-aid clock warnings', () => {
  it('warns once per lapsing clock, with the legal basis, by code and never by name', async () => {
    const accepted = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const overdue = await officer.client.post('/api/v1/community/legal-aid', {
      unitId: commune.id,
      acceptedAt: accepted,
      requester: { fullName: 'Hà Thị Giấu Tên' },
      group: 'poor_household',
      form: 'advice',
      field: 'Đất đai',
      summary: 'Tư vấn về quyền sử dụng đất',
    });
    expect(overdue.statusCode, overdue.body).toBe(201);
    const assigned = await officer.client.post('/api/v1/community/legal-aid', {
      unitId: commune.id,
      requester: { fullName: 'Người đã đủ giấy tờ' },
      group: 'poor_household',
      proofDocuments: ['Giấy chứng nhận hộ nghèo'],
      form: 'advice',
      field: 'Hôn nhân',
      summary: 'Tư vấn ly hôn',
    });
    expect(assigned.statusCode, assigned.body).toBe(201);

    const first = await warnLegalAidClocks(t.database.db, { publicUrl: 'https://motcua.example.vn' });
    expect(first.warnings).toBe(2);
    const sent = await messages();
    expect(sent.map((message) => message.recipient)).toEqual(['danvan@xa.example.vn', 'danvan@xa.example.vn']);
    for (const message of sent) {
      expect(message.subject).toBe(`Quá hạn: trợ giúp pháp lý ${overdue.data.code}`);
      expect(message.body).toContain('Căn cứ: Luật Trợ giúp pháp lý 2017');
      expect(message.body).not.toContain('Hà Thị Giấu Tên');
    }
    expect(sent.map((message) => message.body).join('\n')).toMatch(/phân công[\s\S]*giấy tờ chứng minh|giấy tờ chứng minh[\s\S]*phân công/);
    await warnLegalAidClocks(t.database.db, { publicUrl: 'https://motcua.example.vn' });
    expect(await messages()).toHaveLength(2);
  });
});
