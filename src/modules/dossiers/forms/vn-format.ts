/**
 * Wording helpers shared by the form renderers: instants printed in Vietnam's time and the
 * agency name as it reads inside a sentence.
 */
import { vietnamParts } from '../../../platform/time/vietnam-time.js';

export { vietnamParts, vietnamWallClock } from '../../../platform/time/vietnam-time.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** "08 giờ 30 phút, ngày 24/01/2025" */
export function formatTime(iso: string): string {
  const p = vietnamParts(iso);
  return `${pad(p.hour)} giờ ${pad(p.minute)} phút, ngày ${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "24/01/2025" */
export function formatDate(iso: string): string {
  const p = vietnamParts(iso);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "24/01/2025 08:30", for table cells; empty when absent. */
export function formatShortTime(iso: string | undefined): string {
  if (!iso) return '';
  const p = vietnamParts(iso);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * "Bắc Mê, ngày 05 tháng 02 năm 2026". Decree 30/2020/NĐ-CP writes days below 10 and the
 * months 1 and 2 with a leading zero, the other months without one ("ngày 15 tháng 3").
 */
export function formatPlaceDate(place: string, iso: string): string {
  const p = vietnamParts(iso);
  const month = p.month <= 2 ? pad(p.month) : String(p.month);
  return `${place}, ngày ${pad(p.day)} tháng ${month} năm ${p.year}`;
}

export type Outcome = 'early' | 'on_time' | 'late';

export const outcomeLabel: Record<Outcome, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };

const ACRONYMS = new Set(['UBND', 'HĐND', 'MTTQ', 'TTHC', 'CNTT', 'PVHCC', 'VPĐKĐĐ', 'BHXH', 'KBNN']);
const PLACE_WORDS = new Set(['tỉnh', 'thành phố', 'xã', 'phường', 'đặc khu', 'thị trấn', 'huyện', 'quận', 'thị xã']);

/**
 * The agency name for use inside a sentence: an all-capitals heading such as
 * "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ BẮC MÊ" reads "Trung tâm Phục vụ hành chính công xã Bắc Mê".
 * Names already written in mixed case are kept as given.
 */
export function agencyInSentence(name: string, place?: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toLocaleUpperCase('vi')) return trimmed;
  const words = trimmed.split(' ');
  const out: string[] = [];
  let capitalise = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLocaleLowerCase('vi');
    const pair = i + 1 < words.length ? `${lower} ${words[i + 1]!.toLocaleLowerCase('vi')}` : '';
    if (ACRONYMS.has(word) || /\d/.test(word)) out.push(word);
    else if (capitalise) out.push(lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1));
    else out.push(lower);
    if (word === '-' || word.endsWith(',')) capitalise = false;
    if (PLACE_WORDS.has(pair)) {
      out.push(words[++i]!.toLocaleLowerCase('vi'));
      capitalise = true;
    } else if (PLACE_WORDS.has(lower)) capitalise = true;
    else if (i === 0) capitalise = false;
  }
  let sentence = out.join(' ').replace('Trung tâm phục vụ', 'Trung tâm Phục vụ');
  if (place) sentence = sentence.replace(new RegExp(escape(place.toLocaleLowerCase('vi')), 'g'), place);
  return sentence;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
