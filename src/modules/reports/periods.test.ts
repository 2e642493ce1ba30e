import { describe, expect, it } from 'vitest';
import { previousYearOf, resolvePeriod } from './periods.js';

describe('reporting periods', () => {
  it('cuts a quarter on the 14th, from the 15th of the month before (Decree 09/2019 convention)', () => {
    expect(resolvePeriod({ kind: 'quarter', cutOffRule: 'day_14', year: 2026, number: 1 })).toMatchObject({
      from: '2025-12-15',
      to: '2026-03-14',
      label: 'quý I năm 2026',
    });
    expect(resolvePeriod({ kind: 'quarter', cutOffRule: 'day_14', year: 2027, number: 3 })).toMatchObject({
      from: '2027-06-15',
      to: '2027-09-14',
      label: 'quý III năm 2027',
    });
    expect(resolvePeriod({ kind: 'year', cutOffRule: 'day_14', year: 2026 })).toMatchObject({
      from: '2025-12-15',
      to: '2026-12-14',
      label: 'năm 2026',
    });
    expect(resolvePeriod({ kind: 'half_year', cutOffRule: 'day_14', year: 2026, number: 1 })).toMatchObject({
      from: '2025-12-15',
      to: '2026-06-14',
    });
    expect(resolvePeriod({ kind: 'nine_months', cutOffRule: 'day_14', year: 2026 })).toMatchObject({
      from: '2025-12-15',
      to: '2026-09-14',
      label: '9 tháng năm 2026',
    });
    expect(resolvePeriod({ kind: 'month', cutOffRule: 'day_14', year: 2026, number: 1 })).toMatchObject({
      from: '2025-12-15',
      to: '2026-01-14',
    });
  });

  it('cuts calendar periods at the month’s real end, leap years included', () => {
    expect(resolvePeriod({ kind: 'month', cutOffRule: 'calendar', year: 2028, number: 2 })).toMatchObject({
      from: '2028-02-01',
      to: '2028-02-29',
      label: 'tháng 2 năm 2028',
    });
    expect(resolvePeriod({ kind: 'quarter', cutOffRule: 'calendar', year: 2026, number: 4 })).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(resolvePeriod({ kind: 'half_year', cutOffRule: 'calendar', year: 2026, number: 2 })).toMatchObject({
      from: '2026-07-01',
      to: '2026-12-31',
      label: '6 tháng cuối năm 2026',
    });
    expect(resolvePeriod({ kind: 'custom', cutOffRule: 'calendar', from: '2018-01-01', to: '2019-03-08' })).toMatchObject({
      label: 'từ ngày 01/01/2018 đến ngày 08/03/2019',
    });
  });

  it('takes the same period of the previous year, a 29 February ending on the 28th', () => {
    expect(previousYearOf(resolvePeriod({ kind: 'quarter', cutOffRule: 'day_14', year: 2026, number: 2 }))).toMatchObject({
      from: '2025-03-15',
      to: '2025-06-14',
    });
    expect(previousYearOf(resolvePeriod({ kind: 'custom', cutOffRule: 'calendar', from: '2028-02-29', to: '2028-03-31' }))).toMatchObject({
      from: '2027-02-28',
      to: '2027-03-31',
    });
    expect(previousYearOf(resolvePeriod({ kind: 'month', cutOffRule: 'calendar', year: 2029, number: 2 }))).toMatchObject({
      from: '2028-02-01',
      to: '2028-02-29',
    });
  });
});
