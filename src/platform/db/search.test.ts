import { describe, expect, it } from 'vitest';
import { foldText } from './search.js';

describe('foldText', () => {
  it('folds every Vietnamese letter to plain ASCII, đ included', () => {
    expect(foldText('Nguyễn Văn Ánh')).toBe('nguyen van anh');
    expect(foldText('Đắk Lắk')).toBe('dak lak');
    expect(foldText('Ủy ban nhân dân xã Yên Phú')).toBe('uy ban nhan dan xa yen phu');
    expect(foldText('ĐỒNG THÁP ỨNG HÒA')).toBe('dong thap ung hoa');
  });
});
