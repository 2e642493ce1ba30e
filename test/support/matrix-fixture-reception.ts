/**
 * The permission matrix's reception and dialogues at B, made by B's leader: a session held and one
 * planned, a log entry (its citizen carries the canary) and a denunciation's, a dialogue planned and
 * one held with a commitment, and fresh ones for the requests that use one up. Every id is B's secret.
 */
import type { Client } from './test-app.js';

type Secret = <T extends string>(value: T) => T;
const yesterdayInVietnam = () => new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);

export async function receptionAtB(bLeader: Client, unitId: string, canary: string, secret: Secret) {
  const made = (what: string, response: { statusCode: number; body: string; data: { id: string } }) => {
    if (response.statusCode !== 201) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return secret(response.data.id);
  };
  const day = yesterdayInVietnam();
  // Each session starts a minute after the last: the same host, day and hour is one session.
  let minute = 0;
  const session = async (date = day) =>
    made(
      'reception session at B',
      await bLeader.post('/api/v1/reception/sessions', {
        unitId,
        hostBody: 'peoples_committee',
        hostRole: 'commune_chairman',
        hostName: `${canary} Chủ tịch xã B`,
        place: 'Trụ sở UBND xã B',
        date,
        startsAt: `07:${String((minute += 1) % 60).padStart(2, '0')}`,
      }),
    );
  const heldSession = async () => {
    const id = await session();
    const held = await bLeader.post(
      `/api/v1/reception/sessions/${id}/outcome`,
      { action: 'held', heldByName: 'Chủ tịch B' },
      { 'if-match': '"1"' },
    );
    if (held.statusCode !== 200) throw new Error(`hold session at B: ${held.statusCode} ${held.body.slice(0, 300)}`);
    return id;
  };
  const visit = async (nature: 'complaint' | 'denunciation') =>
    made(
      `reception visit at B (${nature})`,
      await bLeader.post('/api/v1/reception/visits', {
        unitId,
        citizens: [{ fullName: `${canary} Công dân B`, idNumber: '001099000111', address: `${canary} thôn B` }],
        contentSummary: `${canary} nội dung tiếp ở xã B`,
        nature,
        outcome: 'answered',
        documents: ['Bản sao giấy chứng nhận quyền sử dụng đất'],
      }),
    );
  const dialogue = async () =>
    made(
      'dialogue at B',
      await bLeader.post('/api/v1/dialogues', {
        unitId,
        kind: 'thematic',
        hostBody: 'peoples_committee',
        hostName: 'Chủ tịch B',
        title: `${canary} đối thoại ở xã B`,
        plannedAt: `${day}T08:00:00+07:00`,
        place: 'Nhà văn hóa thôn B',
      }),
    );
  const commitment = async () => {
    const id = await dialogue();
    const held = await bLeader.post(
      `/api/v1/dialogues/${id}/minutes`,
      {
        outcome: 'held',
        heldAt: `${day}T09:00:00+07:00`,
        attendeesCount: 30,
        participants: [{ name: 'Chủ tịch B', role: 'Chủ trì', signed: true }],
        agreed: `${canary} thống nhất sửa đường`,
        conclusions: [
          {
            text: `${canary} Sửa đường thôn B`,
            publicText: 'Sửa đường thôn B',
            ownerUnitId: unitId,
            ownerName: 'Cán bộ địa chính B',
            workingDays: 20,
            expectedEvidence: 'Biên bản nghiệm thu',
            beneficiaries: [{ name: `${canary} Người dân B`, email: 'dan.b@example.test' }],
          },
        ],
      },
      { 'if-match': '"1"' },
    );
    if (held.statusCode !== 200) throw new Error(`minutes at B: ${held.statusCode} ${held.body.slice(0, 300)}`);
    return { dialogue: id, commitment: secret(held.data.commitmentIds[0] as string) };
  };
  const held = await commitment();
  return {
    session: await heldSession(),
    visit: await visit('complaint'),
    denunciationVisit: await visit('denunciation'),
    dialogue: held.dialogue,
    commitment: held.commitment,
    fresh: {
      session: async () => ({ id: await session() }),
      heldSession: async () => ({ id: await heldSession() }),
      visit: async () => ({ id: await visit('complaint') }),
      dialogue: async () => ({ id: await dialogue() }),
      commitment: async () => ({ id: (await commitment()).commitment }),
    },
  };
}
