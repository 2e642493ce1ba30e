import { describe, expect, it } from 'vitest';
import type { AgencyProfile, StaffContact } from '../../org/index.js';
import type { TaskRow } from '../dossier-tasks.js';
import { agencySigner, formHeader, unitOfStepAt } from './form-agencies.js';

const commune: AgencyProfile = {
  unitId: 'commune',
  agencyName: 'Ủy ban nhân dân xã Bắc Mê',
  heading: 'UBND XÃ BẮC MÊ',
  superiorHeading: 'UBND TỈNH TUYÊN QUANG',
  placeName: 'Bắc Mê',
  headTitle: 'Chủ tịch',
  identifier: '000.00.12.H15',
  codePrefix: '000.00.12.H15',
  committeeOf: 'XÃ BẮC MÊ',
};
const centre: AgencyProfile = {
  ...commune,
  unitId: 'centre',
  agencyName: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
  heading: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ BẮC MÊ',
  superiorHeading: 'UBND XÃ BẮC MÊ',
  headTitle: 'Giám đốc',
  committeeOf: null,
};
const at = '2025-01-24T01:30:00Z';

describe('formHeader', () => {
  it('puts the superior body over the agency, without the place the superior already names', () => {
    expect(formHeader(centre, at)).toEqual({
      superiorHeading: 'UBND XÃ BẮC MÊ',
      agencyHeading: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      agencyName: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
      place: 'Bắc Mê',
      issuedAt: at,
    });
    expect(formHeader(commune, at)).toMatchObject({ superiorHeading: 'UBND TỈNH TUYÊN QUANG', agencyHeading: 'UBND XÃ BẮC MÊ' });
    const department = { ...commune, heading: 'SỞ TƯ PHÁP TỈNH TUYÊN QUANG', superiorHeading: 'UBND TỈNH TUYÊN QUANG' };
    expect(formHeader(department, at).agencyHeading).toBe('SỞ TƯ PHÁP');
  });

  it('prints a province alone, with no line above it', () => {
    const province = { ...commune, heading: 'UBND TỈNH TUYÊN QUANG', superiorHeading: null, placeName: 'Tuyên Quang' };
    expect(formHeader(province, at)).toEqual({
      agencyHeading: 'UBND TỈNH TUYÊN QUANG',
      agencyName: commune.agencyName,
      place: 'Tuyên Quang',
      issuedAt: at,
    });
  });
});

describe('unitOfStepAt', () => {
  const task = (unitId: string, startedAt: string | null, finishedAt: string | null) => ({ unitId, startedAt, finishedAt }) as TaskRow;
  const tasks = [
    task('centre', '2025-01-24T01:30:00Z', '2025-01-24T02:00:00Z'),
    task('commune', '2025-01-24T02:00:00Z', '2025-01-27T03:00:00Z'),
    task('commune-leader', '2025-01-27T03:00:00Z', null),
  ];

  it('finds the step in progress; an action that ended a step belongs to that step, not to the next', () => {
    expect(unitOfStepAt(tasks, '2025-01-24T01:45:00Z')).toBe('centre');
    expect(unitOfStepAt(tasks, '2025-01-24T02:00:00Z')).toBe('centre');
    expect(unitOfStepAt(tasks, '2025-01-25T08:00:00Z')).toBe('commune');
    expect(unitOfStepAt(tasks, '2025-02-01T08:00:00Z')).toBe('commune-leader');
  });

  it('finds none before the first step or for a dossier without steps', () => {
    expect(unitOfStepAt(tasks, '2025-01-24T01:00:00Z')).toBeUndefined();
    expect(unitOfStepAt([task('centre', null, null)], at)).toBeUndefined();
  });
});

describe('agencySigner', () => {
  const officer = (title: string | null, unitId = 'commune'): StaffContact => ({
    id: 's',
    fullName: 'Hà Thị Lan',
    phone: null,
    title,
    unitId,
  });

  it('names the head, or the deputy signing for the head', () => {
    expect(agencySigner(commune, officer('Chủ tịch'))).toEqual({ title: 'Chủ tịch', name: 'Hà Thị Lan' });
    expect(agencySigner(commune, officer(' phó chủ tịch '))).toEqual({
      title: 'Chủ tịch',
      deputyTitle: 'phó chủ tịch',
      name: 'Hà Thị Lan',
    });
  });

  it('leaves the name to write for anyone else: another title, another unit, no staff record', () => {
    expect(agencySigner(commune, officer('Công chức Tư pháp - Hộ tịch'))).toEqual({ title: 'Chủ tịch' });
    expect(agencySigner(commune, officer('Chủ tịch', 'other'))).toEqual({ title: 'Chủ tịch' });
    expect(agencySigner(centre, officer(null, 'centre'))).toEqual({ title: 'Giám đốc' });
    expect(agencySigner(centre, undefined)).toEqual({ title: 'Giám đốc' });
  });
});
