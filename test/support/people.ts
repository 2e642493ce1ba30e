import { citizenIdProvincePrefixes } from '../../src/contracts/citizen-id.js';
import type { Applicant } from '../../src/contracts/dossiers.js';
import type { Random } from './random.js';

/** Vietnamese names, places and numbers that pass the platform's checks, drawn from a seeded source. */

const familyNames = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Ma',
  'Nông',
  'Lò',
  'Đinh',
  'Triệu',
  'Hà',
] as const;
const middleNames = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Kim'],
} as const;
const givenNames = {
  male: ['An', 'Bảo', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tuấn', 'Việt', 'Thắng', 'Lộc'],
  female: ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Phương', 'Thảo', 'Yến', 'Huyền', 'Trang'],
} as const;
/** Place names of the northern mountains and the midlands, for villages, communes and provinces. */
export const placeNames = [
  'Nà Sáng',
  'Khuổi Phìn',
  'Bản Phiêng',
  'Nà Tông',
  'Làng Chùa',
  'Yên Phú',
  'Minh Ngọc',
  'Đường Hồng',
  'Phú Nam',
  'Lạc Nông',
  'Thượng Tân',
  'Giáp Trung',
  'Yên Cường',
  'Minh Sơn',
  'Tân Lập',
  'Bình An',
  'Hòa Phong',
  'Xuân Giang',
  'Kim Thạch',
  'Đồng Tâm',
] as const;
const hamletKinds = ['Thôn', 'Bản', 'Tổ', 'Xóm'] as const;
/** Mobile prefixes in use (Viettel, Vinaphone, MobiFone, Vietnamobile). */
const mobilePrefixes = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '086',
  '096',
  '097',
  '098',
  '081',
  '082',
  '083',
  '084',
  '085',
  '088',
  '091',
  '094',
  '070',
  '076',
  '077',
  '078',
  '079',
  '089',
  '090',
  '093',
  '056',
  '058',
] as const;

export type Sex = 'male' | 'female';

export function vietnameseName(random: Random, sex: Sex = random.pick(['male', 'female'] as const)): string {
  return `${random.pick(familyNames)} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`;
}

/**
 * A 12-digit citizen ID: the province of birth registration (a real prefix), the century and sex
 * digit (0/1 for the 1900s, 2/3 for the 2000s; even for men), two digits of the birth year, six more.
 */
export function citizenId(random: Random, sex: Sex = random.pick(['male', 'female'] as const)): string {
  const born = random.int(1950, 2006);
  const centuryAndSex = (born >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
  return `${random.pick(citizenIdProvincePrefixes)}${centuryAndSex}${String(born % 100).padStart(2, '0')}${random.digits(6)}`;
}

export function mobilePhone(random: Random): string {
  return `${random.pick(mobilePrefixes)}${random.digits(7)}`;
}

export function villageAddress(random: Random): string {
  return `${random.pick(hamletKinds)} ${random.pick(placeNames)}, xã ${random.pick(placeNames)}`;
}

/** Lower-case ASCII of a Vietnamese text (for usernames). */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A valid applicant: a person with a Vietnamese name, a citizen ID, a mobile phone and an address; overrides win. */
export function buildApplicant(random: Random, overrides: Partial<Applicant> = {}): Applicant {
  const sex = random.pick(['male', 'female'] as const);
  return {
    kind: 'person',
    name: vietnameseName(random, sex),
    citizenId: citizenId(random, sex),
    phone: mobilePhone(random),
    address: villageAddress(random),
    ...overrides,
  };
}

/** The fields of the portal's online submission form (`/nop-ho-so/{code}`) for an applicant at a unit. */
export function submissionFields(applicant: Applicant, unitId: string, delivery = 'counter'): Record<string, string> {
  return {
    unit: unitId,
    name: applicant.name,
    ...(applicant.citizenId ? { citizenId: applicant.citizenId } : {}),
    phone: applicant.phone,
    ...(applicant.email ? { email: applicant.email } : {}),
    address: applicant.address,
    delivery,
  };
}
