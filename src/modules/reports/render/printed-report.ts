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

export function printedOf(run: ReportRun, now = new Date()): PrintedReport {
  return {
    content: run.content,
    number: run.number?.trim() || `      /BC-${run.content.issuer.symbol}`,
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
