import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type PDFDocument from 'pdfkit';
import { lazyPackage } from '../lazy-package.js';
import { formatPlaceDate } from './vn-format.js';

/**
 * Shared pieces of the one-stop forms, laid out after Decree 30/2020/NĐ-CP: the document with
 * Noto Serif embedded (the standard PDF fonts have no Vietnamese letters), the two-column
 * heading, titles, paragraphs, signature blocks and the conversion to a Buffer.
 */

export type Doc = PDFKit.PDFDocument;
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const pdfkit = lazyPackage<typeof PDFDocument>('pdfkit');

const fontDir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/package.json'));

/** The Noto Serif faces used by the forms. */
export const FONT: Record<FontStyle, string> = {
  regular: path.join(fontDir, '400Regular', 'NotoSerif_400Regular.ttf'),
  bold: path.join(fontDir, '700Bold', 'NotoSerif_700Bold.ttf'),
  italic: path.join(fontDir, '400Regular_Italic', 'NotoSerif_400Regular_Italic.ttf'),
  boldItalic: path.join(fontDir, '700Bold_Italic', 'NotoSerif_700Bold_Italic.ttf'),
};

type FontkitFont = { characterSet: number[]; glyphForCodePoint(codePoint: number): unknown };

/**
 * Parsing Noto Serif's layout tables costs far more than drawing a form, so each face is parsed
 * once per process with the fontkit that pdfkit itself uses, and handed to every document (each
 * document makes its own subset). fontkit caches a glyph with the characters it was first
 * reached from, and pdfkit's text layer (copy, search) takes them from there; a glyph first
 * reached as a part of an accented letter ("a" in "ă") would have none, so every glyph is
 * looked up from its character once, up front. Should fontkit not be found, documents read the
 * files themselves.
 */
let parsed: Record<FontStyle, unknown> | null | undefined;
function fontSources(): Record<FontStyle, unknown> {
  if (parsed === undefined) {
    try {
      const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(data: Buffer): FontkitFont };
      const entries = Object.entries(FONT).map(([style, file]) => {
        const font = fontkit.create(fs.readFileSync(file));
        for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
        return [style, font];
      });
      parsed = Object.fromEntries(entries) as Record<FontStyle, unknown>;
    } catch {
      parsed = null;
    }
  }
  return parsed ?? FONT;
}

/** The heading of an official document (Decree 30/2020/NĐ-CP): the issuing agency, its superior, the place and the date. */
export type FormHeader = {
  /** The body above the issuing agency: "UBND XÃ BẮC MÊ" over its centre, "UBND TỈNH TUYÊN QUANG" over a commune. */
  superiorHeading?: string;
  /** The issuing agency as its heading prints it: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "UBND XÃ BẮC MÊ". */
  agencyHeading: string;
  /** The issuing agency's full name, as sentences name it: "Trung tâm Phục vụ hành chính công xã Bắc Mê". */
  agencyName: string;
  /** The place name printed before the date: "Bắc Mê" → "Bắc Mê, ngày 24 tháng 01 năm 2025". */
  place: string;
  issuedAt: string;
};

/** Type sizes (points) for one paper size. */
export type Scale = { header: number; motto: number; title: number; body: number; small: number; table: number; lineGap: number };

export const A5_SCALE: Scale = { header: 8.5, motto: 9, title: 11, body: 9.5, small: 8, table: 8, lineGap: -1 };
export const A4_SCALE: Scale = { header: 11, motto: 11.5, title: 13.5, body: 12, small: 10.5, table: 10.5, lineGap: -0.8 };

export type PageSpec = {
  size: 'A4' | 'A5';
  layout?: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  title: string;
  bufferPages?: boolean;
};

/** Decree 30 margins on A4 (top and bottom 20 mm, left 30 mm, right 16 mm) and scaled down for A5. */
export const A5_MARGINS = { top: 34, bottom: 30, left: 48, right: 30 };
export const A4_MARGINS = { top: 57, bottom: 57, left: 85, right: 45 };

export function createDocument(spec: PageSpec): Doc {
  const Pdf = pdfkit();
  const doc = new Pdf({
    size: spec.size,
    layout: spec.layout ?? 'portrait',
    margins: spec.margins,
    font: '', // no default font: pdfkit would load Helvetica, which has no Vietnamese letters
    bufferPages: spec.bufferPages ?? false,
    info: { Title: spec.title, Creator: 'motcua', Producer: 'motcua' },
    lang: 'vi-VN',
    displayTitle: true,
  });
  for (const [style, source] of Object.entries(fontSources())) doc.registerFont(style, source as PDFKit.Mixins.PDFFontSource);
  doc.font('regular');
  return doc;
}

