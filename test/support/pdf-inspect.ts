import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Small readers of the PDFs the renderers write (pdfkit's uncompressed object syntax), for the
 * tests: page boxes, embedded images, and the text as poppler's pdftotext extracts it.
 */

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const hasPdftotext = fs.existsSync(PDFTOTEXT);

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pdf-'));
  try {
    const file = path.join(dir, 'form.pdf');
    fs.writeFileSync(file, pdf);
    const out = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
    return out.split('\f').map((page) => page.normalize('NFC').replace(/[ \t]+/g, ' '));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
