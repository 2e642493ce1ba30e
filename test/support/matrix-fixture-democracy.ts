/**
 * The permission matrix's grassroots-democracy records at B, made by B's leader: a disclosure, a
 * village matter with its vote, a citizen initiative, a consultation and a supervision finding
 * (the canary in their text); fresh ones for the steps that use one up.
 */
import type { Client } from './test-app.js';

type Secret = <T extends string>(value: T) => T;
type Made = { id: string; version: number; votes?: { id: string; version: number }[]; channels?: { id: string }[] };

export async function democracyAtB(bLeader: Client, communeId: string, villageId: string, canary: string, secret: Secret) {
  const ok = (what: string, response: { statusCode: number; body: string; data: Made }, status = 201) => {
    if (response.statusCode !== status) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response.data;
  };
  const disclosure = async () => {
    const made = ok(
      'disclosure at B',
      await bLeader.post('/api/v1/community/disclosures', {
        unitId: communeId,
        item: 8,
        title: `${canary} Tiếp nhận ủng hộ bão lũ ở xã B`,
        documentDate: '2026-01-05',
        channels: [{ kind: 'posting', startedOn: '2026-01-06' }],
      }),
    );
    return { id: secret(made.id), channelId: secret(made.channels![0]!.id) };
  };
  const matter = async (proposer = 'village_head') => {
    const made = ok(
      'matter at B',
      await bLeader.post('/api/v1/community/resident-matters', {
        unitId: villageId,
        item: 6,
        title: `${canary} Việc tự quản ở thôn B`,
        proposer,
        proposedOn: '2026-01-05',
        form: 'meeting',
      }),
    );
    return { id: secret(made.id), version: made.version };
  };
  const votedMatter = async () => {
    const proposed = await matter();
    const voted = ok(
      'vote at B',
      await bLeader.post(
        `/api/v1/community/resident-matters/${proposed.id}/votes`,
        { form: 'meeting', heldAt: '2026-01-10T08:00:00+07:00', present: 150, yes: 140, no: 10 },
        { 'if-match': `"${proposed.version}"` },
      ),
      200,
    );
    return { id: proposed.id, voteId: secret(voted.votes![0]!.id) };
  };
  const consultation = async () => {
    const made = ok(
      'consultation at B',
      await bLeader.post('/api/v1/community/consultations', {
        unitId: communeId,
        subject: 'construction_plans',
        title: `${canary} Lấy ý kiến quy hoạch ở xã B`,
        openedOn: '2026-01-05',
        closesOn: '2026-01-20',
        channels: ['posting'],
      }),
    );
    return { id: secret(made.id) };
  };
  const finding = async () => {
    const made = ok(
      'finding at B',
      await bLeader.post('/api/v1/community/supervision-findings', {
        unitId: communeId,
        board: 'people_inspection',
        subject: `${canary} Giám sát ở xã B`,
        finding: 'Chậm công khai',
        recommendation: 'Công khai ngay',
        addressedTo: 'UBND xã',
        foundOn: '2026-01-05',
      }),
    );
    return { id: secret(made.id) };
  };
  ok(
    'legal-aid refusal at B',
    await bLeader.post('/api/v1/community/legal-aid/refusals', {
      unitId: communeId,
      requester: { fullName: `${canary} Người bị từ chối B` },
      summary: `${canary} Tranh chấp thương mại ở xã B`,
      reason: 'business_trade',
      explanation: 'Không thuộc phạm vi trợ giúp pháp lý',
    }),
  );
  return {
    disclosure: await disclosure(),
    matter: await votedMatter(),
    initiative: (await matter('citizen_initiative')).id,
    consultation: (await consultation()).id,
    finding: (await finding()).id,
    fresh: { disclosure, matter, votedMatter, consultation, finding },
  };
}