export function pdfToBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** "Trang x/y" centred in the bottom margin of every page; needs `bufferPages`. */
export function numberPages(doc: Doc, scale: Scale, onlyIfMany = false): void {
  const range = doc.bufferedPageRange();
  if (onlyIfMany && range.count < 2) return;
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    use(doc, 'italic', scale.small).text(
      `Trang ${index + 1}/${range.count}`,
      left(doc),
      doc.page.height - margin + Math.min(12, margin / 3),
      {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      },
    );
    doc.page.margins.bottom = margin;
  }
}

export const left = (doc: Doc) => doc.page.margins.left;
export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

export function use(doc: Doc, style: FontStyle, size: number): Doc {
  return doc.font(style).fontSize(size);
}

/** Adds a page when fewer than `height` points remain; returns whether it did. */
export function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

/** The largest size ≤ `size` at which `text` fits `width` on one line. */
export function fitSize(doc: Doc, style: FontStyle, text: string, size: number, width: number, min = 5): number {
  let fitted = size;
  while (fitted > min && use(doc, style, fitted).widthOfString(text) > width) fitted -= 0.25;
  return fitted;
}

function centred(doc: Doc, text: string, x: number, y: number, width: number, style: FontStyle, size: number, lineGap: number): number {
  use(doc, style, size).text(text, x, y, { width, align: 'center', lineGap });
  return doc.y;
}

function rule(doc: Doc, centreX: number, y: number, length: number): void {
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .stroke()
    .restore();
}

/**
 * The heading of an administrative document (Decree 30/2020/NĐ-CP): the issuing agency on the left
 * (the body above it, then the agency in bold with a short rule, then "Số: …"), the national name
 * and motto on the right (with a rule as long as the motto), then the italic place and date.
 */
export function drawHeader(doc: Doc, header: FormHeader, scale: Scale, number?: string): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const leftWidth = Math.round(width * 0.42);
  const rightX = x + leftWidth + 4;
  const rightWidth = width - leftWidth - 4;
  const top = doc.y;
  const gap = scale.lineGap;

  let y = top;
  if (header.superiorHeading) {
    const superior = header.superiorHeading.toLocaleUpperCase('vi');
    y = centred(doc, superior, x, y, leftWidth, 'regular', fitSize(doc, 'regular', superior, scale.header, leftWidth), gap);
  }
  const agency = header.agencyHeading.toLocaleUpperCase('vi');
  y = centred(doc, agency, x, y, leftWidth, 'bold', scale.header, gap);
  const agencyLine = Math.min(use(doc, 'bold', scale.header).widthOfString(agency), leftWidth);
  const leftRuleY = y + 3;
  rule(doc, x + leftWidth / 2, leftRuleY, agencyLine * 0.4);

  const nation = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const nationSize = fitSize(doc, 'bold', nation, scale.header, rightWidth);
  let ry = centred(doc, nation, rightX, top, rightWidth, 'bold', nationSize, gap);
  const mottoSize = fitSize(doc, 'bold', motto, scale.motto, rightWidth);
  ry = centred(doc, motto, rightX, ry, rightWidth, 'bold', mottoSize, gap);
  const mottoWidth = use(doc, 'bold', mottoSize).widthOfString(motto);
  const rightRuleY = ry + 3;
  rule(doc, rightX + rightWidth / 2, rightRuleY, mottoWidth);

  const lineY = Math.max(leftRuleY, rightRuleY) + scale.header * 0.6;
  let end = lineY;
  if (number) {
    const size = fitSize(doc, 'regular', `Số: ${number}`, scale.header, leftWidth, scale.header - 1.5);
    end = Math.max(end, centred(doc, `Số: ${number}`, x, lineY, leftWidth, 'regular', size, gap));
  }
  const placeDate = formatPlaceDate(header.place, header.issuedAt);
  const placeSize = fitSize(doc, 'italic', placeDate, scale.motto, rightWidth);
  end = Math.max(end, centred(doc, placeDate, rightX, lineY, rightWidth, 'italic', placeSize, gap));
  doc.x = x;
  doc.y = end;
}

/** The bold centred title (upper case), with optional lines under it. */
export function drawTitle(doc: Doc, title: string, scale: Scale, subtitles: string[] = []): void {
  doc.y += scale.title * 0.9;
  use(doc, 'bold', scale.title).text(title.toLocaleUpperCase('vi'), left(doc), doc.y, {
    width: contentWidth(doc),
    align: 'center',
    lineGap: scale.lineGap,
  });
  for (const line of subtitles)
    use(doc, 'bold', scale.body).text(line, { width: contentWidth(doc), align: 'center', lineGap: scale.lineGap });
  doc.y += scale.title * 0.4;
}

export type Run = { text: string; style?: FontStyle };

