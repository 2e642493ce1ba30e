import type { Locale } from '../../platform/i18n/i18nContext';
import type { DossierDetail, DossierForm, DossierOutcome, DossierStatus, DossierSummary } from '@contracts/dossiers';

export const statusColours: Record<DossierStatus, string> = {
  submitted: 'default',
  guided: 'gold',
  refused: 'red',
  processing: 'blue',
  supplement_requested: 'orange',
  awaiting_payment: 'purple',
  result_ready: 'cyan',
  stopped: 'volcano',
  withdrawn: 'default',
  returned: 'green',
};

export const outcomeColours: Record<DossierOutcome, string> = { early: 'green', on_time: 'blue', late: 'red' };

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** An appointment in Vietnam's time, to the minute, with the weekday: "16:30 Thứ Hai, 12/05/2025". */
export function formatAppointment(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'Asia/Ho_Chi_Minh',
    weekday: 'long',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** An instant in Vietnam's time to the minute: "14:05 12/05/2025". */
export function formatMinute(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

// While a supplement is awaited the clock is paused, so only a dossier in processing can run late.
const unfinished = new Set(['processing']);

/** Still being processed and past its appointment. */
export function isOverdue(dossier: Pick<DossierSummary, 'status' | 'dueAt' | 'finishedAt'>, now = Date.now()): boolean {
  return unfinished.has(dossier.status) && !dossier.finishedAt && !!dossier.dueAt && Date.parse(dossier.dueAt) < now;
}

/** The official forms that exist for the dossier now (the server refuses the others). */
export function availableForms(dossier: DossierDetail): DossierForm[] {
  const types = new Set(dossier.events.map((event) => event.type));
  const received = !!dossier.code && !!dossier.receivedAt;
  const forms: DossierForm[] = [];
  if (received) forms.push('receipt');
  if (types.has('guided') || types.has('supplement_requested')) forms.push('supplement-request');
  if (types.has('refused_at_intake')) forms.push('refusal');
  if (types.has('stopped')) forms.push('stop-notice');
  if (received && types.has('rescheduled')) forms.push('apology');
  if (received) forms.push('process-control');
  return forms;
}

/** An instant as the value of a datetime-local input read in Vietnam's time: YYYY-MM-DDTHH:mm. */
export function toVietnamLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);
}
