import type { Locale } from '../i18n/i18nContext';

const timeZone = 'Asia/Ho_Chi_Minh';
const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** An instant shown in Vietnam's time zone, whatever the browser's. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy, with no time-zone shift. */
export function formatDate(ymd: string | null | undefined): string {
  if (!ymd) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : ymd;
}

/** True when an instant lies in the future. */
export function isFuture(iso: string | null | undefined): boolean {
  return !!iso && new Date(iso).getTime() > Date.now();
}

/** Today in Vietnam as YYYY-MM-DD. */
export function todayInVietnam(): string {
  return nowInVietnam().slice(0, 10);
}

const minuteParts = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Year, month, day, hour and minute of an instant on Vietnam's clock, two digits each (the year four). */
function vietnamMinuteParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = minuteParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '00';
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour') === '24' ? '00' : part('hour'),
    minute: part('minute'),
  };
}

/** Now in Vietnam as YYYY-MM-DDTHH:mm (the value of a datetime-local input). */
export function nowInVietnam(): string {
  const { year, month, day, hour, minute } = vietnamMinuteParts(new Date());
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

/** A datetime-local value read as Vietnam time: YYYY-MM-DDTHH:mm → ISO 8601 with +07:00. */
export function vietnamLocalToIso(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+07:00`;
}

/** An instant in Vietnam's time as "dd/mm/yyyy HH:mm", whatever the browser's zone; "" when absent. */
export function formatVietnamMinute(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { year, month, day, hour, minute } = vietnamMinuteParts(date);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}
