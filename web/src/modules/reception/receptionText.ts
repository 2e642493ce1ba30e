import type { CommitmentStatus, DialogueStatus } from '@contracts/dialogues';
import type { CompliancePeriod, SessionStatus, VisitOutcome } from '@contracts/reception';

export const sessionStatusColours: Record<SessionStatus, string> = { planned: 'blue', held: 'green', cancelled: 'default' };

export const periodStateColours: Record<CompliancePeriod['state'], string> = {
  met: 'green',
  planned: 'blue',
  short: 'orange',
  missed: 'red',
};

export const visitOutcomeColours: Record<VisitOutcome, string> = {
  answered: 'green',
  guided: 'gold',
  petition_received: 'blue',
  transferred: 'purple',
  refused: 'red',
};

export const dialogueStatusColours: Record<DialogueStatus, string> = {
  planned: 'blue',
  held: 'green',
  ended_absent: 'orange',
  cancelled: 'default',
};

export const commitmentStatusColours: Record<CommitmentStatus, string> = {
  open: 'gold',
  in_progress: 'blue',
  done: 'green',
  cancelled: 'default',
};

/** Lower case without diacritics, đ as d: what the desk's pickers match typed words against. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** A select's search that finds "Khiếu nại" from "khieu": for pickers used from the keyboard. */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }) => fold(String(option?.label ?? '')).includes(fold(input.trim())),
};

/** A text field's value trimmed, or undefined when empty (the API takes no empty strings). */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The first and last day of a month written YYYY-MM. */
export function monthRange(month: string): { from: string; to: string } {
  const [year = 1970, mon = 1] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

const intlLocale = { vi: 'vi-VN', en: 'en-GB' } as const;

/** The short name of a calendar date's weekday (YYYY-MM-DD), in the interface's language. */
export function weekdayOf(date: string, locale: 'vi' | 'en'): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
