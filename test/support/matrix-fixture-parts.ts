/** Parts of the permission matrix's fixtures: B's petitions and clearances, and a year's schedule. */
import crypto from 'node:crypto';
import type { App } from '../../src/platform/http/deps.js';
import type { Client } from './test-app.js';
import type { Credentials, Part, Req } from './matrix-fixtures.js';
import { multipart } from './multipart.js';

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
    petitionAtB: async (kind: 'complaint' | 'denunciation' | 'mixed') =>
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

/** A report about a place at B sent through Open311 (public by design: no canary in it); its tracking code. */
export async function placeReportAt(app: App, unitCode: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      jurisdiction_id: unitCode,
      service_code: 'lighting',
      address_string: 'Ngã ba chợ xã B',
      description: 'Đèn đường ngã ba chợ không sáng',
    }).toString(),
  });
  if (response.statusCode !== 201) throw new Error(`place report at B: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return (JSON.parse(response.body) as { service_request_id: string }[])[0]!.service_request_id;
}

/** A citizen form with its anti-forgery pair (a cookie and the same value in a hidden field). */
export function citizenForm(fields: Record<string, string>): Req & { form: Record<string, string> } {
  const token = crypto.randomBytes(24).toString('base64url');
  return { url: '', form: { ...fields, _form: token }, cookies: [`motcua_form=${token}`] };
}
export function citizenParts(parts: Part[]): Req & { parts: Part[] } {
  const token = crypto.randomBytes(24).toString('base64url');
  return { url: '', parts: [{ name: '_form', value: token }, ...parts], cookies: [`motcua_form=${token}`] };
}

/** A scan attached to a petition at B by B's leader (protected until classified: read under B's clearance). */
export async function petitionFileAt(bLeader: Client, petitionId: string, secret: <T extends string>(value: T) => T): Promise<string> {
  const form = multipart([
    { name: 'kind', value: 'page' },
    { name: 'file', value: Buffer.from('%PDF-1.4\n% trang don\n%%EOF\n'), filename: 'trang-1.pdf', type: 'application/pdf' },
  ]);
  const response = await bLeader.request('POST', `/api/v1/petitions/${petitionId}/files`, {
    body: form.body,
    headers: { 'content-type': form.contentType },
  });
  if (response.statusCode !== 201) throw new Error(`petition file at B: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return secret(response.data.id as string);
}

/** A protection request on a denunciation at B, recorded by B's leader (who holds the clearance at B). */
export async function protectionRequestAt(bLeader: Client, petitionId: string, secret: <T extends string>(value: T) => T) {
  const response = await bLeader.post(`/api/v1/petitions/${petitionId}/protection-requests`, {
    requestedBy: 'relative',
    measures: ['life_health'],
  });
  if (response.statusCode !== 201) throw new Error(`protection request at B: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return { id: secret(response.data.id as string) };
}

/** A batch of B's petitions exported for the national database by B's leader (a new petition first, so one is pending). */
export async function syncBatchAt(
  bLeader: Client,
  unitId: string,
  newPetition: () => Promise<string>,
  secret: <T extends string>(value: T) => T,
) {
  await newPetition();
  const response = await bLeader.post('/api/v1/petition-sync/batches', { unitId });
  if (response.statusCode !== 201) throw new Error(`sync batch at B: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return { id: secret(response.data.id as string) };
}

/** Who makes the positive controls: the deployment's administrator, B's counter officer and leader, and a visitor. */
export function controlsOf(
  signedIn: Record<'admin' | 'bCounter' | 'bLeader', Credentials>,
): Record<'admin' | 'bCounter' | 'bLeader' | 'visitor', Credentials> {
  return { ...signedIn, visitor: {} };
}
