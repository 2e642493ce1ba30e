import { strFromU8, unzipSync } from 'fflate';

/** The text of a DOCX's body (word/document.xml without its tags), paragraphs on their own lines. */
export function docxText(docx: Buffer): string {
  const files = unzipSync(new Uint8Array(docx));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('not a DOCX: no word/document.xml');
  return strFromU8(xml)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
