import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatPercent, formatScore, formatScoreOutOf, formatShare, formatVnd } from './numbers';

describe('numbers as the interface writes them', () => {
  it('groups thousands with dots and writes decimals after a comma in Vietnamese', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(6.2)).toBe('6,2');
    expect(formatPercent(98.96)).toBe('98,96 %');
    expect(formatPercent(100)).toBe('100,00 %');
    expect(formatShare(39, 182)).toBe('21,43 %');
    expect(formatScore(11.2)).toBe('11,2');
    expect(formatScore(2)).toBe('2');
    expect(formatScoreOutOf(11.2, 18)).toBe('11,2/18');
    expect(formatVnd(25000)).toBe('25.000 ₫');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
  });

  it('writes English numbers the English way', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatPercent(98.96, 'en')).toBe('98.96 %');
  });

  it('shows a dash when there is no number', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatShare(0, 0)).toBe('—');
  });
});
