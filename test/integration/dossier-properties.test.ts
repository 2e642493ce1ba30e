import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFor, computeDueAt } from '../../src/modules/calendar/index.js';
import { foldStatus } from '../../src/modules/dossiers/dossier-states.js';
import { actOnDossier, receiveAtCounter } from '../../src/modules/dossiers/index.js';
import type { DossierAction } from '../../src/modules/dossiers/use-cases/act-on-dossier.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { DomainError } from '../../src/platform/errors/errors.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildProcedure, buildUnitTree, fixtureRandom } from '../support/factories.js';

/**
 * Random command sequences through the use cases, with time moving forward: whatever happens,
 * the status is the fold of the events, at most one supplement and one reschedule are ever
 * recorded, a refused command changes nothing, the first appointment follows the calendar, and
 * the day's codes stay unique and gap-free.
 */
let t: TestApp;
let unitId: string;
const procedure = buildProcedure({ name: 'Thủ tục kiểm thử thuộc tính' });
const applicant = buildApplicant(fixtureRandom());
const everyone: Principal = {
  kind: 'token',
  tokenId: '00000000-0000-4000-8000-000000000001',
  tokenName: 'property',
  role: 'leader',
  unitId: null,
};

beforeAll(async () => {
  t = await createTestApp();
  unitId = (await buildUnitTree(t.admin)).commune.id;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
});
afterAll(async () => t?.close());

const command: fc.Arbitrary<DossierAction> = fc.oneof(
  fc.constant<DossierAction>({ action: 'request_supplement', reason: 'Thiếu giấy tờ', missingDocuments: ['Giấy chứng sinh'] }),
  fc.constant<DossierAction>({ action: 'receive_supplement' }),
  fc.constant<DossierAction>({ action: 'hand_over' }),
  fc.integer({ min: 0, max: 2 }).map<DossierAction>((stepIndex) => ({ action: 'return_to_step', stepIndex, reason: 'Làm lại bước trước' })),
  fc.integer({ min: 1, max: 20 }).map<DossierAction>((days) => ({
    action: 'reschedule',
    reason: 'Chờ xác minh',
    newDueAt: new Date(Date.UTC(2026, 2, 2) + days * 86_400_000).toISOString(),
  })),
  fc.constant<DossierAction>({ action: 'approve' }),
  fc.constant<DossierAction>({ action: 'stop', reason: 'Không đủ điều kiện' }),
  fc.constant<DossierAction>({ action: 'withdraw' }),
  fc.constant<DossierAction>({ action: 'return', delivery: 'counter' }),
);

describe('dossier lifecycle properties', () => {
  it('keep their invariants under random command sequences', async () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`dossier property test seed: ${seed} (replay with FC_SEED=${seed})`);
    const deps = { db: t.database.db, access: createAccessPolicy(t.database.db) };
    const calendar = await calendarFor(t.database.db, unitId);
    const codes: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(command, fc.integer({ min: 0, max: 48 })), { minLength: 1, maxLength: 10 }), async (steps) => {
        const receivedAt = new Date('2026-02-24T02:00:00Z');
        const intake = await receiveAtCounter(
          deps,
          everyone,
          systemContext('property'),
          {
            receivingUnitId: unitId,
            procedureCode: procedure.code,
            applicant,
            documents: [
              { index: 1, count: 1 },
              { index: 2, count: 1 },
            ],
            setCount: 1,
            delivery: 'counter',
          },
          receivedAt,
        );
        codes.push(intake.code!);
        expect(intake.dueAt).toBe(new Date(computeDueAt(calendar, receivedAt, { unit: 'working-days', value: 3 })).toISOString());
        let now = receivedAt.getTime();
        let version = 1;
        for (const [action, hours] of steps) {
          now += hours * 3_600_000;
          const before = await t.database.query<{ version: number; status: string }>('select version, status from dossiers where id = $1', [
            intake.dossierId,
          ]);
          try {
            const row = await actOnDossier(
              deps,
              everyone,
              systemContext('property'),
              { dossierId: intake.dossierId, expectedVersion: version, command: action },
              new Date(now),
            );
            version = row.version;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            const after = await t.database.query<{ version: number; status: string }>(
              'select version, status from dossiers where id = $1',
              [intake.dossierId],
            );
            expect(after).toEqual(before);
          }
          const [dossier] = await t.database.query<{
            status: string;
            supplement_count: number;
            reschedule_count: number;
            original_due_at: string;
          }>('select status, supplement_count, reschedule_count, original_due_at from dossiers where id = $1', [intake.dossierId]);
          const events = await t.database.query<{ type: never }>('select type from dossier_events where dossier_id = $1 order by seq', [
            intake.dossierId,
          ]);
          expect(foldStatus(events)).toBe(dossier!.status);
          expect(dossier!.supplement_count).toBeLessThanOrEqual(1);
          expect(dossier!.reschedule_count).toBeLessThanOrEqual(1);
          expect(events.filter((event) => event.type === 'supplement_requested').length).toBe(dossier!.supplement_count);
          expect(new Date(dossier!.original_due_at).toISOString()).toBe(intake.dueAt);
        }
      }),
      { numRuns: 25, seed },
    );
    const sequences = codes.map((code) => Number(code.slice(-4))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: codes.length }, (_, i) => i + 1));
  }, 180_000);
});
