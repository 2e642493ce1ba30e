import { describe, expect, it } from 'vitest';
import { format, pickLocale } from './locale.js';

describe('pickLocale', () => {
  it('prefers Vietnamese, and English only when asked for first', () => {
    expect(pickLocale(undefined)).toBe('vi');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(pickLocale('fr-FR,en;q=0.5')).toBe('en');
    expect(pickLocale('en;q=0.2,vi;q=0.8')).toBe('vi');
    expect(pickLocale('de')).toBe('vi');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{count} lỗi, {x}', { count: 3 })).toBe('3 lỗi, {x}');
  });
});
