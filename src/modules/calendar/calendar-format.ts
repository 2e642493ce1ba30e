import { formatVietnamInstant } from './civil-date.js';

/** An instant as ISO 8601 in Vietnam's time: `2026-02-23T17:00:00+07:00`. */
export function formatInstantIso(epochMs: number): string {
  const seconds = Math.floor((((epochMs % 60_000) + 60_000) % 60_000) / 1000);
  return `${formatVietnamInstant(epochMs).replace(' ', 'T')}:${String(seconds).padStart(2, '0')}+07:00`;
}
