/** An instant as people in Vietnam read it: "08:30 24/01/2025" (UTC+7; Vietnam keeps no daylight saving). */
export function vietnamClock(iso: string, separator = ' '): string {
  const local = new Date(Date.parse(iso) + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${separator}${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
