import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citizenIdProvincePrefixes } from './citizen-id.js';

describe('citizen ID province prefixes', () => {
  it('are "0" + the code of each province before 1 July 2025, as in reference/units', () => {
    const units = (
      JSON.parse(fs.readFileSync('reference/units/units-until-2025-06-30.json', 'utf8')) as {
        units: { code: string; parent: string | null }[];
      }
    ).units;
    const provinces = units.filter((unit) => unit.parent === null).map((unit) => `0${unit.code}`);
    expect([...citizenIdProvincePrefixes].sort()).toEqual(provinces.sort());
  });
});
