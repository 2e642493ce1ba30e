import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The first three digits of a 12-digit citizen ID are the province of birth registration,
 * "0" + the two-digit province code of the pre-2025 list (Circular 07/2016/TT-BCA, Annex I).
 */
const referenceFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../reference/units/units-until-2025-06-30.json');
const provinces = (JSON.parse(fs.readFileSync(referenceFile, 'utf8')) as { units: { code: string; parent: string | null }[] }).units
  .filter((unit) => unit.parent === null)
  .map((unit) => `0${unit.code}`);

export const validCitizenIdPrefixes: ReadonlySet<string> = new Set(provinces);
