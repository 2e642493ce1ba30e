import { describe, expect, it } from 'vitest';
import { choosePlaces, placeOptions, type UnitChoice } from './place-choice.js';

const place = (id: string, name: string, province?: [string, string]): UnitChoice => ({
  id,
  name,
  provinceId: province?.[0] ?? null,
  provinceName: province?.[1] ?? null,
});
const tuyenQuang: [string, string] = ['p1', 'Tỉnh Tuyên Quang'];
const caoBang: [string, string] = ['p2', 'Tỉnh Cao Bằng'];
const optionTexts = (html: string) => [...html.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((match) => match[1]);

describe('the places of the online submission form', () => {
  it('lists them in Vietnamese order with an empty first choice, nothing chosen for the citizen', () => {
    const choice = choosePlaces(
      [
        place('c', 'Xã Bình Xa', tuyenQuang),
        place('a', 'Xã Bạch Xa', tuyenQuang),
        place('b', 'Xã Đông Thọ', tuyenQuang),
        place('d', 'Xã Dương Quang', tuyenQuang),
      ],
      undefined,
    );
    const options = placeOptions(choice, undefined).__html;
    expect(optionTexts(options)).toEqual(['— Chọn nơi nộp —', 'Xã Bạch Xa', 'Xã Bình Xa', 'Xã Dương Quang', 'Xã Đông Thọ']);
    expect(options.match(/ selected/g)).toHaveLength(1);
    expect(options).toMatch(/^<option value="" selected>/);
    expect(placeOptions(choice, 'b').__html).toContain('<option value="b" selected>');
  });

  it('groups them by province when there are several', () => {
    const choice = choosePlaces([place('a', 'Xã Bắc Mê', tuyenQuang), place('b', 'Phường Thục Phán', caoBang)], undefined);
    expect(choice.isByProvince).toBe(false);
    expect(placeOptions(choice, undefined).__html).toMatch(
      /<optgroup label="Tỉnh Cao Bằng">.*Thục Phán.*<optgroup label="Tỉnh Tuyên Quang">.*Bắc Mê/s,
    );
  });

  it('asks for the province first when the places of several provinces are too many for one list', () => {
    const many = Array.from({ length: 200 }, (_, index) => place(`u${index}`, `Xã số ${index}`, index % 2 ? tuyenQuang : caoBang));
    const first = choosePlaces(many, undefined);
    expect(first).toMatchObject({ isByProvince: true, units: [], province: undefined });
    expect(first.provinces.map((province) => province.name)).toEqual(['Tỉnh Cao Bằng', 'Tỉnh Tuyên Quang']);
    const chosen = choosePlaces(many, 'p1');
    expect(chosen.province?.name).toBe('Tỉnh Tuyên Quang');
    expect(chosen.units).toHaveLength(100);
    expect(chosen.units.every((unit) => unit.provinceId === 'p1')).toBe(true);
    expect(choosePlaces(many, 'khong-co').units).toEqual([]);
  });
});
