import { describe, expect, it } from 'vitest';
import { PetitionClassification, PetitionIntake, type Petition } from '@contracts/petitions';
import { SettlementStep } from '@contracts/settlements';
import { initialClassification, toClassification } from './components/detail/classificationForm';
import { toIntake } from './components/intake/intakeForm';
import { toStep } from './components/settlement/stepForm';
import { offeredOutcomes, offeredSteps } from './petitionText';

const unitId = '6f1c2a52-3d4e-4b8f-9a70-1c2d3e4f5a6b';

const petition = (changes: Partial<Petition> = {}): Petition => ({
  id: '0b7e6a2c-1d2e-4f3a-8b9c-0d1e2f3a4b5c',
  unitId,
  unitName: 'Xã Bắc Mê',
  year: 2026,
  bookNo: 4,
  receivedAt: '2026-07-06T02:00:00.000Z',
  channel: 'post',
  kind: 'complaint',
  status: 'classified',
  contentSummary: 'Khiếu nại quyết định thu hồi đất',
  forwardedBy: null,
  forwardLetterRef: null,
  signerCount: 1,
  isAnonymous: false,
  respondent: null,
  decisionRef: null,
  isIdentityProtected: false,
  petitioner: null,
  ruleSetVersion: '2026-07-01',
  classification: {
    field: 'land_housing',
    isEligible: true,
    reasons: [],
    competence: { scope: 'ours' },
    settlementStatus: 'none',
    isSkippedLevel: false,
    hasOriginals: false,
  },
  dueAt: null,
  handledAt: null,
  duplicateOf: null,
  duplicateCount: 0,
  splitFrom: null,
  outcomeTo: null,
  version: 2,
  ...changes,
});

describe('the petition forms', () => {
  it('record a petition as the server takes it: the petitioner only when not anonymous, forwarding only when forwarded', () => {
    const named = toIntake({
      unitId,
      channel: 'reception',
      kind: 'complaint',
      contentSummary: '  Khiếu nại việc chậm chi trả  ',
      forwardedBy: 'Ban Tiếp công dân',
      signerCount: 2,
      receivedAt: '2026-07-06T09:30',
      petitioner: { fullName: ' Hoàng Thị Lan ', phone: '0912 345 678', idNumber: '' },
    });
    expect(named).toEqual({
      unitId,
      channel: 'reception',
      kind: 'complaint',
      receivedAt: '2026-07-06T09:30:00+07:00',
      contentSummary: 'Khiếu nại việc chậm chi trả',
      signerCount: 2,
      isAnonymous: false,
      petitioner: { fullName: 'Hoàng Thị Lan', phone: '0912345678' },
    });
    expect(PetitionIntake.safeParse(named).success).toBe(true);
    const anonymous = toIntake({
      unitId,
      channel: 'forwarded',
      kind: 'denunciation',
      contentSummary: 'Tố cáo',
      forwardedBy: 'MTTQ',
      isAnonymous: true,
    });
    expect(anonymous).toMatchObject({ isAnonymous: true, forwardedBy: 'MTTQ' });
    expect(anonymous).not.toHaveProperty('petitioner');
    expect(PetitionIntake.safeParse(anonymous).success).toBe(true);
  });

  it('classify with reasons only when not eligible, and the unit or body only for its scope', () => {
    const values = { ...initialClassification(petition()), isEligible: true, reasons: ['time_barred' as const] };
    expect(toClassification(values).reasons).toEqual([]);
    const elsewhere = toClassification({ ...values, isEligible: false, competence: { scope: 'other', unitId, bodyType: 'elected' } });
    expect(elsewhere).toMatchObject({ reasons: ['time_barred'], competence: { scope: 'other', bodyType: 'elected' } });
    expect(elsewhere.competence).not.toHaveProperty('unitId');
    expect(PetitionClassification.safeParse(elsewhere).success).toBe(true);
  });

  it('record each settlement step in the shape the server takes', () => {
    const steps = [
      toStep('notify', { recipients: ['petitioner'], at: '2026-07-07T08:00' }),
      toStep('assign_verification', { assignee: 'Tổ xác minh', decisionRef: '' }),
      toStep('dialogue', { minutesRef: '03/BB', attendance: 'petitioner_absent' }),
      toStep('extend', { decisionRef: '20/QĐ', days: 30, criteria: ['many_people'] }),
      toStep('withdraw', { scope: 'part', note: ' ' }),
      toStep('decide', { decisionRef: '16/TL', result: 'answered', summary: ' Đã thay bóng đèn. ', remedies: { landM2: null } }),
      toStep('decide', { decisionRef: '17/QĐ', result: 'right', summary: 'Đúng', remedies: { landM2: 120 } }),
      toStep('appeal', { to: 'court' }),
      toStep('escalate', { to: 'Chủ tịch UBND tỉnh' }),
    ];
    for (const step of steps) expect(SettlementStep.safeParse(step).success, JSON.stringify(step)).toBe(true);
    expect(steps[1]).not.toHaveProperty('decisionRef');
    expect(steps[5]).toEqual({ step: 'decide', decisionRef: '16/TL', result: 'answered', summary: 'Đã thay bóng đèn.' });
    expect(steps[6]).toMatchObject({ remedies: { landM2: 120, moneyToStateMillion: 0 } });
  });
});

describe('what the case page offers', () => {
  it('offers the outcomes that fit the classification', () => {
    expect(offeredOutcomes(petition({ status: 'received', classification: null }))).toEqual(['file']);
    expect(offeredOutcomes(petition())).toEqual(['accept', 'file']);
    const elsewhere = petition({ kind: 'denunciation', channel: 'forwarded' });
    elsewhere.classification!.competence = { scope: 'other', bodyType: 'administrative' };
    expect(offeredOutcomes(elsewhere)).toEqual(['transfer', 'return_to_forwarder', 'file']);
    const transferred = petition({ status: 'transferred' });
    transferred.classification!.competence = { scope: 'subordinate', unitId };
    expect(offeredOutcomes(transferred)).toEqual(['urge']);
    expect(offeredOutcomes(petition({ status: 'accepted' }))).toEqual([]);
  });

  it('offers the settlement steps its status and kind allow', () => {
    expect(offeredSteps({ status: 'in_progress', kind: 'recommendation' })).not.toContain('extend');
    expect(offeredSteps({ status: 'in_progress', kind: 'denunciation' })).toContain('escalate');
    expect(offeredSteps({ status: 'suspended', kind: 'complaint_first' })[0]).toBe('resume');
    expect(offeredSteps({ status: 'decided', kind: 'complaint_first' })).toEqual(['publish', 'appeal', 'enforce']);
    expect(offeredSteps({ status: 'decided', kind: 'recommendation' })).toEqual(['publish']);
    expect(offeredSteps({ status: 'terminated', kind: 'denunciation' })).toEqual([]);
  });
});
