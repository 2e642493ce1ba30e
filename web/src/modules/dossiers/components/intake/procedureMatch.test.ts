import { describe, expect, it } from 'vitest';
import { foldText, isSureMatch } from './procedureMatch';

describe('the first result Enter may take at the counter', () => {
  it('folds Vietnamese the way the officer types it', () => {
    expect(foldText('  Thủ tục Đăng ký   khai sinh ')).toBe('thu tuc dang ky khai sinh');
  });

  it('takes a name that begins with the words typed, with or without "Thủ tục", and a full code', () => {
    expect(isSureMatch('dang ky khai sinh', { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' })).toBe(true);
    expect(isSureMatch('thủ tục đăng ký khai sinh', { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' })).toBe(true);
    expect(isSureMatch('1.001193', { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' })).toBe(true);
  });

  it('leaves a procedure that only mentions the words further on to the officer', () => {
    const interAgency = {
      code: '1.004884',
      name: 'Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
    };
    expect(isSureMatch('dang ky khai sinh', interAgency)).toBe(false);
    expect(isSureMatch('dang ky khai sinh', undefined)).toBe(false);
    expect(isSureMatch('', { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' })).toBe(false);
  });
});
