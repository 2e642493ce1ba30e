/**
 * The permission matrix's reception and commitments on the portal, made by B's leader: a session
 * published a week ahead (bookable by anyone), and a commitment reported done whose citizen's link
 * (read from the outbox, as the citizen would from the e-mail) is the capability.
 */
import { nextIp, send, vietnamToday, type Fixtures } from './matrix-fixtures.js';

const weekAhead = () => new Date(Date.parse(`${vietnamToday()}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

async function asBLeader(fx: Fixtures, method: string, url: string, json?: unknown, headers?: Record<string, string>) {
  const response = await send(
    fx.app,
    fx.controls.bLeader,
    method,
    { url, ...(json ? { json } : {}), ...(headers ? { headers } : {}) },
    nextIp(),
  );
  if (response.statusCode >= 300) throw new Error(`${method} ${url} at B: ${response.statusCode} ${response.body.slice(0, 300)}`);
  return JSON.parse(response.body) as { id: string; version: number };
}

let minute = 0;

/** A session at B a week ahead, published (its host without the canary: a published calendar is public); a minute later each time. */
export async function bookableSessionAtB(fx: Fixtures): Promise<{ id: string }> {
  const made = await asBLeader(fx, 'POST', '/api/v1/reception/sessions', {
    unitId: fx.units.b.id,
    hostBody: 'peoples_committee',
    hostRole: 'commune_chairman',
    hostName: 'Chủ tịch UBND xã B',
    place: 'Trụ sở UBND xã B',
    date: weekAhead(),
    startsAt: `08:${String((minute += 1) % 60).padStart(2, '0')}`,
  });
  return { id: made.id };
}

/** A commitment at B reported done, and the token of the link its citizen concerned is sent. */
export async function confirmationLinkAtB(fx: Fixtures): Promise<{ token: string }> {
  const { id } = await fx.reception.fresh.commitment();
  const current = await asBLeader(fx, 'GET', `/api/v1/commitments/${id}`);
  await asBLeader(
    fx,
    'POST',
    `/api/v1/commitments/${id}/steps`,
    { action: 'done', evidence: 'Đã sửa xong đường thôn B' },
    {
      'if-match': `"${current.version}"`,
    },
  );
  const [message] = await fx.database.query<{ body: string }>(
    "select body from outbox_messages where subject_id like $1 || ':%' order by created_at desc limit 1",
    [id],
  );
  const token = /xac-nhan\/([A-Za-z0-9_-]+)/.exec(message?.body ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link for the commitment at B: ${message?.body ?? 'no message'}`);
  return { token };
}
