/**
 * A report as it is printed: its content with the prompts left out and "./." closing the body, its
 * number ("…/BC-UBND" while the register has not given one), the signer, the recipients (the
 * archive last) and the date it bears — the signature's for a signed report.
 */
import type { ReportContent, ReportRun, ReportSection } from '../../../contracts/report-documents.js';
import { formatNumber } from '../sentences.js';

/** A value as the annexes print it, with the decimals stored with the report; "—" when none. */
export const printNumber = (value: number | null, decimals: number): string => (value === null ? '—' : formatNumber(value, decimals));

export type PrintedReport = {
  content: ReportContent;
  number: string;
  signerTitle: string;
  signerName: string | null;
  recipients: string[];
  issuedAt: string;
  signed: boolean;
};

const designations = new Set(['TỈNH', 'THÀNH', 'HUYỆN', 'QUẬN', 'THỊ', 'XÃ', 'PHƯỜNG', 'ĐẶC']);

/** The issuing body in a document's symbol (Decree 30/2020, Appendix III): "UBND", or the initials before its territory ("TTPVHCC"). */
export function abbreviationOf(agency: string): string {
  if (/^(UBND|ỦY BAN NHÂN DÂN)\b/u.test(agency)) return 'UBND';
  const words = agency.split(/\s+/).filter(Boolean);
  const at = words.findIndex((word) => designations.has(word));
  const own = at > 0 ? words.slice(0, at) : words;
  return own
    .map((word) => word.charAt(0))
    .join('')
    .toLocaleUpperCase('vi');
}

export function printedOf(run: ReportRun, now = new Date()): PrintedReport {
  const abbreviation = abbreviationOf(run.content.issuer.agency);
  return {
    content: run.content,
    number: run.number?.trim() || `      /BC-${abbreviation}`,
    signerTitle: run.signerTitle,
    signerName: run.signerName,
    recipients: [...run.recipients.map((text) => `- ${text.replace(/[;.]$/, '')};`), '- Lưu: VT.'],
    issuedAt: run.signedAt ?? now.toISOString(),
    signed: run.status !== 'draft',
  };
}

/** The printed sections: no prompts, and the last paragraph of the body ending "./.". */
export function printedSections(content: ReportContent): ReportSection[] {
  const sections = content.sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.filter((paragraph) => paragraph.origin !== 'prompt'),
  }));
  const last = sections[sections.length - 1];
  if (!last) return sections;
  const paragraphs = last.paragraphs;
  const final = paragraphs[paragraphs.length - 1];
  last.paragraphs = final
    ? [...paragraphs.slice(0, -1), { ...final, text: `${final.text.replace(/\.$/, '')}./.` }]
    : [{ text: './.', figureIds: [], origin: 'free' }];
  return sections;
}
