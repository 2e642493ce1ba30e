import { describe, expect, it } from 'vitest';
import { gridStep } from './dossiers-bulk.js';

describe('gridStep', () => {
  it('visits every slot once per layer, and the counter formula matches the numbers each slot got', () => {
    for (const slots of [1, 2, 7, 12, 30_876, 1000]) {
      const { step, inverse } = gridStep(slots);
      expect((step * inverse) % slots).toBe(slots === 1 ? 0 : 1);
      for (const total of [1, slots - 1, slots, slots + 3, 3 * slots + 5].filter((n) => n > 0)) {
        const counts = new Array<number>(slots).fill(0);
        for (let g = 0; g < total; g += 1) counts[(g * step) % slots]! += 1;
        const formula = counts.map((_, slot) => Math.floor(total / slots) + ((slot * inverse) % slots < total % slots ? 1 : 0));
        expect(formula).toEqual(counts);
      }
    }
  });
});
