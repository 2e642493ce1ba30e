import { describe, expect, it } from 'vitest';
import { ProcedureInput, procedureCodePattern } from '../catalog.schemas.js';
import { checkProcedureRules } from '../procedure-rules.js';
import { demoProcedures } from './index.js';

/** Folds Vietnamese text for matching: NFD, combining marks removed, đ → d, lower case. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Hand-counted: 8 working hours a day; calendar days hold at least their whole weeks' working days. */
function expectedHours(time: { unit: string; value: number }): { hours: number; atMost: boolean } {
  if (time.unit === 'on_the_spot') return { hours: 0, atMost: false };
  if (time.unit === 'same_day') return { hours: 8, atMost: true };
  if (time.unit === 'calendar_days') return { hours: Math.floor((time.value * 5) / 7) * 8, atMost: true };
  return { hours: time.unit === 'working_days' ? time.value * 8 : time.value, atMost: false };
}

const named = demoProcedures.map((procedure) => [`${procedure.code} ${procedure.name.slice(0, 60)}`, procedure] as const);

describe('fold', () => {
  it('strips diacritics and folds đ', () => {
    expect(fold('Đăng ký thành lập hộ kinh doanh')).toBe('dang ky thanh lap ho kinh doanh');
    expect(fold('Thủ tục đăng ký khai sinh')).toBe('thu tuc dang ky khai sinh');
  });
});

describe('demo procedure catalogue', () => {
  it('has at least 44 procedures, all marked as sample data', () => {
    expect(demoProcedures.length).toBeGreaterThanOrEqual(44);
    expect(demoProcedures.every((procedure) => procedure.isSample)).toBe(true);
  });

  it('publishes at least 40 procedures and keeps exactly 2 as drafts', () => {
    expect(demoProcedures.filter((procedure) => procedure.isPublished).length).toBeGreaterThanOrEqual(40);
    expect(demoProcedures.filter((procedure) => !procedure.isPublished)).toHaveLength(2);
  });

  it('has unique, well-formed codes', () => {
    const codes = demoProcedures.map((procedure) => procedure.code);
    for (const code of codes) expect(code).toMatch(procedureCodePattern);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has unique names', () => {
    const names = demoProcedures.map((procedure) => fold(procedure.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(named)('%s parses as a ProcedureInput', (_label, procedure) => {
    const parsed = ProcedureInput.safeParse(procedure);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
  });

  it.each(named)('%s has step budgets that fit the processing time', (_label, procedure) => {
    const { hours, atMost } = expectedHours(procedure.processingTime);
    const sum = procedure.steps.reduce((acc, step) => acc + step.budgetHours, 0);
    if (atMost) expect(sum).toBeLessThanOrEqual(hours);
    else expect(sum).toBe(hours);
    if (procedure.processingTime.unit === 'on_the_spot') {
      expect(procedure.processingTime.value).toBe(0);
      for (const step of procedure.steps) expect(step.budgetHours).toBe(0);
    }
    for (const step of procedure.steps) {
      expect(step.budgetHours).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(step.budgetHours * 2)).toBe(true);
    }
  });

  it.each(named)('%s has fees in non-negative integer VND', (_label, procedure) => {
    for (const fee of procedure.fees) {
      expect(Number.isInteger(fee.amountVnd)).toBe(true);
      expect(fee.amountVnd).toBeGreaterThanOrEqual(0);
    }
  });

  it.each(named)('%s passes the catalogue rules', (_label, procedure) => {
    expect(checkProcedureRules(procedure)).toEqual([]);
  });

  it.each(named)('%s starts at the service centre and has a leader approval step', (_label, procedure) => {
    expect(procedure.steps[0]?.handlerUnitType).toBe('service_centre');
    expect(procedure.steps[0]?.role).toBe('counter_officer');
    expect(procedure.steps.some((step) => step.role === 'leader')).toBe(true);
  });

  it('includes birth registration and household business registration', () => {
    const names = demoProcedures.map((procedure) => fold(procedure.name));
    expect(names.some((name) => name.includes('khai sinh'))).toBe(true);
    expect(names.some((name) => name.includes('dang ky thanh lap ho kinh doanh'))).toBe(true);
  });

  it('covers the common commune and province procedures', () => {
    const names = demoProcedures.map((procedure) => fold(procedure.name));
    const topics = [
      'dang ky khai sinh',
      'dang ky khai tu',
      'dang ky ket hon',
      'nhan cha, me, con',
      'cai chinh',
      'trich luc ho tich',
      'tinh trang hon nhan',
      'dang ky giam ho',
      'the bao hiem y te',
      'chung thuc ban sao tu ban chinh',
      'chung thuc chu ky',
      'chung thuc giao dich',
      'chu ky nguoi dich',
      'thay doi noi dung dang ky ho kinh doanh',
      'tam ngung kinh doanh',
      'cham dut hoat dong ho kinh doanh',
      'dang ky bien dong',
      'giay chung nhan quyen su dung dat, quyen so huu tai san gan lien voi dat lan dau',
      'chuyen muc dich su dung dat',
      'hoa giai tranh chap dat dai',
      'giay phep xay dung moi doi voi nha o rieng le',
      'gia han giay phep xay dung',
      'cap lai giay phep xay dung',
      'tro cap xa hoi hang thang',
      'mai tang',
      'muc do khuyet tat',
      'ho ngheo, ho can ngheo',
      'tro giup xa hoi khan cap',
      'chuyen truong',
      'le hoi',
      'thu vien',
      'gia dinh van hoa',
      'thien tai',
      'khieu nai lan dau',
      'ly lich tu phap',
      'doanh nghiep tu nhan',
      'ban le ruou',
      'chung chi hanh nghe',
    ];
    const missing = topics.filter((topic) => !names.some((name) => name.includes(topic)));
    expect(missing).toEqual([]);
  });

  it('has some province-level procedures handled by departments', () => {
    const provincial = demoProcedures.filter((procedure) => procedure.levels.includes('province'));
    expect(provincial.length).toBeGreaterThanOrEqual(3);
    for (const procedure of provincial) expect(procedure.steps.some((step) => step.handlerUnitType === 'department')).toBe(true);
  });

  it('counts complaints, denunciations and land-dispute mediation in calendar days, birth and death registration within the day', () => {
    const unitOf = (code: string) => demoProcedures.find((procedure) => procedure.code === code)?.processingTime;
    for (const code of ['2.002409', '2.002396', '1.012812']) expect(unitOf(code)).toEqual({ unit: 'calendar_days', value: 30 });
    for (const code of ['1.001193', '1.000656', '2.000635']) expect(unitOf(code)).toEqual({ unit: 'same_day', value: 0 });
  });

  it('uses on-the-spot handling for signature and copy certification', () => {
    const onTheSpot = demoProcedures.filter((procedure) => procedure.processingTime.unit === 'on_the_spot');
    expect(onTheSpot.map((procedure) => procedure.code)).toEqual(expect.arrayContaining(['2.000815', '2.000884']));
  });
});
