import type * as QRCode from 'qrcode';
import { lazyPackage } from '../../../platform/lazy-package.js';

const qrcode = lazyPackage<typeof QRCode>('qrcode');

/** Error correction and quiet zone used for every printed QR code. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** The QR code of `text` as PNG data, `scale` pixels per module, black on white. */
export function qrPng(text: string, scale = 6): Promise<Buffer> {
  return qrcode().toBuffer(text, { ...QR_OPTIONS, type: 'png', scale, color: { dark: '#000000', light: '#ffffff' } });
}

/** The module matrix qrPng draws (true = dark), for checking a printed code against its text. */
export function qrModules(text: string): boolean[][] {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))));
}
