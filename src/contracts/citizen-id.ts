/**
 * The first three digits of a 12-digit citizen ID are the province of birth registration:
 * "0" + the two-digit code of the 63 provinces before 1 July 2025 (Circular 07/2016/TT-BCA,
 * Annex I; the list is fixed by law, and a test compares it with reference/units).
 */
export const citizenIdProvincePrefixes = [
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
] as const;

const prefixes: ReadonlySet<string> = new Set(citizenIdProvincePrefixes);

export function hasProvincePrefix(citizenId: string): boolean {
  return prefixes.has(citizenId.slice(0, 3));
}
