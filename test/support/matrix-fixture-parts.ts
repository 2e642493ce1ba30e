/** Parts of the permission matrix's fixtures: B's petitions and clearances, and a year's schedule. */
import type { Client } from './test-app.js';

/**
 * The permission matrix's petitions at B: a complaint or a denunciation received by B's leader,
 * whose petitioner (the protected identity) carries the canary, and identity clearances at B
 * granted by the deployment administrator. Every id made is a secret of B's.
 */
export function petitionsAtB(input: {
  admin: Client;
  bLeader: Client;
  unitId: string;
  canary: string;
  secret: <T extends string>(value: T) => T;
}) {
  const { admin, bLeader, unitId, canary, secret } = input;
  const made = (what: string, response: { statusCode: number; body: string; data: { id: string } }) => {
    if (response.statusCode !== 201) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return secret(response.data.id);
  };
  return {
    petitionAtB: async (kind: 'complaint' | 'denunciation') =>
      made(
        `petition at B (${kind})`,
        await bLeader.post('/api/v1/petitions', {
          unitId,
          channel: 'reception',
          kind,
          contentSummary: `${canary} đơn ở xã B`,
          petitioner: { fullName: `${canary} Người viết đơn B`, address: `${canary} thôn B`, phone: '0912000111' },
        }),
      ),
    clearanceOf: async (staffId: string) =>
      made('identity clearance at B', await admin.post('/api/v1/identity-clearances', { staffId, unitId })),
    /** A complaint at B, classified eligible within B's competence and proposed for acceptance. */
    acceptedPetitionAtB: async () => {
      const id = made(
        'petition at B to accept',
        await bLeader.post('/api/v1/petitions', {
          unitId,
          channel: 'post',
          kind: 'complaint',
          contentSummary: `${canary} khiếu nại ở xã B`,
          petitioner: { fullName: `${canary} Người khiếu nại B` },
        }),
      );
      const classification = {
        kind: 'complaint',
        field: 'land_housing',
        isEligible: true,
        competence: { scope: 'ours' },
        settlementStatus: 'none',
      };
      await bLeader.post(`/api/v1/petitions/${id}/classification`, classification, { 'if-match': '"1"' });
      const handled = await bLeader.post(`/api/v1/petitions/${id}/handling`, { outcome: 'accept' }, { 'if-match': '"2"' });
      if (handled.statusCode !== 200) throw new Error(`accept petition at B: ${handled.statusCode} ${handled.body.slice(0, 300)}`);
      return { id };
    },
  };
}

/** A settlement at B (version 1): a complaint accepted for settlement by B's leader. */
export async function settlementAtB(bLeader: Client, accepted: () => Promise<{ id: string }>, secret: <T extends string>(value: T) => T) {
  const { id } = await accepted();
  const opened = await bLeader.post(`/api/v1/petitions/${id}/settlement`, { decisionRef: '01/TB-TL' });
  if (opened.statusCode !== 201) throw new Error(`settlement at B: ${opened.statusCode} ${opened.body.slice(0, 300)}`);
  return { id: secret(opened.data.id as string) };
}

/** A year's schedule of days off as the calendar routes take it (one holiday). */
export function yearSchedule(year: number) {
  return {
    year,
    title: `Lịch nghỉ thử ${year}`,
    entries: [
      { date: `${year}-01-01`, type: 'holiday', occasion: 'new-year', source: 'Bộ luật Lao động 2019, Điều 112', isConfirmed: true },
    ],
  };
}
