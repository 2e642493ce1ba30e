/**
 * The permission matrix's community registers at B, made by B's leader: a village of B with its
 * households, a mediation team with one mediator (the canary in the name) and a case whose parties
 * carry the canary, a resident vote; fresh cases for the steps that use one up.
 */
import { democracyAtB } from './matrix-fixture-democracy.js';
import type { Client } from './test-app.js';

type Secret = <T extends string>(value: T) => T;

export async function communityAtB(admin: Client, bLeader: Client, communeId: string, canary: string, secret: Secret) {
  const ok = <T>(what: string, response: { statusCode: number; body: string; data: T }, status = 201) => {
    if (response.statusCode !== status) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response.data;
  };
  const village = ok<{ id: string }>(
    'village at B',
    await admin.post('/api/v1/units', { type: 'village', name: 'Thôn B1', code: `V${Date.now() % 1e9}`, parentId: communeId }),
  );
  // A village is a unit: read deployment-wide like every unit, so not a secret of B's.
  ok(
    'households at B',
    await bLeader.request('PUT', `/api/v1/community/villages/${village.id}/households`, { body: { asOf: '2025-01-01', count: 200 } }),
    200,
  );
  const team = ok<{ id: string }>(
    'team at B',
    await bLeader.post('/api/v1/community/mediation-teams', {
      unitId: village.id,
      name: `${canary} Tổ hòa giải B`,
      establishedOn: '2025-01-05',
    }),
  );
  const withMediator = ok<{ mediators: { id: string }[] }>(
    'mediator at B',
    await bLeader.post(`/api/v1/community/mediation-teams/${team.id}/mediators`, {
      fullName: `${canary} Hòa giải viên B`,
      sex: 'female',
      ethnicity: 'Kinh',
      isEthnicMinority: false,
      isLeader: true,
      electedOn: '2025-01-10',
      method: 'show_of_hands',
      votesFor: 150,
    }),
    200,
  );
  const mediatorId = secret(withMediator.mediators[0]!.id);
  const mediationCase = async () => {
    const made = ok<{ id: string }>(
      'mediation case at B',
      await bLeader.post('/api/v1/community/mediation-cases', {
        teamId: team.id,
        grounds: 'party_request',
        parties: [{ fullName: `${canary} Bên A` }, { fullName: `${canary} Bên B` }],
        field: 'land',
        summary: `${canary} tranh chấp ở thôn B`,
        mediatorIds: [mediatorId],
      }),
    );
    return { id: secret(made.id) };
  };
  const vote = ok<{ id: string }>(
    'resident vote at B',
    await bLeader.post('/api/v1/community/resident-votes', {
      unitId: village.id,
      item: 6,
      title: `${canary} việc tự quản thôn B`,
      form: 'meeting',
      heldAt: '2025-06-01T08:00:00+07:00',
      present: 150,
      yes: 120,
      no: 30,
    }),
  );
  secret(vote.id);
  /** A case whose mediation failed (version 3), to hand on. */
  const failedCase = async () => {
    const { id } = await mediationCase();
    const at = new Date().toISOString();
    ok(
      'start at B',
      await bLeader.post(`/api/v1/community/mediation-cases/${id}/steps`, { step: 'start', at }, { 'if-match': '"1"' }),
      200,
    );
    const ended = { step: 'end', at, outcome: 'failure' };
    ok('fail at B', await bLeader.post(`/api/v1/community/mediation-cases/${id}/steps`, ended, { 'if-match': '"2"' }), 200);
    return { id };
  };
  const model = async () => {
    const made = ok<{ id: string }>(
      'model at B',
      await bLeader.post('/api/v1/community/models', {
        unitId: communeId,
        name: `${canary} mô hình ở xã B`,
        ownerOrganisation: 'Hội Nông dân xã B',
        field: 'Kinh tế',
        registeredOn: '2025-03-01',
      }),
    );
    return { id: secret(made.id) };
  };
  const contest = ok<{ id: string }>(
    'contest at B',
    await bLeader.post('/api/v1/community/contests', {
      unitId: communeId,
      title: `${canary} cuộc thi ở xã B`,
      organiser: 'Ban Dân vận xã B',
      opensOn: '2025-03-01',
      closesOn: '2099-12-31',
    }),
  );
  const legalAid = async () => {
    const made = ok<{ id: string }>(
      'legal aid at B',
      await bLeader.post('/api/v1/community/legal-aid', {
        unitId: communeId,
        requester: { fullName: `${canary} Người được trợ giúp B` },
        group: 'child',
        form: 'advice',
        field: 'Hôn nhân gia đình',
        summary: `${canary} trợ giúp ở xã B`,
      }),
    );
    return { id: secret(made.id) };
  };
  return {
    village: village.id,
    team: secret(team.id),
    mediator: mediatorId,
    case: (await mediationCase()).id,
    model: (await model()).id,
    contest: secret(contest.id),
    legalAid: (await legalAid()).id,
    fresh: { case: mediationCase, failedCase, model, legalAid },
    democracy: await democracyAtB(bLeader, communeId, village.id, canary, secret),
  };
}
