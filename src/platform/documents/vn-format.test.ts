import { describe, expect, it } from 'vitest';
import { formatDate, formatPlaceDate, formatShortTime, formatTime, formatVnd, vietnamParts, vietnamWallClock } from './vn-format.js';

describe('Vietnam time formatting (UTC+7, no daylight saving)', () => {
  it('prints hours and minutes then the date', () => {
    expect(formatTime('2025-01-24T01:30:00Z')).toBe('08 giờ 30 phút, ngày 24/01/2025');
    expect(formatTime('2025-01-24T08:30:00+07:00')).toBe('08 giờ 30 phút, ngày 24/01/2025');
  });

  it('moves to the next day after 17:00 UTC, also across a year end', () => {
    expect(formatTime('2025-01-23T17:05:00Z')).toBe('00 giờ 05 phút, ngày 24/01/2025');
    expect(formatDate('2025-12-31T17:00:00Z')).toBe('01/01/2026');
    expect(formatShortTime('2024-12-31T16:59:00Z')).toBe('31/12/2024 23:59');
    expect(formatShortTime(undefined)).toBe('');
  });

  it('writes the place-and-date line the Decree 30 way (leading zero for days < 10 and months 1-2)', () => {
    expect(formatPlaceDate('Bắc Mê', '2026-02-05T03:00:00Z')).toBe('Bắc Mê, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceDate('Bắc Mê', '2026-04-15T03:00:00Z')).toBe('Bắc Mê, ngày 15 tháng 4 năm 2026');
    expect(formatPlaceDate('Hà Giang', '2026-11-30T18:00:00Z')).toBe('Hà Giang, ngày 01 tháng 12 năm 2026');
  });

  it('gives spreadsheets the wall-clock time and rejects what is not an instant', () => {
    expect(vietnamWallClock('2025-01-24T01:30:00Z').toISOString()).toBe('2025-01-24T08:30:00.000Z');
    expect(vietnamParts('2025-07-01T00:00:00Z')).toEqual({ year: 2025, month: 7, day: 1, hour: 7, minute: 0 });
    expect(() => formatTime('hôm qua')).toThrow(RangeError);
  });
});

describe('formatVnd', () => {
  it('groups thousands with dots, as Vietnamese amounts are written', () => {
    expect(formatVnd(8000)).toBe('8.000 đồng');
    expect(formatVnd(1_250_000)).toBe('1.250.000 đồng');
    expect(formatVnd(500)).toBe('500 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
  });
});
