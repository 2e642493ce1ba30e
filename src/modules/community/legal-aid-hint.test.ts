import { describe, expect, it } from 'vitest';
import { ageOn, legalAidHint } from './legal-aid-hint.js';

describe('may be entitled to free legal aid (Law 11/2017 art. 7)', () => {
  it('counts whole years: under 16 on the day is a child', () => {
    expect(ageOn('2010-12-08', '2026-12-07')).toBe(15);
    expect(ageOn('2010-12-07', '2026-12-07')).toBe(16);
    expect(legalAidHint({ birthDate: '2010-12-08' }, '2026-12-07')).toEqual(['child']);
    expect(legalAidHint({ birthDate: '2010-12-07' }, '2026-12-07')).toEqual([]);
  });

  it('points an ethnic-minority person to aid only in an especially difficult area, and the elderly and disabled to ask about difficulty', () => {
    expect(legalAidHint({ ethnicMinority: true }, '2026-01-01')).toEqual([]);
    expect(legalAidHint({ ethnicMinority: true, difficultArea: true, poorHousehold: true }, '2026-01-01')).toEqual([
      'poor_household',
      'ethnic_minority_difficult_area',
    ]);
    expect(legalAidHint({ birthDate: '1960-06-01', disabled: true }, '2026-01-01')).toEqual([
      'elderly_in_difficulty',
      'disabled_in_difficulty',
    ]);
  });
});
