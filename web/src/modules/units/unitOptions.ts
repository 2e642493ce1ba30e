/** The form value that stands for "the whole deployment" where a unit or nothing may be chosen. */
export const WHOLE_DEPLOYMENT = '*';

export function unitLabel(unit: { code: string | null; name: string | null }): string {
  return unit.code ? `${unit.name ?? ''} (${unit.code})` : (unit.name ?? '');
}

/** Turns a unit select value into the API's unit id (null for the whole deployment or none). */
export function toUnitId(value: string | null | undefined): string | null {
  return !value || value === WHOLE_DEPLOYMENT ? null : value;
}
