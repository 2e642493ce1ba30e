import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/platform/db/types.js';
import { formEncoded, openCitizenForm } from '../support/citizen-forms.js';
import { buildDossier, buildProcedure, buildStaff, buildUnitTree } from '../support/factories.js';
import { auditCount, Client, createTestApp, type TestApp } from '../support/test-app.js';

/** A kiosk rates only the transaction its paired officer has just finished: not a colleague's, not an old one. */
let t: TestApp;
let communeId: string;
let officer: Client;
let colleague: Client;
let kioskPath: string;
const procedure = buildProcedure({ name: 'Chứng thực chữ ký (thử quầy)' });
const rateAtKiosk = async (dossierId: string) => {
  const page = await openCitizenForm(t.app, kioskPath);
  const token = /motcua_form=([\w-]+)/.exec(page.cookie ?? '')![1]!;
  return new Client(t.app).request('POST', kioskPath, {
    body: formEncoded({ _form: token, dossierId, transaction: 'intake', level: 'unsatisfied' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: page.cookie! },
  });
};
const ratingsOf = async (dossierId: string) =>
  rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from ratings where dossier_id = ${dossierId}`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  communeId = (await buildUnitTree(t.admin)).commune.id;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  officer = (await buildStaff(t.admin, { unitId: communeId, roles: ['counter_officer'] })).client;
  colleague = (await buildStaff(t.admin, { unitId: communeId, roles: ['counter_officer'] })).client;
  kioskPath = (await officer.post('/api/v1/ratings/kiosks', { unitId: communeId, label: 'Quầy 2' })).data.path;
});
afterAll(async () => t?.close());

describe('a counter kiosk', () => {
  it('refuses a colleague’s transaction at the same unit, recording nothing', async () => {
    const theirs = await buildDossier(colleague, { unitId: communeId, procedureCode: procedure.code });
    const before = await auditCount(t.database);
    const refused = await rateAtKiosk(theirs.dossierId);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Quầy này không đánh giá giao dịch đó');
    expect(await ratingsOf(theirs.dossierId)).toBe(0);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuses its own officer’s transaction once the window has passed', async () => {
    const old = await buildDossier(officer, { unitId: communeId, procedureCode: procedure.code });
    await t.database.db.execute(sql`update dossier_events set at = at - interval '2 hours' where dossier_id = ${old.dossierId}`);
    expect((await rateAtKiosk(old.dossierId)).statusCode).toBe(403);
    expect(await ratingsOf(old.dossierId)).toBe(0);
  });

  it('rates the transaction its officer has just finished', async () => {
    const mine = await buildDossier(officer, { unitId: communeId, procedureCode: procedure.code });
    expect((await rateAtKiosk(mine.dossierId)).statusCode).toBe(201);
    expect(await ratingsOf(mine.dossierId)).toBe(1);
  });
});
