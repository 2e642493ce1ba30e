import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Applicant } from '../../src/contracts/dossiers.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildDossier, buildProcedure, buildStaff, buildUnitTree, type DossierState } from '../support/factories.js';
import { createRandom } from '../support/random.js';

/** The test builders themselves: valid data, the same for the same seed, and every dossier state reached through the API. */
let t: TestApp;
let counter: Client;
let leader: Client;
let unitId: string;
const procedure = buildProcedure({ name: 'Thủ tục kiểm tra bộ dựng dữ liệu' });

beforeAll(async () => {
  t = await createTestApp();
  const { commune } = await buildUnitTree(t.admin, { serviceCentres: true });
  unitId = commune.id;
  expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
  counter = (await buildStaff(t.admin, { unitId, roles: ['counter_officer'] })).client;
  leader = (await buildStaff(t.admin, { unitId, roles: ['leader'] })).client;
});
afterAll(async () => t?.close());

describe('test data builders', () => {
  it('draw applicants the intake accepts, the same ones again for the same seed', () => {
    const random = createRandom(7);
    const applicants = Array.from({ length: 500 }, () => buildApplicant(random));
    expect(applicants.filter((applicant) => !Applicant.safeParse(applicant).success)).toEqual([]);
    const again = createRandom(7);
    expect(Array.from({ length: 500 }, () => buildApplicant(again))).toEqual(applicants);
    expect(buildApplicant(random, { name: 'Nguyễn Văn Ánh' }).name).toBe('Nguyễn Văn Ánh');
  });

  const states: [DossierState, string][] = [
    ['received', 'processing'],
    ['guided', 'guided'],
    ['refused', 'refused'],
    ['handed_over', 'processing'],
    ['supplement_requested', 'supplement_requested'],
    ['result_ready', 'result_ready'],
    ['returned', 'returned'],
    ['stopped', 'stopped'],
    ['withdrawn', 'withdrawn'],
  ];
  for (const [state, status] of states) {
    it(`bring a dossier to ${state} through the API`, async () => {
      const dossier = await buildDossier(counter, { unitId, procedureCode: procedure.code, state, leader });
      expect(dossier.detail).toMatchObject({ id: dossier.id, status, version: dossier.version });
      expect(dossier.code === null).toBe(state === 'guided' || state === 'refused');
    });
  }
});
