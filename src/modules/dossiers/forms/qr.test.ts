import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_OPTIONS, qrModules, qrPng } from './qr.js';

describe('QR helpers', () => {
  it('draws PNG data whose size is the module grid with its quiet zone times the scale', async () => {
    const url = 'https://motcua.example.vn/tra-cuu?ma=000.00.12.H15-250124-0001&k=7f3a9c21';
    const png = await qrPng(url, 4);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const modules = qrModules(url);
    expect(width).toBe((modules.length + 2 * QR_OPTIONS.margin) * 4);
    expect(modules.length).toBe(QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size);
  });

  it('gives different matrices for different addresses', () => {
    expect(qrModules('https://a.vn/?k=1')).not.toEqual(qrModules('https://a.vn/?k=2'));
  });
});
