import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'vitest';

/**
 * Small readers of the PDFs the renderers write (pdfkit's uncompressed object syntax), for the
 * tests: page boxes, embedded images, and the text as poppler's pdftotext extracts it.
 */

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const hasPdftotext = fs.existsSync(PDFTOTEXT);
const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFIMAGES = '/usr/bin/pdfimages';
const ZBARIMG = '/usr/bin/zbarimg';
/** zbarimg (Debian's zbar-tools) reads QR codes from a page rendered by poppler's pdftoppm, as a phone reads a print. */
export const hasZbarimg = fs.existsSync(ZBARIMG) && fs.existsSync(PDFTOPPM);
export const hasPdfimages = fs.existsSync(PDFIMAGES);

/** Runs `work` with the PDF written to a temporary folder, then removes the folder. */
function withPdfFile<T>(pdf: Buffer, work: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pdf-'));
  try {
    const file = path.join(dir, 'form.pdf');
    fs.writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The texts of the QR codes zbarimg finds on the first page rendered at `dpi` (grey, as a print seen by a camera). */
export function decodeQrCodes(pdf: Buffer, dpi: number): string[] {
  return withPdfFile(pdf, (file, dir) => {
    execFileSync(PDFTOPPM, ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-png', file, path.join(dir, 'page')]);
    const png = fs.readdirSync(dir).find((name) => name.endsWith('.png'))!;
    try {
      const out = execFileSync(ZBARIMG, ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', path.join(dir, png)], { stdio: 'pipe' });
      return out.toString('utf8').split('\n').filter(Boolean);
    } catch (error) {
      // zbarimg exits with 4 when it finds no code.
      if ((error as { status?: number }).status === 4) return [];
      throw error;
    }
  });
}

/** The printed width of each image, in centimetres, from the resolution pdfimages reports. */
export function imageWidthsCm(pdf: Buffer): number[] {
  return withPdfFile(pdf, (file) => {
    const lines = execFileSync(PDFIMAGES, ['-list', file]).toString('utf8').split('\n').slice(2).filter(Boolean);
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio; soft masks left out
    const images = lines.map((line) => line.trim().split(/\s+/)).filter((columns) => columns[2] === 'image');
    return images.map((columns) => (Number(columns[3]) / Number(columns[12])) * 2.54);
  });
}

export type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** The words of each page with their boxes (points from the top left), as pdftotext -bbox gives them. */
export function pdfWords(pdf: Buffer): Word[][] {
  const html = withPdfFile(pdf, (file) =>
    execFileSync(PDFTOTEXT, ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8'),
  );
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
        text: match[5]!.replace(/&\w+;/g, (entity) => entities[entity] ?? entity).normalize('NFC'),
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
      })),
    );
}

/** Words read in lines (top to bottom, left to right), joined by spaces. */
function readLines(words: Word[]): string {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: Word[][] = [];
  for (const word of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate[0]!.yMin - word.yMin) < 2);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.xMin - b.xMin)
        .map((word) => word.text)
        .join(' '),
    )
    .join(' ');
}

/**
 * The two columns of the first page's heading, above the title that begins with `titleWord`: on the
 * left the issuing agency (the body above it, the agency, the number), on the right the nation's
 * name, the motto and the place and date.
 */
export function headingColumns(pdf: Buffer, titleWord: string): { left: string; right: string } {
  const words = pdfWords(pdf)[0]!;
  const title = words.find((word) => word.text === titleWord);
  const nation = words.find((word) => word.text === 'CỘNG');
  if (!title || !nation) throw new Error(`no heading above "${titleWord}"`);
  const heading = words.filter((word) => word.yMax <= title.yMin);
  return {
    left: readLines(heading.filter((word) => word.xMax < nation.xMin)),
    right: readLines(heading.filter((word) => word.xMax >= nation.xMin)),
  };
}

/** The words of the first page inside a box (points from the top left), read in lines. */
export function textInBox(pdf: Buffer, box: { x: number; y: number; width: number; height: number }, page = 0): string {
  const inside = (word: Word) =>
    word.xMin >= box.x && word.xMax <= box.x + box.width && word.yMin >= box.y && word.yMax <= box.y + box.height;
  return readLines(pdfWords(pdf)[page]!.filter(inside));
}

