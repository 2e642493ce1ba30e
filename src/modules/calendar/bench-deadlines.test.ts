import { describe, expect, it } from 'vitest';
import { benchmarkDueDates } from './bench-deadlines.js';
import { loadCalendar } from './calendar.js';

describe('benchmarkDueDates', () => {
  it('runs the requested number of computations, deterministically, and reports a rate', () => {
    const calendar = loadCalendar();
    const first = benchmarkDueDates(20_000, calendar);
    const second = benchmarkDueDates(20_000, calendar);
    expect(first.computations).toBe(20_000);
    expect(first.perSecond).toBeGreaterThan(0);
    expect(first.checksum).toBe(second.checksum);
    expect(first.checksum).not.toBe(benchmarkDueDates(20_001, calendar).checksum);
  });
});
