import type { FigureDefinitionView } from '@contracts/report-runs';
import { describe, expect, it } from 'vitest';
import { documentDateParts, formatDeclared, formatFigure, isOrderedPeriod, presetPeriod, quarterOf, vietnamDayOf } from './reportFormat';

const definition = (
  id: string,
  countUnit: string,
  unitWord: string,
  kind: FigureDefinitionView['kind'] = 'count',
): FigureDefinitionView => ({
  id,
  labelVi: id,
  labelEn: id,
  countUnit,
  unitWord,
  kind,
  legalBasis: null,
  query: '',
  seed: null,
  drillDown: kind === 'count',
});

describe('the periods the dashboard offers', () => {
  it('starts this month, this quarter and this year on their first day and ends today', () => {
    expect(presetPeriod('month', '2026-05-17')).toEqual({ from: '2026-05-01', to: '2026-05-17' });
    expect(presetPeriod('quarter', '2026-05-17')).toEqual({ from: '2026-04-01', to: '2026-05-17' });
    expect(presetPeriod('quarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('year', '2026-05-17')).toEqual({ from: '2026-01-01', to: '2026-05-17' });
    expect(quarterOf('2026-03-31')).toBe(1);
    expect(quarterOf('2026-04-01')).toBe(2);
  });

  it('accepts a period only with both days, the last not before the first', () => {
    expect(isOrderedPeriod({ from: '2026-01-01', to: '2026-01-01' })).toBe(true);
    expect(isOrderedPeriod({ from: '2026-02-01', to: '2026-01-31' })).toBe(false);
    expect(isOrderedPeriod({ from: '', to: '2026-01-31' })).toBe(false);
  });
});

describe('figures and dates as a report writes them', () => {
  it('groups thousands, writes rates with a comma and adds the unit word in Vietnamese', () => {
    expect(formatFigure(1838, definition('dossiers.received', 'dossier', 'hồ sơ'), 'vi')).toBe('1.838 hồ sơ');
    expect(formatFigure(81.4, definition('dossiers.timelyRate', 'percent', '%', 'rate'), 'vi')).toBe('81,4%');
    expect(formatFigure(null, definition('dossiers.timelyRate', 'percent', '%', 'rate'), 'vi')).toBe('—');
    expect(formatFigure(1838, definition('dossiers.received', 'dossier', 'hồ sơ'), 'en')).toBe('1,838');
    expect(formatDeclared({ value: 24, denominator: 28, unitWord: 'xã' }, 'vi')).toBe('24/28 xã');
  });

  it('writes a document date with the leading zeros of Decree 30/2020, in Vietnam time', () => {
    expect(documentDateParts('2026-02-05')).toEqual({ day: '05', month: '02', year: '2026' });
    expect(documentDateParts('2026-03-15')).toEqual({ day: '15', month: '3', year: '2026' });
    expect(vietnamDayOf('2026-03-14T18:30:00Z')).toBe('2026-03-15');
  });
});