/** [width, height] of every page, in points. */
export function pageSizes(pdf: Buffer): [number, number][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([\d.\s-]+)\]/g)].map((match) => {
    const [x0, y0, x1, y1] = match[1]!.trim().split(/\s+/).map(Number) as [number, number, number, number];
    return [x1 - x0, y1 - y0];
  });
}

export function pageCount(pdf: Buffer): number {
  return pageSizes(pdf).length;
}

export type PdfImage = { width: number; height: number; colorSpace: string; bitsPerComponent: number; pixels: Buffer };

/** Image XObjects with their pixels inflated (FlateDecode without predictor, as pdfkit writes RGB and masks). */
export function images(pdf: Buffer): PdfImage[] {
  const text = pdf.toString('latin1');
  const found: PdfImage[] = [];
  for (const match of text.matchAll(/\/Subtype \/Image\b/g)) {
    const start = text.lastIndexOf(' obj', match.index);
    const streamAt = text.indexOf('stream\n', match.index);
    const dict = text.slice(start, streamAt);
    const number = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dict)?.[1] ?? Number.NaN);
    const raw = pdf.subarray(streamAt + 'stream\n'.length, streamAt + 'stream\n'.length + number('Length'));
    found.push({
      width: number('Width'),
      height: number('Height'),
      bitsPerComponent: number('BitsPerComponent'),
      colorSpace: /\/ColorSpace \/(\w+)/.exec(dict)?.[1] ?? '',
      pixels: dict.includes('/FlateDecode') ? zlib.inflateSync(raw) : Buffer.from(raw),
    });
  }
  return found;
}

/**
 * Reads a QR code back from an 8-bit RGB or grey image: the module grid is found from the
 * image size (quiet zone `margin` modules each side) and each module's centre pixel sampled.
 */
export function readQrModules(image: PdfImage, modules: number, margin: number): boolean[][] {
  const channels = image.colorSpace === 'DeviceRGB' ? 3 : 1;
  const cell = image.width / (modules + 2 * margin);
  return Array.from({ length: modules }, (_, row) =>
    Array.from({ length: modules }, (_, col) => {
      const x = Math.floor((col + margin + 0.5) * cell);
      const y = Math.floor((row + margin + 0.5) * cell);
      return image.pixels[(y * image.width + x) * channels]! < 128;
    }),
  );
}

/** The text of the PDF per page (form feed separated), NFC-normalised, runs of blanks collapsed. */
export function pdfText(pdf: Buffer): string[] {
  const out = withPdfFile(pdf, (file) =>
    execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8'),
  );
  return out.split('\f').map((page) => page.normalize('NFC').replace(/[ \t]+/g, ' '));
}

/** Page text with line breaks turned into spaces, for phrases that may wrap. */
export const flat = (page: string) => page.replace(/\s+/g, ' ');

export const A5: [number, number] = [419.53, 595.28];
export const A4: [number, number] = [595.28, 841.89];
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

/** What every form must satisfy: a PDF, Noto Serif embedded, none of the 14 standard fonts. */
export function summary(pdf: Buffer) {
  const text = pdf.toString('latin1');
  return {
    magic: text.slice(0, 5),
    notoSerif: text.includes('NotoSerif'),
    standardFont: /\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/.test(text),
    sizes: [...new Set(pageSizes(pdf).map(([w, h]) => `${w} x ${h}`))],
  };
}

export const expectedSummary = (size: [number, number]) => ({
  magic: '%PDF-',
  notoSerif: true,
  standardFont: false,
  sizes: [`${size[0]} x ${size[1]}`],
});

/** A form on a single page of `size`, with Noto Serif embedded and none of the standard fonts. */
export function expectOnePage(pdf: Buffer, size: [number, number] = A5): void {
  expect(summary(pdf)).toEqual(expectedSummary(size));
  expect(pageCount(pdf)).toBe(1);
}

/** The first page's text as one line (pdftotext's line breaks and spacing folded). */
export const firstPageText = (pdf: Buffer): string => flat(pdfText(pdf)[0]!);
