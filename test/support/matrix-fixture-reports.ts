/**
 * The permission matrix's periodic reports: at B, made by B's leader, a draft report of 2025 (its
 * number carries the canary), a signed one, and a declared indicator (its source carries the
 * canary; the leader's name, who declared it, does too); at A, made by A's leader, drafts to sign.
 * Fresh ones for the steps that use one up.
 */
import type { Role } from '../../src/platform/auth/access.js';
import type { Client } from './test-app.js';

type Secret = <T extends string>(value: T) => T;
type Made = { id: string; version: number };

/** The year 2025: ended, so a report of it can be signed. */
export const year2025 = { kind: 'year', cutOffRule: 'calendar', year: 2025 } as const;
export const declarationBody = (unitId: string, source?: string) => ({
  unitId,
  kind: 'indicator',
  label: 'xã đạt chuẩn nông thôn mới',
  value: 24,
  denominator: 28,
  unitWord: 'xã',
  from: '2025-01-01',
  to: '2025-12-31',
  ...(source ? { source } : {}),
});

export async function reportsAt(
  bLeader: Client,
  people: { role: Role | null; client: Client }[],
  units: { a: string; b: string },
  canary: string,
  secret: Secret,
) {
  const aLeader = people.find((person) => person.role === 'leader')!.client;
  const ok = (what: string, response: { statusCode: number; body: string; data: Made }, status = 201) => {
    if (response.statusCode !== status) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response.data;
  };
  const draftBy = async (leader: Client, unitId: string) =>
    ok('report run', await leader.post('/api/v1/reports/runs', { unitId, kind: 'dan_van', period: year2025 }));
  /** A draft at B (version 1). */
  const run = async () => {
    const made = await draftBy(bLeader, units.b);
    return { id: secret(made.id), version: made.version };
  };
  /** A draft at B with its signer named, ready to sign. */
  const namedRun = async () => {
    const drafted = await run();
    const named = ok(
      'signer at B',
      await bLeader.patch(`/api/v1/reports/runs/${drafted.id}`, { signerName: 'Lãnh đạo xã B' }, { 'if-match': `"${drafted.version}"` }),
      200,
    );
    return { id: drafted.id, version: named.version };
  };
  /** A report at B, its signer named and signed by B's leader. */
  const signedRun = async () => {
    const drafted = await run();
    const named = ok(
      'signer at B',
      await bLeader.patch(`/api/v1/reports/runs/${drafted.id}`, { signerName: 'Lãnh đạo xã B' }, { 'if-match': `"${drafted.version}"` }),
      200,
    );
    const signed = ok(
      'signed report at B',
      await bLeader.post(`/api/v1/reports/runs/${drafted.id}/sign`, undefined, { 'if-match': `"${named.version}"` }),
      200,
    );
    return { id: drafted.id, version: signed.version };
  };
  const declaration = async () => ({
    id: secret(
      ok('declaration at B', await bLeader.post('/api/v1/reports/declarations', declarationBody(units.b, `${canary} sổ theo dõi của xã B`)))
        .id,
    ),
  });

  const declared = await declaration();
  const numbered = await run();
  const edited = ok(
    'numbered report at B',
    await bLeader.patch(`/api/v1/reports/runs/${numbered.id}`, { number: `${canary}/BC` }, { 'if-match': `"${numbered.version}"` }),
    200,
  );
  return {
    run: { id: numbered.id, version: edited.version },
    signed: await signedRun(),
    declaration: declared.id,
    fresh: {
      run,
      namedRun,
      signedRun,
      declaration,
      /** A draft at A, made by A's leader (version 1). */
      runAtA: async () => draftBy(aLeader, units.a),
    },
  };
}