/** A paragraph of runs in different styles, wrapped across the content width. */
export function para(
  doc: Doc,
  runs: Run[] | string,
  scale: Scale,
  options: { size?: number; align?: 'left' | 'justify' | 'center'; indent?: number; firstLine?: number; after?: number } = {},
): void {
  const parts = typeof runs === 'string' ? [{ text: runs }] : runs.filter((run) => run.text !== '');
  const size = options.size ?? scale.body;
  const width = contentWidth(doc) - (options.indent ?? 0);
  // Short paragraphs are kept whole on one page.
  const all = parts.map((run) => run.text).join('');
  const style = parts.some((run) => run.style === 'bold') ? 'bold' : 'regular';
  const height = use(doc, style, size).heightOfString(all, { width, lineGap: scale.lineGap, indent: options.firstLine ?? 0 });
  if (height < (bottom(doc) - doc.page.margins.top) / 3) ensureSpace(doc, height);
  doc.x = left(doc) + (options.indent ?? 0);
  parts.forEach((run, index) => {
    use(doc, run.style ?? 'regular', size).text(run.text, {
      width,
      align: options.align ?? (parts.length === 1 ? 'justify' : 'left'),
      lineGap: scale.lineGap,
      continued: index < parts.length - 1,
      indent: index === 0 ? (options.firstLine ?? 0) : 0,
    });
  });
  doc.x = left(doc);
  doc.y += options.after ?? 1.5;
}

/** One line centred across the content width, made of runs in different styles and sizes. */
export function centredLine(doc: Doc, runs: (Run & { size: number })[], after = 2): void {
  const widths = runs.map((run) => use(doc, run.style ?? 'regular', run.size).widthOfString(run.text));
  let x = left(doc) + (contentWidth(doc) - widths.reduce((a, b) => a + b, 0)) / 2;
  const y = doc.y;
  const height = Math.max(...runs.map((run) => use(doc, run.style ?? 'regular', run.size).currentLineHeight(true)));
  runs.forEach((run, index) => {
    const lineHeight = use(doc, run.style ?? 'regular', run.size).currentLineHeight(true);
    doc.text(run.text, x, y + (height - lineHeight) * 0.8, { lineBreak: false });
    x += widths[index]!;
  });
  doc.x = left(doc);
  doc.y = y + height + after;
}

/** "Label: value" with the value in `valueStyle`; skipped when the value is empty. */
export function field(doc: Doc, label: string, value: string | undefined, scale: Scale, valueStyle: FontStyle = 'regular'): void {
  if (value === undefined || value.trim() === '') return;
  para(doc, [{ text: `${label} ` }, { text: value, style: valueStyle }], scale);
}

/** A signature block: the title (with "KT." and the deputy's own title when a deputy signs for the head), a note, room, the name. */
/** A signature block: its title ("KT. {title}" over the deputy's title when a deputy signs), or its `lines` as written ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"). */
export type Signature = { title: string; deputyTitle?: string; lines?: string[]; note?: string; name?: string };
/** Draws something in a column at (x, y) and returns the y it ended at. */
export type Slot = Signature | ((x: number, y: number, width: number) => number) | null;

const SIGN_SPACE = { A5: 34, A4: 62 };

function drawSignature(doc: Doc, block: Signature, x: number, y: number, width: number, scale: Scale): number {
  const titles = block.lines ?? (block.deputyTitle ? [`KT. ${block.title}`, block.deputyTitle] : [block.title]);
  let end = y;
  for (const line of titles.map((text) => text.toLocaleUpperCase('vi')))
    end = centred(doc, line, x, end, width, 'bold', fitSize(doc, 'bold', line, scale.body, width - 2), scale.lineGap);
  if (block.note) end = centred(doc, block.note, x, end, width, 'italic', scale.small, scale.lineGap);
  end += doc.page.width < 500 ? SIGN_SPACE.A5 : SIGN_SPACE.A4;
  if (block.name) end = centred(doc, block.name, x, end, width, 'bold', scale.body, scale.lineGap);
  return end;
}

/** Signature blocks (or other slots) side by side in equal columns, kept together on one page. */
export function drawSignatureRow(
  doc: Doc,
  slots: Slot[],
  scale: Scale,
  options: { widths?: number[]; height?: number; gap?: number } = {},
): void {
  const needed = options.height ?? (doc.page.width < 500 ? 74 : 120);
  ensureSpace(doc, needed);
  const y = doc.y + scale.body * (options.gap ?? 0.7);
  const total = contentWidth(doc);
  const weights = options.widths ?? slots.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  let x = left(doc);
  let end = y;
  slots.forEach((slot, index) => {
    const width = (total * (weights[index] ?? 1)) / sum;
    if (slot) end = Math.max(end, typeof slot === 'function' ? slot(x, y, width) : drawSignature(doc, slot, x, y, width, scale));
    x += width;
  });
  doc.x = left(doc);
  doc.y = end;
}

/** "Nơi nhận:" with its list, in the small type Decree 30 gives it. */
export function recipients(doc: Doc, lines: string[], scale: Scale): Slot {
  return (x, y, width) => {
    use(doc, 'boldItalic', scale.small).text('Nơi nhận:', x, y, { width, lineGap: scale.lineGap });
    for (const line of lines) use(doc, 'regular', scale.small - 0.5).text(line, x, doc.y, { width, lineGap: scale.lineGap });
    return doc.y;
  };
}
